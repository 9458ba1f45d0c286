import { BackstageCredentials } from '@backstage/backend-plugin-api';
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
 * would get. Undefined when the cluster joins no Cilium mesh.
 */
export async function meshSlotFromRecords(
  input: unknown,
  options: {
    records: Pick<ProvisioningClient, 'reserveMeshSlot'>;
    credentials: BackstageCredentials;
    reserve: boolean;
  },
): Promise<ClusterPlanOptions['meshSlot']> {
  const request = parseClusterRequest(input);
  if (!needsMeshSlot(request)) return undefined;
  const { reserved, clusterId, podCidr, serviceCidr } =
    await options.records.reserveMeshSlot(
      {
        mesh: request.network.mesh!,
        cluster: stringifyEntityRef({
          kind: SOVEREIGN_CLUSTER_KIND,
          namespace: 'default',
          name: request.name,
        }),
        ...(request.network.podCidr
          ? { podCidr: request.network.podCidr }
          : {}),
        ...(request.network.serviceCidr
          ? { serviceCidr: request.network.serviceCidr }
          : {}),
        dryRun: !options.reserve,
      },
      { credentials: options.credentials },
    );
  return { slot: { clusterId, podCidr, serviceCidr }, reserved };
}
