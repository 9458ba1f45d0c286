import type { AddonRequest } from './types';

/** A public key from a real `wg genkey | wg pubkey` round (reference §4.3 example). */
export const EDGE_PUBLIC_KEY = 'GY5aT1N9dTR/nJnT1N2f4ClZWVj0jOAld0r8ysWLyjg=';

/** A Hetzner cluster in a ClusterMesh with Rook-Ceph across three zones. */
export function meshedCephRequest(
  overrides: Partial<AddonRequest> = {},
): AddonRequest {
  return {
    clusterName: 'hz-fsn1-prod',
    namespace: 'tenant-payments',
    overlay: { type: 'cilium-wireguard', nodeEncryption: true },
    mesh: {
      name: 'eu-payments',
      clusterId: 3,
      podCidr: '10.0.128.0/17',
      serviceCidr: '10.128.16.0/20',
      peers: [
        { name: 'ionos-txl-prod', address: 'ionos-txl-prod.mesh.example.eu' },
        { name: 'ovh-gra-prod', address: '203.0.113.7', port: 32379 },
      ],
    },
    storage: {
      backend: 'rook-ceph',
      replication: 3,
      failureDomain: 'zone',
      locations: ['fsn1-dc14', 'nbg1-dc3', 'hel1-dc2'],
    },
    observability: {
      prometheus: true,
      remoteWrite: {
        url: 'https://metrics.portal.example.eu/api/v1/write',
        basicAuthSecretName: 'remote-write',
      },
      otlpEndpoint: 'otel.portal.example.eu:4317',
    },
    labels: { provider: 'hetzner', region: 'eu-central-de' },
    gitops: { repoURL: 'https://git.example.eu/platform/fleet.git' },
    ...overrides,
  };
}

/** An edge site on Kilo with Longhorn and traces shipped centrally. */
export function kiloEdgeRequest(
  overrides: Partial<AddonRequest> = {},
): AddonRequest {
  return {
    clusterName: 'edge-muc-plant',
    namespace: 'tenant-factory',
    overlay: {
      type: 'kilo',
      granularity: 'full',
      edgePeers: [
        {
          name: 'plant-gateway',
          publicKey: EDGE_PUBLIC_KEY,
          allowedIPs: ['10.250.0.2/32', '192.168.40.0/24'],
          endpoint: 'gw.plant.example.eu:51820',
        },
      ],
    },
    storage: { backend: 'longhorn', replication: 2, failureDomain: 'host' },
    observability: {
      prometheus: false,
      otlpEndpoint: 'otel.portal.example.eu:4317',
    },
    gitops: { repoURL: 'https://git.example.eu/platform/fleet.git' },
    ...overrides,
  };
}

/** A private data-centre cluster on simplyblock. */
export function simplyblockRequest(
  overrides: Partial<AddonRequest> = {},
): AddonRequest {
  return {
    clusterName: 'dc-fra-analytics',
    namespace: 'tenant-analytics',
    overlay: { type: 'cilium-wireguard' },
    storage: {
      backend: 'simplyblock',
      replication: 2,
      failureDomain: 'host',
      simplyblock: {
        clusterUuid: '6d0f4a3e-1f2b-4c5d-8e9f-0a1b2c3d4e5f',
        poolName: 'analytics',
      },
    },
    observability: { prometheus: true },
    gitops: { repoURL: 'https://git.example.eu/platform/fleet.git' },
    ...overrides,
  };
}
