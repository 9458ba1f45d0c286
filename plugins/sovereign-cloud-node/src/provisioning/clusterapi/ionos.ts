import { ClusterRenderer, RenderContext } from './types';
import { renderNamespace, renderTopologyCluster } from './topology';

/** `VCPU-8-32`: server type, cores, memory in GB. */
const MACHINE_TYPE = /^(VCPU|ENTERPRISE)-(\d{1,3})-(\d{1,4})$/;

function machineOf(
  context: RenderContext,
  machineType: string,
  path: Array<string | number>,
) {
  const match = MACHINE_TYPE.exec(machineType);
  if (!match) {
    context.reject(
      path,
      `must be an IONOS machine type like VCPU-8-32 or ENTERPRISE-4-16 (server type, cores, memory in GB), got ${JSON.stringify(
        machineType,
      )}`,
    );
    return undefined;
  }
  return {
    type: match[1],
    cores: Number(match[2]),
    memoryMB: Number(match[3]) * 1024,
  };
}

/**
 * IONOS Cloud through CAPIC (Cluster API v1beta1 contract). One IONOS
 * location per cluster; a pool in another location needs its own data
 * centre (setting `datacenterID:<location>`).
 */
export const ionosRenderer: ClusterRenderer = {
  id: 'ionos',
  requiredSettings: {
    datacenterID: 'IONOS data centre id of the control plane location',
    controlPlaneEndpointHost:
      'Control-plane IP reserved in advance (kube-vip address)',
    imageID: 'IONOS image id of a Cluster API node image',
  },
  render(context) {
    const { request, settings } = context;
    const controlPlane = machineOf(context, request.controlPlane.machineType, [
      'controlPlane',
      'machineType',
    ]);
    const datacenterOf = (location: string) =>
      location === context.controlPlaneLocation
        ? settings.datacenterID
        : settings[`datacenterID:${location}`];
    const machines = new Map(
      context.pools.map(pool => [
        pool.index,
        machineOf(context, pool.pool.machineType, [
          'nodePools',
          pool.index,
          'machineType',
        ]),
      ]),
    );
    for (const pool of context.pools) {
      const location = pool.location?.id ?? pool.pool.location;
      if (!datacenterOf(location)) {
        context.reject(
          ['nodePools', pool.index, 'location'],
          `needs an IONOS data centre in ${location}: set the setting "datacenterID:${location}"`,
        );
      }
    }
    return [
      renderNamespace(context),
      renderTopologyCluster(context, {
        variables: {
          location: context.controlPlaneLocation,
          credentialsSecretName: context.credentialsName,
          controlPlaneEndpointHost: settings.controlPlaneEndpointHost,
          datacenterID: settings.datacenterID,
          imageID: settings.imageID,
          controlPlaneServerType: controlPlane?.type,
          controlPlaneNumCores: controlPlane?.cores,
          controlPlaneMemoryMB: controlPlane?.memoryMB,
        },
        poolVariables: pool => {
          const machine = machines.get(pool.index);
          return {
            workerDatacenterID: datacenterOf(
              pool.location?.id ?? pool.pool.location,
            ),
            workerServerType: machine?.type,
            workerNumCores: machine?.cores,
            workerMemoryMB: machine?.memoryMB,
          };
        },
        failureDomain: pool => pool.location?.id ?? pool.pool.location,
      }),
    ];
  },
};
