import type { HelmAddon } from './components';
import type { AddonMesh, AddonRequest } from './types';

/**
 * Name of the Secret (in `kube-system` of every mesh member) that holds the
 * mesh's shared CA. Cilium's certgen reuses it instead of minting a CA per
 * cluster; it is created in apply mode and never rendered or committed.
 */
export const CILIUM_SHARED_CA_SECRET = 'cilium-ca';

/** Port of the clustermesh-apiserver (etcd) that peers connect to. */
const CLUSTERMESH_PORT = 2379;

/**
 * Cilium with WireGuard transparent encryption (reference §4.4). Node keys
 * are made by the agents and published in `CiliumNode` annotations, so no
 * key material appears here.
 */
export function ciliumAddon(
  request: AddonRequest,
  nodeEncryption: boolean,
): HelmAddon {
  const values: Record<string, unknown> = {
    cluster: {
      name: request.clusterName,
      id: request.mesh?.clusterId ?? 0,
    },
    encryption: {
      enabled: true,
      type: 'wireguard',
      nodeEncryption,
    },
  };
  if (request.mesh) Object.assign(values, meshValues(request.mesh));
  return {
    kind: 'helm',
    id: 'cilium',
    stage: 'network',
    sourceId: 'cilium',
    releaseName: 'cilium',
    targetNamespace: 'kube-system',
    values,
  };
}

function meshValues(mesh: AddonMesh): Record<string, unknown> {
  return {
    // ClusterMesh needs each member's pods in its own, non-overlapping range.
    ipam: {
      mode: 'cluster-pool',
      operator: { clusterPoolIPv4PodCIDRList: [mesh.podCidr] },
    },
    clustermesh: {
      useAPIServer: true,
      // Must be identical in all members and cannot change later.
      maxConnectedClusters: 255,
      apiserver: {
        service: { type: 'LoadBalancer' },
        // Certificates are issued in the cluster from the shared CA Secret;
        // with method "helm" each cluster would mint its own CA.
        tls: { auto: { enabled: true, method: 'cronJob' } },
      },
      config: {
        enabled: true,
        domain: 'mesh.cilium.io',
        clusters: (mesh.peers ?? []).map(peer => ({
          name: peer.name,
          address: peer.address,
          port: peer.port ?? CLUSTERMESH_PORT,
        })),
      },
    },
  };
}
