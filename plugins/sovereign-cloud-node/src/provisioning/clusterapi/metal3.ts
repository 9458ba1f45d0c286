import { locationToNodeLabelValue } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { ClusterRenderer } from './types';
import { renderNamespace, renderTopologyCluster } from './topology';

/**
 * Own data centres and edge sites through Metal3. BareMetalHosts are
 * chosen by labels: `sovereign-cloud.io/location` (site) and
 * `sovereign-cloud.io/host-class` (the pool's machine type).
 */
export const metal3Renderer: ClusterRenderer = {
  id: 'metal3',
  requiredSettings: {
    controlPlaneEndpointHost: 'Virtual IP or DNS name of the API server',
    imageURL: 'URL of the node image (qcow2 or raw)',
    imageChecksum: 'URL or value of the image checksum',
  },
  render(context) {
    const hostLabels = (location: string, hostClass: string) => ({
      'sovereign-cloud.io/location': locationToNodeLabelValue(location),
      'sovereign-cloud.io/host-class': hostClass,
    });
    return [
      renderNamespace(context),
      renderTopologyCluster(context, {
        variables: {
          controlPlaneEndpointHost: context.settings.controlPlaneEndpointHost,
          imageURL: context.settings.imageURL,
          imageChecksum: context.settings.imageChecksum,
          imageChecksumType: context.settings.imageChecksumType,
          controlPlaneHostSelector: hostLabels(
            context.controlPlaneLocation,
            context.request.controlPlane.machineType,
          ),
        },
        poolVariables: pool => ({
          workerHostSelector: hostLabels(
            pool.location?.id ?? pool.pool.location,
            pool.pool.machineType,
          ),
        }),
        failureDomain: pool =>
          pool.zone ?? pool.location?.id ?? pool.pool.location,
      }),
    ];
  },
};
