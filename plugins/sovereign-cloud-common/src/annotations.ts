import {
  CompoundEntityRef,
  Entity,
  parseEntityRef,
} from '@backstage/catalog-model';
import { SOVEREIGN_CLUSTER_KIND } from './entities/constants';

/**
 * On a Component, Resource or API: the SovereignCluster(s) it runs on, as a
 * comma-separated list of entity references (kind defaults to
 * SovereignCluster, namespace to the entity's own), e.g.
 * `eu-prod-1, sovereigncluster:payments/fr-par-2`. The catalog module turns
 * each into a `dependsOn` relation, which the Kubernetes tab then follows.
 * @public
 */
export const ANNOTATION_SOVEREIGN_CLOUD_CLUSTER = 'sovereign-cloud.io/cluster';

/**
 * On a SovereignCluster: which source produced the entity, one of
 * `config`, `cluster-api`, `provisioning` or `catalogue`. The cluster
 * provider uses it to merge sources so a cluster never appears twice.
 * @public
 */
export const ANNOTATION_SOVEREIGN_CLOUD_SOURCE = 'sovereign-cloud.io/source';

/**
 * On a SovereignCluster created by `sovereign-cloud:cluster:provision`: the id
 * of its provisioning record, linking the entity to its plan and history.
 * @public
 */
export const ANNOTATION_SOVEREIGN_CLOUD_PROVISIONING_ID =
  'sovereign-cloud.io/provisioning-id';

/**
 * On a SovereignCluster: `"true"` for a demo cluster (test server with fixture
 * objects), so every card labels its data as demo data.
 * @public
 */
export const ANNOTATION_SOVEREIGN_CLOUD_DEMO = 'sovereign-cloud.io/demo';

/**
 * On a SovereignCluster: the name of a cluster in
 * `sovereignCloud.kubernetes.clusters` that is this cluster, so live evidence
 * is read through that trusted connection instead of `spec.access`.
 * @public
 */
export const ANNOTATION_SOVEREIGN_CLOUD_KUBERNETES_CLUSTER =
  'sovereign-cloud.io/kubernetes-cluster';

/**
 * On a shipped CloudProvider: the version (review date) of the provider catalogue it comes from.
 * @public
 */
export const ANNOTATION_SOVEREIGN_CLOUD_CATALOGUE_VERSION =
  'sovereign-cloud.io/catalogue-version';

/**
 * Kubernetes node label an operator sets to declare a node's CloudProvider
 * (entity name), for nodes no provider ID or topology label gives away
 * (private data centres, edge sites). It wins over detection.
 * @public
 */
export const LABEL_SOVEREIGN_CLOUD_NODE_PROVIDER =
  'sovereign-cloud.io/provider';

/**
 * Kubernetes node label declaring a node's location id at its provider. Label
 * values cannot hold `/`, so ids like `de/fra` are written `de_fra`; see
 * {@link locationToNodeLabelValue}.
 * @public
 */
export const LABEL_SOVEREIGN_CLOUD_NODE_LOCATION =
  'sovereign-cloud.io/location';

/**
 * `de/fra` → `de_fra`, for {@link LABEL_SOVEREIGN_CLOUD_NODE_LOCATION}.
 * @public
 */
export function locationToNodeLabelValue(locationId: string): string {
  return locationId.replace(/\//g, '_');
}

/**
 * `de_fra` → `de/fra`: reverses {@link locationToNodeLabelValue} (location ids never contain `_`).
 * @public
 */
export function locationFromNodeLabelValue(value: string): string {
  return value.replace(/_/g, '/');
}

/**
 * The clusters an entity declares with {@link ANNOTATION_SOVEREIGN_CLOUD_CLUSTER},
 * plus the entries that are not valid references (reported, not thrown).
 * @public
 */
export function getClusterRefsFromAnnotation(entity: Entity): {
  refs: CompoundEntityRef[];
  invalid: string[];
} {
  const value =
    entity.metadata.annotations?.[ANNOTATION_SOVEREIGN_CLOUD_CLUSTER] ?? '';
  const refs: CompoundEntityRef[] = [];
  const invalid: string[] = [];
  for (const part of value
    .split(',')
    .map(s => s.trim())
    .filter(Boolean)) {
    try {
      const ref = parseEntityRef(part, {
        defaultKind: SOVEREIGN_CLUSTER_KIND,
        defaultNamespace: entity.metadata.namespace ?? 'default',
      });
      if (
        ref.kind.toLocaleLowerCase('en-US') ===
        SOVEREIGN_CLUSTER_KIND.toLocaleLowerCase('en-US')
      ) {
        refs.push({ ...ref, kind: SOVEREIGN_CLUSTER_KIND });
      } else {
        invalid.push(part);
      }
    } catch {
      invalid.push(part);
    }
  }
  return { refs, invalid };
}
