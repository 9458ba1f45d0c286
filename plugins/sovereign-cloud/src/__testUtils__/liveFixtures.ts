/*
 * Live reports of the demo cluster (sovereign-cloud-node's
 * live/__fixtures__/demoCluster.ts) as the backend's collectors answer them:
 * Hetzner fsn1 and IONOS de/fra, Rook-Ceph RBD encrypted with 3 replicas,
 * a degraded Longhorn volume, Cilium WireGuard in a ClusterMesh of three.
 */
import {
  NetworkReport,
  ObservabilityReport,
  SovereignClusterEntity,
  StorageReport,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';

const GiB = 2 ** 30;
const TiB = 2 ** 40;
export const COLLECTED_AT = '2026-11-30T11:58:30.000Z';

/** The demo cluster's entity, with declared storage, network and observability. */
export const demoClusterEntity: SovereignClusterEntity = {
  apiVersion: 'sovereign-cloud.io/v1alpha1',
  kind: 'SovereignCluster',
  metadata: { name: 'demo-eu', namespace: 'default', title: 'Demo EU' },
  spec: {
    owner: 'group:default/platform-team',
    lifecycle: 'experimental',
    provider: 'hetzner',
    locations: ['fsn1'],
    distribution: { name: 'kubeadm', version: '1.36.4' },
    controlPlane: { replicas: 2 },
    nodePools: [
      { name: 'fsn1', location: 'fsn1', machineType: 'ccx33', count: 2 },
    ],
    network: {
      overlay: 'cilium-wireguard',
      encryption: { mode: 'wireguard', scope: 'pod-and-node' },
      mesh: 'eu-core',
    },
    storage: {
      backend: 'rook-ceph',
      replication: 3,
      failureDomain: 'host',
      classes: [
        {
          name: 'ceph-block',
          default: true,
          encrypted: true,
          provisioner: 'rook-ceph.rbd.csi.ceph.com',
        },
      ],
    },
    observability: {
      grafana: { url: 'https://grafana.demo.example' },
    },
    management: { type: 'external' },
  } as SovereignClusterEntity['spec'],
};

const kubernetesSource = {
  type: 'kubernetes' as const,
  cluster: 'demo-eu',
  entityRef: 'sovereigncluster:default/demo-eu',
};

export function demoStorageReport(): StorageReport {
  return {
    source: kubernetesSource,
    status: 'observed',
    collectedAt: COLLECTED_AT,
    problems: [],
    durationMs: 412,
    csiDrivers: [
      {
        name: 'rook-ceph.rbd.csi.ceph.com',
        backend: 'rook-ceph',
        attachRequired: true,
        volumeLifecycleModes: ['Persistent'],
      },
      {
        name: 'driver.longhorn.io',
        backend: 'longhorn',
        attachRequired: true,
        volumeLifecycleModes: ['Persistent', 'Ephemeral'],
      },
      {
        name: 'csi.hetzner.cloud',
        backend: 'provider-csi',
        attachRequired: true,
        volumeLifecycleModes: ['Persistent'],
      },
    ],
    classes: [
      {
        name: 'ceph-block',
        provisioner: 'rook-ceph.rbd.csi.ceph.com',
        backend: 'rook-ceph',
        isDefault: true,
        reclaimPolicy: 'Delete',
        volumeBindingMode: 'Immediate',
        allowVolumeExpansion: true,
        encryption: {
          encrypted: true,
          kms: 'vault-kms',
          how: 'parameters.encrypted',
        },
        replication: {
          replicas: 3,
          failureDomain: 'host',
          source: 'CephBlockPool rook-ceph/replicapool',
        },
      },
      {
        name: 'hcloud-volumes',
        provisioner: 'csi.hetzner.cloud',
        backend: 'provider-csi',
        isDefault: false,
        reclaimPolicy: 'Delete',
        volumeBindingMode: 'WaitForFirstConsumer',
        allowVolumeExpansion: true,
        encryption: { encrypted: false, how: 'parameters (no encryption key)' },
      },
      {
        name: 'longhorn',
        provisioner: 'driver.longhorn.io',
        backend: 'longhorn',
        isDefault: false,
        reclaimPolicy: 'Delete',
        volumeBindingMode: 'Immediate',
        allowVolumeExpansion: true,
        encryption: { encrypted: false, how: 'parameters.encrypted' },
        replication: { replicas: 2, source: 'parameters.numberOfReplicas' },
      },
    ],
    volumes: [],
    claims: [],
    ceph: {
      installed: true,
      items: [
        {
          namespace: 'rook-ceph',
          name: 'rook-ceph',
          health: 'HEALTH_OK',
          phase: 'Ready',
          version: '19.2.3-0',
          capacity: {
            bytesTotal: 4 * TiB,
            bytesUsed: 912 * GiB,
            bytesAvailable: 4 * TiB - 912 * GiB,
          },
          capacityUpdatedAt: '2026-11-30T11:58:12Z',
          messages: [],
        },
      ],
    },
    longhorn: {
      installed: true,
      items: [
        {
          name: 'pvc-1e3f5a7b-9c0d-4e2f-8a4b-6c8d0e2f4a6b',
          robustness: 'degraded',
          state: 'attached',
          sizeBytes: 20 * GiB,
          numberOfReplicas: 2,
          encrypted: false,
          pvc: { namespace: 'shop', name: 'redis-data' },
          node: 'worker-fsn1-a',
        },
      ],
    },
    snapshots: {
      installed: true,
      items: [
        {
          namespace: 'shop',
          name: 'postgres-data-20261130',
          sourceClaim: 'postgres-data',
          readyToUse: true,
          restoreSizeBytes: 100 * GiB,
          createdAt: '2026-11-30T02:00:04Z',
        },
      ],
    },
    backups: { installed: false },
    summary: {
      defaultClass: 'ceph-block',
      volumes: 4,
      capacityBytes: 370 * GiB,
      claimedBytes: 370 * GiB,
      encryptedBytes: 300 * GiB,
      unencryptedBytes: 70 * GiB,
      byClass: [
        {
          storageClass: 'ceph-block',
          backend: 'rook-ceph',
          volumes: 2,
          capacityBytes: 300 * GiB,
        },
        {
          storageClass: 'hcloud-volumes',
          backend: 'provider-csi',
          volumes: 1,
          capacityBytes: 50 * GiB,
        },
        {
          storageClass: 'longhorn',
          backend: 'longhorn',
          volumes: 1,
          capacityBytes: 20 * GiB,
        },
      ],
      byLocation: [
        {
          locations: ['de/fra', 'fsn1'],
          countries: ['DE'],
          providers: ['hetzner', 'ionos'],
          volumes: 3,
          capacityBytes: 320 * GiB,
        },
        {
          locations: ['fsn1'],
          countries: ['DE'],
          providers: ['hetzner'],
          volumes: 1,
          capacityBytes: 50 * GiB,
        },
      ],
      cephBytesTotal: 4 * TiB,
      cephBytesUsed: 912 * GiB,
      longhornNotHealthy: 1,
    },
  };
}

export function demoNetworkReport(): NetworkReport {
  return {
    source: kubernetesSource,
    status: 'observed',
    collectedAt: COLLECTED_AT,
    problems: [],
    durationMs: 238,
    overlay: {
      cni: 'cilium',
      encryption: {
        mode: 'wireguard',
        scope: 'pod-and-node',
        source: 'kube-system/cilium-config',
      },
      cilium: {
        routingMode: 'tunnel',
        tunnelProtocol: 'vxlan',
        wireguard: true,
        ipsec: false,
        nodeEncryption: true,
        clusterName: 'demo-eu',
        clusterId: 1,
      },
    },
    clusterMesh: {
      enabled: true,
      clusterName: 'demo-eu',
      clusterId: 1,
      apiserver: true,
      kvstoremesh: false,
      members: [
        {
          name: 'demo-eu',
          local: true,
          source: 'kube-system/cilium-config (cluster-name)',
        },
        {
          name: 'eu-north',
          ready: true,
          source: 'kube-system/cilium-clustermesh (Secret keys)',
        },
        {
          name: 'eu-west',
          ready: false,
          source: 'kube-system/cilium-clustermesh (Secret keys)',
        },
      ],
    },
    nodesByLocation: [
      {
        provider: 'hetzner',
        location: 'fsn1',
        country: 'DE',
        nodes: 3,
        ready: 3,
        controlPlane: 1,
      },
      {
        provider: 'ionos',
        location: 'de/fra',
        country: 'DE',
        nodes: 3,
        ready: 2,
        controlPlane: 1,
      },
    ],
  };
}

const HOUR = 3600_000;
const START = Date.parse('2026-11-30T06:00:00Z');
const hours = (values: number[]) =>
  values.map((value, i) => ({ at: START + i * HOUR, value }));

export function demoObservabilityReport(): ObservabilityReport {
  return {
    cluster: 'sovereigncluster:default/demo-eu',
    collectedAt: COLLECTED_AT,
    source: { type: 'prometheus', url: 'http://127.0.0.1:9090' },
    status: 'observed',
    durationMs: 96,
    parts: [
      { part: 'nodes', status: 'observed' },
      { part: 'nodeHistory', status: 'observed' },
      { part: 'storage', status: 'observed' },
      { part: 'storageHistory', status: 'observed' },
      { part: 'scrapeHealth', status: 'observed' },
      { part: 'alerts', status: 'observed' },
      { part: 'mesh', status: 'observed' },
    ],
    nodes: [
      {
        instance: 'worker-fsn1-a:9100',
        cpuUsedRatio: 0.42,
        memoryUsedRatio: 0.61,
        memoryTotalBytes: 32 * GiB,
      },
      {
        instance: 'worker-fra-a:9100',
        cpuUsedRatio: 0.18,
        memoryUsedRatio: 0.37,
        memoryTotalBytes: 32 * GiB,
      },
    ],
    nodeHistory: [
      {
        instance: 'worker-fsn1-a:9100',
        cpuUsedRatio: hours([0.3, 0.35, 0.5, 0.42]),
        memoryUsedRatio: hours([0.55, 0.58, 0.6, 0.61]),
      },
      {
        instance: 'worker-fra-a:9100',
        cpuUsedRatio: hours([0.1, 0.12, 0.2, 0.18]),
        memoryUsedRatio: hours([0.35, 0.36, 0.36, 0.37]),
      },
    ],
    storage: {
      usedBytes: 180 * GiB,
      sizeBytes: 600 * GiB,
      usedRatio: 0.3,
      byInstance: [
        {
          instance: 'worker-fsn1-a:9100',
          usedBytes: 110 * GiB,
          sizeBytes: 300 * GiB,
        },
        {
          instance: 'worker-fra-a:9100',
          usedBytes: 70 * GiB,
          sizeBytes: 300 * GiB,
        },
      ],
    },
    storageHistory: {
      usedBytes: hours([177, 178, 179, 180].map(g => g * GiB)),
      growthBytesPerDay: 24 * GiB,
      fittedOverSeconds: 3 * 3600,
    },
    scrapeHealth: {
      up: 2,
      down: 1,
      unknown: 0,
      targets: [
        {
          job: 'node',
          instance: 'worker-fsn1-a:9100',
          health: 'up',
          lastScrape: '2026-11-30T11:58:20Z',
        },
        {
          job: 'node',
          instance: 'worker-fra-a:9100',
          health: 'up',
          lastScrape: '2026-11-30T11:58:21Z',
        },
        {
          job: 'node',
          instance: 'worker-fra-b:9100',
          health: 'down',
          lastError:
            'Get "http://worker-fra-b:9100/metrics": dial tcp 10.0.2.6:9100: connect: connection refused',
          lastScrape: '2026-11-30T11:58:19Z',
        },
      ],
    },
    alerts: [
      {
        name: 'NodeNotReady',
        severity: 'critical',
        summary: 'worker-fra-b has been unready for more than 15 minutes',
        since: '2026-11-30T10:12:00Z',
        labels: { alertname: 'NodeNotReady', severity: 'critical' },
      },
      {
        name: 'Watchdog',
        severity: 'none',
        summary: 'An alert that should always be firing',
        since: '2026-11-30T06:00:00Z',
        labels: { alertname: 'Watchdog', severity: 'none' },
      },
    ],
    mesh: {
      remoteClusters: [
        { cluster: 'eu-north', ready: true, agents: 6, readyAgents: 6 },
        { cluster: 'eu-west', ready: false, agents: 6, readyAgents: 4 },
      ],
    },
    links: {
      grafana: 'https://grafana.demo.example',
      alertmanager: 'https://alertmanager.demo.example',
    },
  };
}
