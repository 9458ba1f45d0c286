import { InputError } from '@backstage/errors';
import { blocksOverlap, parseIpv4Cidr } from './cidr';
import type { AddonRequest } from './types';

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
// 32 bytes of standard base64 (reference §4.1).
const WIREGUARD_KEY = /^[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=$/;

/**
 * Checks an add-on request and throws an `InputError` naming the field and
 * the reason. Rules that come from the add-ons themselves (Cilium's name and
 * ID limits, Ceph's failure domains) are checked here so that a bad request
 * never produces manifests a controller would reject later.
 */
export function validateAddonRequest(request: AddonRequest): void {
  const fail = (field: string, reason: string): never => {
    throw new InputError(`${field}: ${reason}`);
  };
  const { clusterName, namespace } = request;
  if (typeof clusterName !== 'string' || !DNS_LABEL.test(clusterName)) {
    fail('clusterName', 'must be a lowercase DNS label (a-z, 0-9, "-")');
  }
  if (
    typeof namespace !== 'string' ||
    !DNS_LABEL.test(namespace) ||
    namespace.length > 63
  ) {
    fail('namespace', 'must be a DNS label of at most 63 characters');
  }
  const delivery = request.delivery ?? 'flux';
  if (delivery !== 'flux' && delivery !== 'argocd') {
    fail('delivery', `must be "flux" or "argocd", got "${String(delivery)}"`);
  }

  const overlay = request.overlay;
  if (overlay?.type === 'cilium-wireguard') {
    if (clusterName.length > 32) {
      fail('clusterName', 'Cilium cluster names are at most 32 characters');
    }
  } else if (overlay?.type === 'kilo') {
    if (
      overlay.granularity &&
      !['location', 'full'].includes(overlay.granularity)
    ) {
      fail('overlay.granularity', 'must be "location" or "full"');
    }
    const names = new Set<string>();
    (overlay.edgePeers ?? []).forEach((peer, i) => {
      const at = `overlay.edgePeers[${i}]`;
      if (!DNS_LABEL.test(peer.name ?? ''))
        fail(`${at}.name`, 'must be a DNS label');
      if (names.has(peer.name))
        fail(`${at}.name`, `"${peer.name}" is used twice`);
      names.add(peer.name);
      if (!WIREGUARD_KEY.test(peer.publicKey ?? '')) {
        fail(
          `${at}.publicKey`,
          'must be a WireGuard public key (44 characters of base64)',
        );
      }
      if (!Array.isArray(peer.allowedIPs) || peer.allowedIPs.length === 0) {
        fail(`${at}.allowedIPs`, 'must list at least one CIDR');
      }
      peer.allowedIPs.forEach((cidr, j) => {
        try {
          parseIpv4Cidr(cidr);
        } catch (error) {
          fail(`${at}.allowedIPs[${j}]`, (error as Error).message);
        }
      });
      if (
        peer.endpoint !== undefined &&
        !/^[^\s:]+:\d{1,5}$/.test(peer.endpoint)
      ) {
        fail(`${at}.endpoint`, 'must be host:port');
      }
    });
  } else {
    fail('overlay.type', 'must be "cilium-wireguard" or "kilo"');
  }

  if (request.mesh) {
    const mesh = request.mesh;
    if (overlay.type !== 'cilium-wireguard') {
      fail('mesh', 'ClusterMesh needs the cilium-wireguard overlay');
    }
    if (
      !Number.isInteger(mesh.clusterId) ||
      mesh.clusterId < 1 ||
      mesh.clusterId > 255
    ) {
      fail(
        'mesh.clusterId',
        'must be an integer from 1 to 255 (Cilium ClusterMesh limit)',
      );
    }
    const cidr = (field: 'podCidr' | 'serviceCidr') => {
      try {
        return parseIpv4Cidr(mesh[field]);
      } catch (error) {
        return fail(`mesh.${field}`, (error as Error).message);
      }
    };
    if (blocksOverlap(cidr('podCidr'), cidr('serviceCidr'))) {
      fail('mesh.serviceCidr', `overlaps mesh.podCidr ${mesh.podCidr}`);
    }
    const peers = new Set<string>();
    (mesh.peers ?? []).forEach((peer, i) => {
      if (!DNS_LABEL.test(peer.name ?? '') || peer.name.length > 32) {
        fail(
          `mesh.peers[${i}].name`,
          'must be a Cilium cluster name (DNS label, at most 32 characters)',
        );
      }
      if (peer.name === clusterName || peers.has(peer.name)) {
        fail(
          `mesh.peers[${i}].name`,
          `"${peer.name}" is not unique in the mesh`,
        );
      }
      peers.add(peer.name);
      if (!peer.address) fail(`mesh.peers[${i}].address`, 'is required');
    });
  }

  const storage = request.storage;
  if (
    !['rook-ceph', 'longhorn', 'simplyblock', 'provider'].includes(
      storage?.backend,
    )
  ) {
    fail(
      'storage.backend',
      'must be rook-ceph, longhorn, simplyblock or provider',
    );
  }
  if (
    !Number.isInteger(storage.replication) ||
    storage.replication < 1 ||
    storage.replication > 7
  ) {
    fail('storage.replication', 'must be an integer from 1 to 7');
  }
  if (!['host', 'zone', 'region'].includes(storage.failureDomain)) {
    fail('storage.failureDomain', 'must be host, zone or region');
  }
  if (
    storage.failureDomain === 'region' &&
    (storage.backend === 'rook-ceph' || storage.backend === 'longhorn')
  ) {
    // Reference §5.4: synchronous replication over a WAN is never an option.
    fail(
      'storage.failureDomain',
      `${storage.backend} replicates synchronously; spreading replicas across regions would put every write on the WAN. Use zone and replicate between clusters asynchronously`,
    );
  }
  if (storage.failureDomain !== 'host' && storage.locations) {
    const distinct = new Set(storage.locations).size;
    if (distinct < storage.replication) {
      fail(
        'storage.replication',
        `${storage.replication} replicas with failure domain ${storage.failureDomain} need ${storage.replication} distinct locations, the request has ${distinct}`,
      );
    }
  }
  if (storage.backend === 'simplyblock') {
    if (!storage.simplyblock?.clusterUuid)
      fail('storage.simplyblock.clusterUuid', 'is required for simplyblock');
    if (!storage.simplyblock?.poolName)
      fail('storage.simplyblock.poolName', 'is required for simplyblock');
    if (storage.replication > 3) {
      // replication - 1 parity chunks; simplyblock schemes carry at most 2.
      fail(
        'storage.replication',
        'simplyblock tolerates at most 2 lost storage nodes (replication 1 to 3)',
      );
    }
  }

  const observability = request.observability;
  if (typeof observability?.prometheus !== 'boolean') {
    fail('observability.prometheus', 'must be true or false');
  }
  if (observability.remoteWrite) {
    if (!observability.prometheus) {
      fail('observability.remoteWrite', 'needs observability.prometheus: true');
    }
    if (!/^https?:\/\/\S+$/.test(observability.remoteWrite.url ?? '')) {
      fail('observability.remoteWrite.url', 'must be an http(s) URL');
    }
    const secret = observability.remoteWrite.basicAuthSecretName;
    if (secret !== undefined && !DNS_LABEL.test(secret)) {
      fail(
        'observability.remoteWrite.basicAuthSecretName',
        'must be a Secret name',
      );
    }
  }
  if (
    observability.otlpEndpoint !== undefined &&
    !/^[^\s/:]+:\d{1,5}$/.test(observability.otlpEndpoint)
  ) {
    fail(
      'observability.otlpEndpoint',
      'must be host:port of an OTLP/gRPC endpoint',
    );
  }
  const basePath = request.gitops?.basePath;
  if (
    basePath !== undefined &&
    (!/^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/.test(basePath) ||
      basePath.split('/').some(part => part === '..' || part === '.'))
  ) {
    fail(
      'gitops.basePath',
      'must be a relative path inside the repository, like clusters/<name>',
    );
  }
  if (delivery === 'argocd' && !request.gitops?.repoURL) {
    fail(
      'gitops.repoURL',
      'is required for Argo CD delivery (Applications point at the GitOps repository)',
    );
  }
}
