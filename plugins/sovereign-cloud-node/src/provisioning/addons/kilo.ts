import type { KubernetesObject } from '../../kubernetes/types';
import type { ManifestAddon } from './components';
import type { KiloEdgePeer } from './types';

/**
 * Kilo from its upstream manifests (reference §4.3): the CRDs and the
 * kubeadm DaemonSet, in which Kilo is the CNI. Each node makes its own
 * WireGuard key; nodes join a location through the
 * `topology.kubernetes.io/region` label set by the node pools.
 */
export function kiloAddon(granularity: 'location' | 'full'): ManifestAddon {
  return {
    kind: 'manifests',
    id: 'kilo',
    stage: 'network',
    upstream: {
      sourceId: 'kilo',
      directory: 'manifests',
      files: ['crds.yaml', 'kilo-kubeadm.yaml'],
      // `location` is kg's default; only `full` needs a flag.
      patches:
        granularity === 'full'
          ? [
              {
                target: {
                  kind: 'DaemonSet',
                  name: 'kilo',
                  namespace: 'kube-system',
                },
                patch: JSON.stringify([
                  {
                    op: 'add',
                    path: '/spec/template/spec/containers/0/args/-',
                    value: '--mesh-granularity=full',
                  },
                ]),
              },
            ]
          : undefined,
    },
  };
}

/** Edge peers outside the cluster as Kilo `Peer` objects (public keys only). */
export function kiloPeersAddon(peers: KiloEdgePeer[]): ManifestAddon {
  return {
    kind: 'manifests',
    id: 'kilo-peers',
    stage: 'network',
    after: ['kilo'],
    objects: peers.map(peerObject),
  };
}

function peerObject(peer: KiloEdgePeer): KubernetesObject {
  const spec: Record<string, unknown> = {
    allowedIPs: peer.allowedIPs,
    publicKey: peer.publicKey,
    persistentKeepalive: peer.persistentKeepalive ?? 25,
  };
  if (peer.endpoint) {
    const separator = peer.endpoint.lastIndexOf(':');
    const host = peer.endpoint.slice(0, separator);
    const port = Number(peer.endpoint.slice(separator + 1));
    spec.endpoint = {
      dnsOrIP: /^\d{1,3}(\.\d{1,3}){3}$/.test(host)
        ? { ip: host }
        : { dns: host },
      port,
    };
  }
  return {
    apiVersion: 'kilo.squat.ai/v1alpha1',
    kind: 'Peer',
    metadata: { name: peer.name },
    spec,
  };
}
