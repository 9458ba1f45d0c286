import {
  Entity,
  parseEntityRef,
  RELATION_DEPENDS_ON,
} from '@backstage/catalog-model';
import {
  isClusterMesh,
  isSovereignCluster,
  SOVEREIGN_CLUSTER_KIND,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';

const CLUSTER_KIND = SOVEREIGN_CLUSTER_KIND.toLocaleLowerCase('en-US');

function refersToCluster(ref: string, namespace?: string): boolean {
  try {
    const { kind } = parseEntityRef(ref, {
      defaultKind: 'Component',
      defaultNamespace: namespace ?? 'default',
    });
    return kind.toLocaleLowerCase('en-US') === CLUSTER_KIND;
  } catch {
    return false;
  }
}

/**
 * True for a Component that depends on at least one SovereignCluster, by a
 * `dependsOn` relation or by `spec.dependsOn` (before the catalog processed it).
 * @public
 */
export function dependsOnSovereignCluster(entity: Entity): boolean {
  if (entity.kind?.toLocaleLowerCase('en-US') !== 'component') return false;
  const related = (entity.relations ?? []).some(
    r => r.type === RELATION_DEPENDS_ON && refersToCluster(r.targetRef),
  );
  if (related) return true;
  const declared = entity.spec?.dependsOn;
  return (
    Array.isArray(declared) &&
    declared.some(
      ref =>
        typeof ref === 'string' &&
        refersToCluster(ref, entity.metadata.namespace),
    )
  );
}

/**
 * True for the entities that have a sovereignty posture: SovereignClusters,
 * cluster-mesh Resources and Components that depend on SovereignClusters.
 * Usable as an `EntitySwitch` condition and as an extension filter.
 * @public
 */
export function isSovereigntyAvailable(entity: Entity): boolean {
  return (
    isSovereignCluster(entity) ||
    isClusterMesh(entity) ||
    dependsOnSovereignCluster(entity)
  );
}
