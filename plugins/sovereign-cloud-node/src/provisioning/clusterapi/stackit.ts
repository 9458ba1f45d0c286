import { ClusterRenderer } from './types';
import { renderNamespace, renderTopologyCluster, zoneOf } from './topology';

/**
 * STACKIT through CAPSTK (experimental, unreleased provider): one region per
 * cluster, failure domains are its zones (eu01-1, ...).
 */
export const stackitRenderer: ClusterRenderer = {
  id: 'stackit',
  requiredSettings: {
    projectID: 'STACKIT project id (UUID)',
    networkID: 'Id of the pre-existing STACKIT network',
    imageID: 'STACKIT image id (UUID) of a Cluster API node image',
  },
  render(context) {
    const region = context.locationOf(context.controlPlaneLocation);
    const regionId = region?.id ?? context.controlPlaneLocation;
    for (const pool of context.pools) {
      if (pool.location && pool.location.id !== regionId) {
        context.reject(
          ['nodePools', pool.index, 'location'],
          `must be in the cluster's STACKIT region ${regionId}, got ${JSON.stringify(
            pool.pool.location,
          )}`,
        );
      }
    }
    const zone = (value: string | undefined) => value ?? `${regionId}-1`;
    return [
      renderNamespace(context),
      renderTopologyCluster(context, {
        variables: {
          region: regionId,
          projectID: context.settings.projectID,
          networkID: context.settings.networkID,
          imageID: context.settings.imageID,
          credentialsSecretName: context.credentialsName,
        },
        poolVariables: pool => ({ workerAvailabilityZone: zone(zoneOf(pool)) }),
        failureDomain: pool => zone(zoneOf(pool)),
      }),
    ];
  },
};
