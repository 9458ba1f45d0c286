import { Entity } from '@backstage/catalog-model';
import {
  ANNOTATION_SOVEREIGN_CLOUD_CLUSTER,
  getClusterRefsFromAnnotation,
  SOVEREIGN_CLOUD_RELATIONS,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { OutgoingRelation } from './clusterRelations';

/** Kinds that may declare the clusters they run on. */
const WORKLOAD_KINDS = new Set(['component', 'resource', 'system', 'api']);

/** True when the entity may carry the cluster annotation and does. */
export function declaresClusters(entity: Entity): boolean {
  return (
    WORKLOAD_KINDS.has(entity.kind.toLocaleLowerCase('en-US')) &&
    Boolean(entity.metadata.annotations?.[ANNOTATION_SOVEREIGN_CLOUD_CLUSTER])
  );
}

/**
 * `dependsOn` relations to the clusters named in the cluster annotation, and
 * the entries that are no SovereignCluster reference. (`spec.dependsOn`
 * entries such as `sovereigncluster:default/x` are already turned into
 * relations by the catalog's built-in processor.)
 */
export function workloadRelations(entity: Entity): {
  relations: OutgoingRelation[];
  invalid: string[];
} {
  const { refs, invalid } = getClusterRefsFromAnnotation(entity);
  return {
    relations: refs.map(target => ({
      pair: SOVEREIGN_CLOUD_RELATIONS.dependsOn,
      target,
    })),
    invalid,
  };
}
