import { RESOURCE_TYPE_CATALOG_ENTITY } from '@backstage/plugin-catalog-common/alpha';
import {
  BasicPermission,
  createPermission,
  ResourcePermission,
} from '@backstage/plugin-permission-common';

/*
 * Permissions on existing entities are resource permissions on
 * `catalog-entity`, so policies can use the catalog's rules (owner, kind,
 * annotations). Permissions that act before an entity exists are basic.
 */

/**
 * Read a cluster's details and live data (nodes, storage, network).
 * @public
 */
export const sovereignCloudClusterReadPermission: ResourcePermission<'catalog-entity'> =
  createPermission({
    name: 'sovereign-cloud.cluster.read',
    attributes: { action: 'read' },
    resourceType: RESOURCE_TYPE_CATALOG_ENTITY,
  });

/**
 * Plan a new cluster (validate, preview posture, render manifests; no side effects).
 * @public
 */
export const sovereignCloudClusterPlanPermission: BasicPermission =
  createPermission({
    name: 'sovereign-cloud.cluster.plan',
    attributes: { action: 'read' },
  });

/**
 * Provision a new cluster (apply a plan or commit it to GitOps).
 * @public
 */
export const sovereignCloudClusterProvisionPermission: BasicPermission =
  createPermission({
    name: 'sovereign-cloud.cluster.provision',
    attributes: { action: 'create' },
  });

/**
 * Change an existing cluster (node pools, versions, add-ons).
 * @public
 */
export const sovereignCloudClusterUpdatePermission: ResourcePermission<'catalog-entity'> =
  createPermission({
    name: 'sovereign-cloud.cluster.update',
    attributes: { action: 'update' },
    resourceType: RESOURCE_TYPE_CATALOG_ENTITY,
  });

/**
 * Decommission a cluster.
 * @public
 */
export const sovereignCloudClusterDecommissionPermission: ResourcePermission<'catalog-entity'> =
  createPermission({
    name: 'sovereign-cloud.cluster.decommission',
    attributes: { action: 'delete' },
    resourceType: RESOURCE_TYPE_CATALOG_ENTITY,
  });

/**
 * Read the sovereignty posture of a cluster, mesh or workload.
 * @public
 */
export const sovereignCloudPostureReadPermission: ResourcePermission<'catalog-entity'> =
  createPermission({
    name: 'sovereign-cloud.posture.read',
    attributes: { action: 'read' },
    resourceType: RESOURCE_TYPE_CATALOG_ENTITY,
  });

/**
 * Plan the placement of a workload over clusters (no side effects).
 * @public
 */
export const sovereignCloudWorkloadPlacePermission: BasicPermission =
  createPermission({
    name: 'sovereign-cloud.workload.place',
    attributes: { action: 'read' },
  });

/**
 * Deploy a workload to clusters (apply manifests or emit engine objects).
 * @public
 */
export const sovereignCloudWorkloadDeployPermission: BasicPermission =
  createPermission({
    name: 'sovereign-cloud.workload.deploy',
    attributes: { action: 'create' },
  });

/**
 * Run the exit drill for a CloudProvider (re-plan every workload without it).
 * @public
 */
export const sovereignCloudProviderExitPlanPermission: ResourcePermission<'catalog-entity'> =
  createPermission({
    name: 'sovereign-cloud.provider.exit-plan',
    attributes: { action: 'read' },
    resourceType: RESOURCE_TYPE_CATALOG_ENTITY,
  });

/**
 * Every permission of the suite, for the permission integration router.
 * @public
 */
export const sovereignCloudPermissions = [
  sovereignCloudClusterReadPermission,
  sovereignCloudClusterPlanPermission,
  sovereignCloudClusterProvisionPermission,
  sovereignCloudClusterUpdatePermission,
  sovereignCloudClusterDecommissionPermission,
  sovereignCloudPostureReadPermission,
  sovereignCloudWorkloadPlacePermission,
  sovereignCloudWorkloadDeployPermission,
  sovereignCloudProviderExitPlanPermission,
];
