import {
  ANNOTATION_LOCATION,
  ANNOTATION_ORIGIN_LOCATION,
  Entity,
} from '@backstage/catalog-model';
import { ANNOTATION_SOVEREIGN_CLOUD_SOURCE } from '@sovereign-cloud/plugin-sovereign-cloud-common';

/**
 * Where an entity of this module comes from, as written into
 * `sovereign-cloud.io/source`.
 * @public
 */
export type SovereignCloudEntitySource =
  | 'config'
  | 'provisioning'
  | 'cluster-api'
  | 'catalogue';

/** Location type of everything this module emits: `sovereign-cloud:<target>`. */
const LOCATION_TYPE = 'sovereign-cloud';

/** Location targets naming each source, so an entity's annotations say where it came from. */
export const locationTargets = {
  config: () => 'config/sovereignCloud.catalog.clusters',
  provisioning: (recordId: string) => `provisioning/${recordId}`,
  managementCluster: (name: string) => `management-cluster/${name}`,
  providerCatalogue: (origin: 'built-in' | 'config') =>
    `provider-catalogue/${origin}`,
};

/**
 * Returns the entity with the managed-by annotations and the source
 * annotation set; other annotations are kept.
 */
export function withSourceAnnotations<T extends Entity>(
  entity: T,
  source: SovereignCloudEntitySource,
  target: string,
): T {
  const location = `${LOCATION_TYPE}:${target}`;
  return {
    ...entity,
    metadata: {
      ...entity.metadata,
      annotations: {
        ...entity.metadata.annotations,
        [ANNOTATION_LOCATION]: location,
        [ANNOTATION_ORIGIN_LOCATION]: location,
        [ANNOTATION_SOVEREIGN_CLOUD_SOURCE]: source,
      },
    },
  };
}
