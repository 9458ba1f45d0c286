import {
  Entity,
  parseEntityRef,
  RELATION_DEPENDS_ON,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  getClusterRefsFromAnnotation,
  SOVEREIGN_CLUSTER_KIND,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';

const clusterKind = SOVEREIGN_CLUSTER_KIND.toLocaleLowerCase('en-US');

/**
 * The SovereignClusters an entity runs on, as lower-case entity refs: its
 * `dependsOn` relations to SovereignClusters plus the clusters named in the
 * `sovereign-cloud.io/cluster` annotation (which the catalog module also
 * turns into relations; reading both covers entities not yet reprocessed).
 */
export function clusterDependencies(entity: Entity): Set<string> {
  const refs = new Set<string>();
  for (const relation of entity.relations ?? []) {
    if (relation.type !== RELATION_DEPENDS_ON) {
      continue;
    }
    try {
      const target = parseEntityRef(relation.targetRef);
      if (target.kind.toLocaleLowerCase('en-US') === clusterKind) {
        refs.add(stringifyEntityRef(target).toLocaleLowerCase('en-US'));
      }
    } catch {
      // A malformed relation is the catalog's problem, not a reason to fail the tab.
    }
  }
  for (const ref of getClusterRefsFromAnnotation(entity).refs) {
    refs.add(stringifyEntityRef(ref).toLocaleLowerCase('en-US'));
  }
  return refs;
}
