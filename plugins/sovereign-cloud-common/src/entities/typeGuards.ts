import { Entity } from '@backstage/catalog-model';
import { CloudProviderEntity } from './CloudProvider';
import {
  CLOUD_PROVIDER_KIND,
  CLUSTER_MESH_RESOURCE_TYPE,
  SOVEREIGN_CLOUD_API_VERSION,
  SOVEREIGN_CLUSTER_KIND,
} from './constants';
import { SovereignClusterEntity } from './SovereignCluster';

// Kinds compare case-insensitively in the catalog, as in Backstage's own guards.
const sameKind = (entity: Entity, kind: string) =>
  typeof entity?.kind === 'string' &&
  entity.kind.toLocaleLowerCase('en-US') === kind.toLocaleLowerCase('en-US');

/**
 * True for a `sovereign-cloud.io/v1alpha1` SovereignCluster (no validation of the spec).
 * @public
 */
export function isSovereignCluster(
  entity: Entity,
): entity is SovereignClusterEntity {
  return (
    entity?.apiVersion === SOVEREIGN_CLOUD_API_VERSION &&
    sameKind(entity, SOVEREIGN_CLUSTER_KIND)
  );
}

/**
 * True for a `sovereign-cloud.io/v1alpha1` CloudProvider (no validation of the spec).
 * @public
 */
export function isCloudProvider(entity: Entity): entity is CloudProviderEntity {
  return (
    entity?.apiVersion === SOVEREIGN_CLOUD_API_VERSION &&
    sameKind(entity, CLOUD_PROVIDER_KIND)
  );
}

/**
 * True for a `Resource` of `spec.type: cluster-mesh`.
 * @public
 */
export function isClusterMesh(entity: Entity): boolean {
  return (
    sameKind(entity, 'Resource') &&
    entity.spec?.type === CLUSTER_MESH_RESOURCE_TYPE
  );
}
