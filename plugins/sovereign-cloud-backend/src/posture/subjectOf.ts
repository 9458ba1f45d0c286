import {
  Entity,
  parseEntityRef,
  RELATION_DEPENDS_ON,
  stringifyEntityRef,
} from '@backstage/catalog-model';
import {
  getClusterRefsFromAnnotation,
  isClusterMesh,
  isSovereignCluster,
  RELATION_HOSTED_BY,
  SOVEREIGN_CLUSTER_KIND,
  SovereignClusterEntity,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';

/** What an entity's posture is computed over. */
export type PostureSubject =
  | { kind: 'cluster'; entityRef: string; cluster: SovereignClusterEntity }
  | { kind: 'mesh'; entityRef: string }
  | { kind: 'component'; entityRef: string; clusterRefs: string[] };

const CLUSTER_KIND = SOVEREIGN_CLUSTER_KIND.toLocaleLowerCase('en-US');
const isClusterRef = (ref: string) => ref.startsWith(`${CLUSTER_KIND}:`);

/**
 * The SovereignClusters a workload runs on: `spec.dependsOn` entries, its
 * `dependsOn` and `hostedBy` relations to clusters, and the
 * `sovereign-cloud.io/cluster` annotation (lower-case refs, no duplicates).
 */
export function clusterRefsOf(entity: Entity): string[] {
  const namespace = entity.metadata.namespace ?? 'default';
  const refs = new Set<string>();
  const dependsOn = entity.spec?.dependsOn;
  if (Array.isArray(dependsOn)) {
    for (const value of dependsOn) {
      if (typeof value !== 'string') continue;
      try {
        const ref = stringifyEntityRef(
          parseEntityRef(value, { defaultNamespace: namespace }),
        );
        if (isClusterRef(ref)) refs.add(ref);
      } catch {
        // Not an entity reference: the catalog reports it, not the posture.
      }
    }
  }
  for (const relation of entity.relations ?? []) {
    if (
      relation.type !== RELATION_DEPENDS_ON &&
      relation.type !== RELATION_HOSTED_BY
    )
      continue;
    const ref = relation.targetRef.toLocaleLowerCase('en-US');
    if (isClusterRef(ref)) refs.add(ref);
  }
  for (const ref of getClusterRefsFromAnnotation(entity).refs) {
    refs.add(stringifyEntityRef(ref));
  }
  return [...refs];
}

/** Cluster, mesh (a `cluster-mesh` Resource) or component (anything else). */
export function subjectOf(entity: Entity): PostureSubject {
  const entityRef = stringifyEntityRef(entity);
  if (isSovereignCluster(entity)) {
    return { kind: 'cluster', entityRef, cluster: entity };
  }
  if (isClusterMesh(entity)) return { kind: 'mesh', entityRef };
  return { kind: 'component', entityRef, clusterRefs: clusterRefsOf(entity) };
}
