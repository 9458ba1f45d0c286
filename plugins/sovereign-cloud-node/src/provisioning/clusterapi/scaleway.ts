import { ClusterRenderer } from './types';
import { renderNamespace, renderTopologyCluster, zoneOf } from './topology';

/**
 * Scaleway through CAPS: one region per cluster (immutable), failure
 * domains are its zones (fr-par-1, ...).
 */
export const scalewayRenderer: ClusterRenderer = {
  id: 'scaleway',
  requiredSettings: { projectID: 'Scaleway project id (immutable)' },
  render(context) {
    const region = context.locationOf(context.controlPlaneLocation);
    const regionId = region?.id ?? context.controlPlaneLocation;
    for (const pool of context.pools) {
      if (pool.location && pool.location.id !== regionId) {
        context.reject(
          ['nodePools', pool.index, 'location'],
          `must be in the cluster's Scaleway region ${regionId} (a CAPS cluster spans one region), got ${JSON.stringify(
            pool.pool.location,
          )}`,
        );
      }
    }
    const cpZone = context.request.controlPlane.location;
    const controlPlaneZones =
      cpZone && region?.zones?.includes(cpZone)
        ? [cpZone]
        : region?.zones ?? [`${regionId}-1`];
    return [
      renderNamespace(context),
      renderTopologyCluster(context, {
        variables: {
          region: regionId,
          projectID: context.settings.projectID,
          credentialsSecretName: context.credentialsName,
          controlPlaneFailureDomains: controlPlaneZones,
          imageName: context.settings.imageName,
        },
        failureDomain: pool => zoneOf(pool) ?? `${regionId}-1`,
      }),
    ];
  },
};
