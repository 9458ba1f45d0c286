import { SovereignClusterEntity } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import type {
  CiliumOverlay,
  OverlayEncryption,
  KiloOverlay,
  ObservedOverlay,
  NetworkReport,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import {
  CILIUM_CONFIG,
  ciliumEncryption,
  isTrue,
  KILO,
  kiloEncryption,
  kiloMeshGranularity,
} from '../../evidence/probes/network/overlayEncryption';
import { readOptional } from '../../evidence/probes/readOptional';
import { KubernetesObject } from '../../kubernetes/types';
import {
  LiveCollectOptions,
  LiveKubernetesReader,
  LiveNode,
  LiveReadContext,
} from '../storage/LiveKubernetesReader';
import { meshMembers } from './clusterMesh';
import { nodesByLocation } from './nodesByLocation';

/**
 * Reads one cluster's network for the network card. Never throws for a
 * cluster's problems: they are the report's `status` and `reason`.
 * @public
 */
export interface NetworkCollector {
  collect(
    entity: SovereignClusterEntity,
    options?: LiveCollectOptions,
  ): Promise<NetworkReport>;
}

const NAMESPACE = 'kube-system';
const KILO_LOCATION = 'kilo.squat.ai/location';
const REGION = 'topology.kubernetes.io/region';

/**
 * The keys of a Secret, or undefined when it does not exist. The values
 * (etcd endpoints, client keys) are dropped here and go nowhere.
 */
async function secretKeys(
  { client, signal }: LiveReadContext,
  name: string,
): Promise<string[] | undefined> {
  const secret = await readOptional(() =>
    client.get(
      { apiVersion: 'v1', kind: 'Secret', namespace: NAMESPACE, name },
      { signal },
    ),
  );
  if (!secret) return undefined;
  return Object.keys((secret.data as object | undefined) ?? {});
}

const SECTIONS = {
  ciliumConfig: ({ client, signal }: LiveReadContext) =>
    readOptional(() =>
      client.get(
        { apiVersion: 'v1', kind: 'ConfigMap', ...CILIUM_CONFIG },
        { signal },
      ),
    ).then(cm =>
      cm ? ((cm.data ?? {}) as Record<string, string>) : undefined,
    ),
  kilo: ({ client, signal }: LiveReadContext) =>
    readOptional(() =>
      client.get(
        { apiVersion: 'apps/v1', kind: 'DaemonSet', ...KILO },
        { signal },
      ),
    ),
  clusterMesh: async (context: LiveReadContext) => {
    const [clustermeshKeys, kvstoremeshKeys, apiserver] = await Promise.all([
      secretKeys(context, 'cilium-clustermesh'),
      secretKeys(context, 'cilium-kvstoremesh'),
      readOptional(() =>
        context.client.get(
          {
            apiVersion: 'apps/v1',
            kind: 'Deployment',
            namespace: NAMESPACE,
            name: 'clustermesh-apiserver',
          },
          { signal: context.signal },
        ),
      ),
    ]);
    return { clustermeshKeys, kvstoremeshKeys, apiserver: Boolean(apiserver) };
  },
  nodes: (c: LiveReadContext) => c.nodes(),
};

function ciliumOverlay(data: Record<string, string>): CiliumOverlay {
  const clusterId = Number(data['cluster-id']);
  // Cilium < 1.14 wrote `tunnel: vxlan|geneve|disabled`.
  const legacyTunnel = data.tunnel;
  let legacyRouting: string | undefined;
  if (legacyTunnel) {
    legacyRouting = legacyTunnel === 'disabled' ? 'native' : 'tunnel';
  }
  const routingMode = data['routing-mode'] ?? legacyRouting;
  const tunnelProtocol =
    data['tunnel-protocol'] ??
    (legacyTunnel && legacyTunnel !== 'disabled' ? legacyTunnel : undefined);
  return {
    ...(routingMode ? { routingMode } : {}),
    ...(tunnelProtocol ? { tunnelProtocol } : {}),
    wireguard: isTrue(data['enable-wireguard']),
    ipsec: isTrue(data['enable-ipsec']),
    nodeEncryption: isTrue(data['encrypt-node']),
    ...(data['cluster-name'] ? { clusterName: data['cluster-name'] } : {}),
    ...(Number.isInteger(clusterId) && data['cluster-id'] !== undefined
      ? { clusterId }
      : {}),
  };
}

function kiloOverlay(
  daemonSet: Parameters<typeof kiloMeshGranularity>[0],
  nodes: LiveNode[],
): KiloOverlay {
  const counts = new Map<string, number>();
  for (const { object } of nodes) {
    // Kilo groups by its annotation, else the region label.
    const location =
      object.metadata.annotations?.[KILO_LOCATION] ??
      object.metadata.labels?.[REGION] ??
      '(none)';
    counts.set(location, (counts.get(location) ?? 0) + 1);
  }
  return {
    meshGranularity: kiloMeshGranularity(daemonSet),
    locations: [...counts]
      .map(([location, n]) => ({ location, nodes: n }))
      .sort((a, b) => a.location.localeCompare(b.location)),
  };
}

function overlayCni(cilium: boolean, kilo: boolean): ObservedOverlay['cni'] {
  if (cilium && kilo) return 'cilium+kilo';
  return cilium ? 'cilium' : 'kilo';
}

/** Encrypting Cilium wins; else Kilo's WireGuard; else Cilium's `none`. */
function overlayEncryption(
  config: Record<string, string> | undefined,
  kiloDaemonSet: KubernetesObject | undefined,
): OverlayEncryption {
  const cilium = config ? ciliumEncryption(config) : undefined;
  if (cilium && cilium.mode !== 'none') {
    return {
      mode: cilium.mode,
      scope: cilium.scope,
      source: 'kube-system/cilium-config',
    };
  }
  if (kiloDaemonSet) {
    return {
      ...kiloEncryption(kiloDaemonSet),
      source: 'kube-system/kilo (DaemonSet)',
    };
  }
  return { mode: 'none', source: 'kube-system/cilium-config' };
}

/**
 * The network from a cluster's Kubernetes API: the overlay (Cilium
 * `cilium-config`, Kilo DaemonSet) and its encryption, ClusterMesh
 * configuration (members named by the keys of its Secrets, never their
 * values) and nodes per provider location. Member readiness is left unknown
 * for the cluster's Prometheus to fill in.
 * @public
 */
export class KubernetesNetworkCollector implements NetworkCollector {
  readonly #reader: LiveKubernetesReader;

  static create(options: { reader: LiveKubernetesReader }) {
    return new KubernetesNetworkCollector(options.reader);
  }

  private constructor(reader: LiveKubernetesReader) {
    this.#reader = reader;
  }

  async collect(
    entity: SovereignClusterEntity,
    options: LiveCollectOptions = {},
  ): Promise<NetworkReport> {
    const { base, results } = await this.#reader.read(
      entity,
      SECTIONS,
      options,
    );
    const nodes = results.nodes ?? [];
    const config = results.ciliumConfig;
    const cilium = config ? ciliumOverlay(config) : undefined;
    const kilo = results.kilo ? kiloOverlay(results.kilo, nodes) : undefined;

    let overlay: ObservedOverlay = {
      cni: 'unknown',
      encryption: { mode: 'unknown' },
    };
    if (config || results.kilo) {
      overlay = {
        cni: overlayCni(Boolean(config), Boolean(results.kilo)),
        encryption: overlayEncryption(config, results.kilo),
        ...(cilium ? { cilium } : {}),
        ...(kilo ? { kilo } : {}),
      };
    }

    const mesh = results.clusterMesh;
    const members = meshMembers({
      localName: cilium?.clusterName,
      clustermeshKeys: mesh?.clustermeshKeys,
      kvstoremeshKeys: mesh?.kvstoremeshKeys,
    });
    return {
      ...base,
      overlay,
      clusterMesh: {
        enabled: Boolean(mesh?.apiserver) || members.some(m => !m.local),
        ...(cilium?.clusterName ? { clusterName: cilium.clusterName } : {}),
        ...(cilium?.clusterId !== undefined
          ? { clusterId: cilium.clusterId }
          : {}),
        apiserver: Boolean(mesh?.apiserver),
        kvstoremesh: mesh?.kvstoremeshKeys !== undefined,
        members,
      },
      nodesByLocation: nodesByLocation(nodes),
    };
  }
}
