import { ClusterRenderer } from './types';
import { renderNamespace, renderTopologyCluster, zoneOf } from './topology';

/**
 * Any OpenStack cloud through CAPO: OVHcloud Public Cloud, plusserver
 * pluscloud open, SCS clouds. One cloud (clouds.yaml entry) per cluster, so
 * every pool is at the cluster's location; failure domains are Nova
 * availability zones.
 */
export const openstackRenderer: ClusterRenderer = {
  id: 'openstack',
  requiredSettings: {
    externalNetworkID: 'Id of the external (public) network of the cloud',
  },
  render(context) {
    const cloud = context.locationOf(context.controlPlaneLocation);
    const cloudId = cloud?.id ?? context.controlPlaneLocation;
    for (const pool of context.pools) {
      if (pool.location && pool.location.id !== cloudId) {
        context.reject(
          ['nodePools', pool.index, 'location'],
          `must be at the cluster's OpenStack cloud ${cloudId} (one cloud per cluster), got ${JSON.stringify(
            pool.pool.location,
          )}`,
        );
      }
    }
    const defaultZone = context.settings.availabilityZone ?? 'nova';
    const cpZone = context.request.controlPlane.location;
    const controlPlaneZones =
      cpZone && cloud?.zones?.includes(cpZone)
        ? [cpZone]
        : cloud?.zones ?? [defaultZone];
    return [
      renderNamespace(context),
      renderTopologyCluster(context, {
        variables: {
          cloudName: context.settings.cloudName ?? 'openstack',
          credentialsSecretName: context.credentialsName,
          externalNetworkID: context.settings.externalNetworkID,
          imageName: context.settings.imageName,
          sshKeyName: context.settings.sshKeyName,
          controlPlaneAvailabilityZones: controlPlaneZones,
        },
        failureDomain: pool => zoneOf(pool) ?? defaultZone,
      }),
    ];
  },
};
