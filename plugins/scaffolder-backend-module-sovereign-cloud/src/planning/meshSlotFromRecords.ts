import {
  BackstageCredentials,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  parseClusterRequest,
  SOVEREIGN_CLUSTER_KIND,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { ProvisioningClient } from '@sovereign-cloud/plugin-sovereign-cloud-node';
import { ClusterPlanOptions } from './planCluster';
import { needsMeshSlot } from './addonRequestOf';

/**
 * The ClusterMesh slot of the requested cluster from the backend's
 * provisioning records: reserved when `reserve` is set, else the slot it
 * would get. Undefined when the cluster joins no Cilium mesh, or when a
 * preview cannot reach the records (the plan then says it took the first
 * slot); a reservation that fails throws.
 */
export async function meshSlotFromRecords(
  input: unknown,
  options: {
    records: Pick<ProvisioningClient, 'reserveMeshSlot'>;
    credentials: BackstageCredentials;
    reserve: boolean;
    logger: LoggerService;
  },
): Promise<ClusterPlanOptions['meshSlot']> {
  const request = parseClusterRequest(input);
  if (!needsMeshSlot(request)) return undefined;
  const answer = options.records.reserveMeshSlot(
    {
      mesh: request.network.mesh!,
      cluster: stringifyEntityRef({
        kind: SOVEREIGN_CLUSTER_KIND,
        namespace: 'default',
        name: request.name,
      }),
      ...(request.network.podCidr ? { podCidr: request.network.podCidr } : {}),
      ...(request.network.serviceCidr
        ? { serviceCidr: request.network.serviceCidr }
        : {}),
      dryRun: !options.reserve,
    },
    { credentials: options.credentials },
  );
  if (!options.reserve) {
    try {
      const { clusterId, podCidr, serviceCidr } = await answer;
      return { slot: { clusterId, podCidr, serviceCidr }, reserved: false };
    } catch (error) {
      options.logger.warn(
        `Could not read the provisioning records for the ClusterMesh slot (${error}); the plan shows the first slot`,
      );
      return undefined;
    }
  }
  const { clusterId, podCidr, serviceCidr } = await answer;
  return { slot: { clusterId, podCidr, serviceCidr }, reserved: true };
}
