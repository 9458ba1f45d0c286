import type { KubernetesTestServer } from '../../testServer/KubernetesTestServer';
import { longhornCrds, rookCrds, snapshotCrds, veleroCrds } from './crds';

/*
 * A demo cluster, modelled on a real self-managed one: a kubeadm control
 * plane and workers at Hetzner Falkenstein (fsn1) and IONOS Frankfurt
 * (de/fra); Cilium with WireGuard (node traffic included) in a ClusterMesh
 * with two other clusters; Rook-Ceph RBD (encrypted, 3 replicas) as the
 * default class with OSDs at both locations; Longhorn with one degraded
 * volume; Hetzner Cloud volumes; CSI snapshots and Velero backups. Object
 * shapes follow the upstream docs (Rook CephCluster status, Longhorn
 * Volume/Replica, Cilium `cilium-config`, Cilium Helm `cilium-clustermesh`).
 */

export const DEMO_CLUSTER_NAME = 'demo-eu';
/** Remote clusters the demo cluster's ClusterMesh Secret names. */
// The same names the Prometheus test harness backfills readiness for.
export const DEMO_MESH_REMOTES = ['eu-north-1', 'eu-west-1'];

const GiB = 2 ** 30;

const base64Values = (values: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(values).map(([k, v]) => [
      k,
      Buffer.from(v).toString('base64'),
    ]),
  );
const TiB = 2 ** 40;
const READY_AT = '2026-11-30T11:40:00Z';

function node(options: {
  name: string;
  providerID: string;
  labels: Record<string, string>;
  controlPlane?: boolean;
  ready?: boolean;
}) {
  return {
    apiVersion: 'v1',
    kind: 'Node',
    metadata: {
      name: options.name,
      labels: {
        'kubernetes.io/hostname': options.name,
        'kubernetes.io/os': 'linux',
        'kubernetes.io/arch': 'amd64',
        ...(options.controlPlane
          ? { 'node-role.kubernetes.io/control-plane': '' }
          : {}),
        ...options.labels,
      },
    },
    spec: { providerID: options.providerID },
    status: {
      capacity: { cpu: '8', memory: '32Gi', pods: '110' },
      allocatable: { cpu: '7910m', memory: '31Gi', pods: '110' },
      conditions: [
        {
          type: 'Ready',
          status: options.ready === false ? 'False' : 'True',
          reason: options.ready === false ? 'KubeletNotReady' : 'KubeletReady',
          lastHeartbeatTime: READY_AT,
          lastTransitionTime: READY_AT,
        },
      ],
      nodeInfo: {
        kubeletVersion: 'v1.36.4',
        osImage: 'Ubuntu 24.04.3 LTS',
        containerRuntimeVersion: 'containerd://2.1.4',
      },
    },
  };
}

// hcloud-cloud-controller-manager and the Hetzner CSI driver label nodes like this.
const fsn1 = {
  'topology.kubernetes.io/region': 'fsn1',
  'topology.kubernetes.io/zone': 'fsn1-dc14',
  'node.kubernetes.io/instance-type': 'ccx33',
  'csi.hetzner.cloud/location': 'fsn1',
};
// IONOS nodes without a cloud controller: located by the operator's label.
const fra = {
  'sovereign-cloud.io/location': 'de_fra',
  'node.kubernetes.io/instance-type': 'VCPU-8-32',
};

const nodes = [
  node({
    name: 'cp-fsn1',
    providerID: 'hcloud://58213301',
    labels: fsn1,
    controlPlane: true,
  }),
  node({
    name: 'worker-fsn1-a',
    providerID: 'hcloud://58213310',
    labels: fsn1,
  }),
  node({
    name: 'worker-fsn1-b',
    providerID: 'hcloud://58213311',
    labels: fsn1,
  }),
  node({
    name: 'cp-fra',
    providerID: 'ionos://2b8e4d1f-7c3a-4e59-9d1b-6f0a2c4e8b13',
    labels: fra,
    controlPlane: true,
  }),
  node({
    name: 'worker-fra-a',
    providerID: 'ionos://7d1c3e5a-9b2f-4a6c-8e0d-1f3b5a7c9e24',
    labels: fra,
  }),
  node({
    name: 'worker-fra-b',
    providerID: 'ionos://9f3e5a7c-1d4b-4c8e-a2f6-3b5d7f9a1c35',
    labels: fra,
    ready: false,
  }),
];

const csiDrivers = [
  {
    apiVersion: 'storage.k8s.io/v1',
    kind: 'CSIDriver',
    metadata: { name: 'rook-ceph.rbd.csi.ceph.com' },
    spec: {
      attachRequired: true,
      podInfoOnMount: false,
      fsGroupPolicy: 'File',
      volumeLifecycleModes: ['Persistent'],
    },
  },
  {
    apiVersion: 'storage.k8s.io/v1',
    kind: 'CSIDriver',
    metadata: { name: 'driver.longhorn.io' },
    spec: {
      attachRequired: true,
      podInfoOnMount: true,
      volumeLifecycleModes: ['Persistent', 'Ephemeral'],
    },
  },
  {
    apiVersion: 'storage.k8s.io/v1',
    kind: 'CSIDriver',
    metadata: { name: 'csi.hetzner.cloud' },
    spec: {
      attachRequired: true,
      podInfoOnMount: true,
      volumeLifecycleModes: ['Persistent'],
    },
  },
];

const storageClasses = [
  {
    // Rook's examples/csi/rbd/storageclass.yaml, with encryption through a KMS.
    apiVersion: 'storage.k8s.io/v1',
    kind: 'StorageClass',
    metadata: {
      name: 'ceph-block',
      annotations: { 'storageclass.kubernetes.io/is-default-class': 'true' },
    },
    provisioner: 'rook-ceph.rbd.csi.ceph.com',
    parameters: {
      clusterID: 'rook-ceph',
      pool: 'replicapool',
      imageFormat: '2',
      imageFeatures: 'layering',
      encrypted: 'true',
      encryptionKMSID: 'vault-kms',
      'csi.storage.k8s.io/provisioner-secret-name': 'rook-csi-rbd-provisioner',
      'csi.storage.k8s.io/provisioner-secret-namespace': 'rook-ceph',
      'csi.storage.k8s.io/node-stage-secret-name': 'rook-csi-rbd-node',
      'csi.storage.k8s.io/node-stage-secret-namespace': 'rook-ceph',
      'csi.storage.k8s.io/fstype': 'ext4',
    },
    reclaimPolicy: 'Delete',
    allowVolumeExpansion: true,
    volumeBindingMode: 'Immediate',
  },
  {
    // Longhorn's deploy/longhorn.yaml default class.
    apiVersion: 'storage.k8s.io/v1',
    kind: 'StorageClass',
    metadata: { name: 'longhorn' },
    provisioner: 'driver.longhorn.io',
    parameters: {
      numberOfReplicas: '2',
      staleReplicaTimeout: '30',
      fromBackup: '',
      fsType: 'ext4',
      dataLocality: 'disabled',
    },
    reclaimPolicy: 'Delete',
    allowVolumeExpansion: true,
    volumeBindingMode: 'Immediate',
  },
  {
    apiVersion: 'storage.k8s.io/v1',
    kind: 'StorageClass',
    metadata: { name: 'hcloud-volumes' },
    provisioner: 'csi.hetzner.cloud',
    reclaimPolicy: 'Delete',
    allowVolumeExpansion: true,
    volumeBindingMode: 'WaitForFirstConsumer',
  },
];

function claim(
  namespace: string,
  name: string,
  storageClassName: string,
  size: string,
  volumeName: string,
) {
  return {
    apiVersion: 'v1',
    kind: 'PersistentVolumeClaim',
    metadata: { namespace, name },
    spec: {
      accessModes: ['ReadWriteOnce'],
      storageClassName,
      resources: { requests: { storage: size } },
      volumeName,
      volumeMode: 'Filesystem',
    },
    status: {
      phase: 'Bound',
      accessModes: ['ReadWriteOnce'],
      capacity: { storage: size },
    },
  };
}

function volume(options: {
  name: string;
  claim: [string, string];
  storageClassName: string;
  driver: string;
  size: string;
  nodeAffinity?: object;
}) {
  return {
    apiVersion: 'v1',
    kind: 'PersistentVolume',
    metadata: {
      name: options.name,
      annotations: { 'pv.kubernetes.io/provisioned-by': options.driver },
    },
    spec: {
      accessModes: ['ReadWriteOnce'],
      capacity: { storage: options.size },
      claimRef: {
        apiVersion: 'v1',
        kind: 'PersistentVolumeClaim',
        namespace: options.claim[0],
        name: options.claim[1],
      },
      csi: {
        driver: options.driver,
        fsType: 'ext4',
        volumeHandle:
          options.driver === 'driver.longhorn.io'
            ? options.name
            : `0001-0009-rook-ceph-0000000000000002-${options.name.slice(4)}`,
      },
      persistentVolumeReclaimPolicy: 'Delete',
      storageClassName: options.storageClassName,
      volumeMode: 'Filesystem',
      ...(options.nodeAffinity ? { nodeAffinity: options.nodeAffinity } : {}),
    },
    status: { phase: 'Bound' },
  };
}

const PG = 'pvc-3f9a1c2e-5b7d-4e8f-9a0b-1c2d3e4f5a6b';
const PROM = 'pvc-8b2c4d6e-0f1a-4b3c-9d5e-7f8a9b0c1d2e';
const REDIS = 'pvc-1e3f5a7b-9c0d-4e2f-8a4b-6c8d0e2f4a6b';
const UPLOADS = 'pvc-5c7e9a1b-3d5f-4a7c-9e1b-3d5f7a9c1e3b';

const volumes = [
  volume({
    name: PG,
    claim: ['shop', 'postgres-data'],
    storageClassName: 'ceph-block',
    driver: 'rook-ceph.rbd.csi.ceph.com',
    size: '100Gi',
  }),
  volume({
    name: PROM,
    claim: ['observability', 'prometheus-db'],
    storageClassName: 'ceph-block',
    driver: 'rook-ceph.rbd.csi.ceph.com',
    size: '200Gi',
  }),
  volume({
    name: REDIS,
    claim: ['shop', 'redis-data'],
    storageClassName: 'longhorn',
    driver: 'driver.longhorn.io',
    size: '20Gi',
  }),
  volume({
    name: UPLOADS,
    claim: ['shop', 'uploads'],
    storageClassName: 'hcloud-volumes',
    driver: 'csi.hetzner.cloud',
    size: '50Gi',
    // What the Hetzner CSI driver writes: the volume lives in one location.
    nodeAffinity: {
      required: {
        nodeSelectorTerms: [
          {
            matchExpressions: [
              {
                key: 'csi.hetzner.cloud/location',
                operator: 'In',
                values: ['fsn1'],
              },
            ],
          },
        ],
      },
    },
  }),
];
const claims = [
  claim('shop', 'postgres-data', 'ceph-block', '100Gi', PG),
  claim('observability', 'prometheus-db', 'ceph-block', '200Gi', PROM),
  claim('shop', 'redis-data', 'longhorn', '20Gi', REDIS),
  claim('shop', 'uploads', 'hcloud-volumes', '50Gi', UPLOADS),
];

/** Four OSDs of 1 TiB, two per location. */
export const DEMO_CEPH_BYTES_TOTAL = 4 * TiB;
export const DEMO_CEPH_BYTES_USED = 912 * GiB;

const rook = [
  {
    apiVersion: 'ceph.rook.io/v1',
    kind: 'CephCluster',
    metadata: { namespace: 'rook-ceph', name: 'rook-ceph' },
    spec: {
      cephVersion: { image: 'quay.io/ceph/ceph:v19.2.3' },
      dataDirHostPath: '/var/lib/rook',
      mon: { count: 3, allowMultiplePerNode: false },
      mgr: { count: 2 },
      storage: { useAllNodes: false, useAllDevices: true },
    },
    status: {
      ceph: {
        capacity: {
          bytesAvailable: DEMO_CEPH_BYTES_TOTAL - DEMO_CEPH_BYTES_USED,
          bytesTotal: DEMO_CEPH_BYTES_TOTAL,
          bytesUsed: DEMO_CEPH_BYTES_USED,
          lastUpdated: '2026-11-30T11:58:12Z',
        },
        fsid: '8f0e2b9c-4d6a-4c1e-9b3f-2a5d7e9c1b40',
        health: 'HEALTH_OK',
        lastChecked: '2026-11-30T11:58:12Z',
        versions: {
          mon: {
            'ceph version 19.2.3 (c92aebb279828e9c3c1f5d24613efca272649e62) squid (stable)': 3,
          },
          osd: {
            'ceph version 19.2.3 (c92aebb279828e9c3c1f5d24613efca272649e62) squid (stable)': 4,
          },
        },
      },
      conditions: [
        {
          lastHeartbeatTime: '2026-11-30T11:58:13Z',
          lastTransitionTime: '2026-10-02T08:14:51Z',
          message: 'Cluster created successfully',
          reason: 'ClusterCreated',
          status: 'True',
          type: 'Ready',
        },
      ],
      message: 'Cluster created successfully',
      phase: 'Ready',
      state: 'Created',
      version: { image: 'quay.io/ceph/ceph:v19.2.3', version: '19.2.3-0' },
    },
  },
  {
    apiVersion: 'ceph.rook.io/v1',
    kind: 'CephBlockPool',
    metadata: { namespace: 'rook-ceph', name: 'replicapool' },
    spec: {
      failureDomain: 'host',
      replicated: { size: 3, requireSafeReplicaSize: true },
    },
    status: { phase: 'Ready' },
  },
  ...[
    ['0', 'worker-fsn1-a'],
    ['1', 'worker-fsn1-b'],
    ['2', 'worker-fra-a'],
    ['3', 'worker-fra-b'],
  ].map(([id, nodeName]) => ({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: {
      namespace: 'rook-ceph',
      name: `rook-ceph-osd-${id}-6f9c8d7b5-x${id}k2p`,
      labels: {
        app: 'rook-ceph-osd',
        'ceph-osd-id': id,
        rook_cluster: 'rook-ceph',
      },
    },
    spec: {
      nodeName,
      containers: [{ name: 'osd', image: 'quay.io/ceph/ceph:v19.2.3' }],
    },
    status: { phase: 'Running' },
  })),
];

const longhorn = [
  {
    // Longhorn Volume as the manager writes it: one of two replicas lost.
    apiVersion: 'longhorn.io/v1beta2',
    kind: 'Volume',
    metadata: { namespace: 'longhorn-system', name: REDIS },
    spec: {
      size: String(20 * GiB),
      numberOfReplicas: 2,
      frontend: 'blockdev',
      dataLocality: 'disabled',
      accessMode: 'rwo',
      encrypted: false,
      staleReplicaTimeout: 30,
    },
    status: {
      state: 'attached',
      robustness: 'degraded',
      currentNodeID: 'worker-fsn1-a',
      actualSize: 6442450944,
      kubernetesStatus: {
        namespace: 'shop',
        pvName: REDIS,
        pvStatus: 'Bound',
        pvcName: 'redis-data',
        workloadsStatus: [
          {
            podName: 'redis-0',
            podStatus: 'Running',
            workloadName: 'redis',
            workloadType: 'StatefulSet',
          },
        ],
      },
    },
  },
  {
    apiVersion: 'longhorn.io/v1beta2',
    kind: 'Replica',
    metadata: { namespace: 'longhorn-system', name: `${REDIS}-r-4c1e9b3f` },
    spec: { volumeName: REDIS, nodeID: 'worker-fsn1-a', active: true },
    status: { currentState: 'running' },
  },
  {
    apiVersion: 'longhorn.io/v1beta2',
    kind: 'Replica',
    metadata: { namespace: 'longhorn-system', name: `${REDIS}-r-7a2d5e8c` },
    // Its node is down: the replica failed, so the volume is degraded.
    spec: {
      volumeName: REDIS,
      nodeID: 'worker-fra-b',
      active: true,
      failedAt: '2026-11-30T10:12:00Z',
    },
    status: { currentState: 'error' },
  },
];

const protection = [
  {
    apiVersion: 'snapshot.storage.k8s.io/v1',
    kind: 'VolumeSnapshot',
    metadata: { namespace: 'shop', name: 'postgres-data-20261130' },
    spec: {
      volumeSnapshotClassName: 'csi-rbdplugin-snapclass',
      source: { persistentVolumeClaimName: 'postgres-data' },
    },
    status: {
      boundVolumeSnapshotContentName:
        'snapcontent-0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e',
      creationTime: '2026-11-30T02:00:04Z',
      readyToUse: true,
      restoreSize: '100Gi',
    },
  },
  {
    apiVersion: 'velero.io/v1',
    kind: 'Backup',
    metadata: { namespace: 'velero', name: 'nightly-20261130020000' },
    spec: {
      includedNamespaces: ['shop'],
      storageLocation: 'default',
      ttl: '720h0m0s',
      snapshotMoveData: true,
    },
    status: {
      phase: 'Completed',
      startTimestamp: '2026-11-30T02:00:00Z',
      completionTimestamp: '2026-11-30T02:07:41Z',
      expiration: '2026-12-30T02:00:00Z',
      version: 1,
    },
  },
];

/** The canary: a Secret value that must never appear in any collector's output. */
export const DEMO_SECRET_CANARY = 'canary-c2VjcmV0LXZhbHVlLW5ldmVyLXNob3du';

const network = [
  {
    // Keys as the Cilium 1.18 Helm chart renders them.
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { namespace: 'kube-system', name: 'cilium-config' },
    data: {
      'cluster-name': DEMO_CLUSTER_NAME,
      'cluster-id': '1',
      'cluster-pool-ipv4-cidr': '10.1.0.0/16',
      'enable-ipv4': 'true',
      'enable-ipv6': 'false',
      'enable-wireguard': 'true',
      'encrypt-node': 'true',
      'wireguard-persistent-keepalive': '0s',
      'routing-mode': 'tunnel',
      'tunnel-protocol': 'vxlan',
      'kube-proxy-replacement': 'true',
      'identity-allocation-mode': 'crd',
      ipam: 'cluster-pool',
    },
  },
  {
    // The Helm chart's `clustermesh.config`: one key per remote cluster, TLS files beside them.
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { namespace: 'kube-system', name: 'cilium-clustermesh' },
    type: 'Opaque',
    // As the API server serves it: values base64-encoded under `data`.
    data: base64Values({
      ...Object.fromEntries(
        DEMO_MESH_REMOTES.map(remote => [
          remote,
          `endpoints:\n- https://${remote}.mesh.cilium.io:2379\ntrusted-ca-file: /var/lib/cilium/clustermesh/common-etcd-client-ca.crt\nkey-file: /var/lib/cilium/clustermesh/common-etcd-client.key\ncert-file: /var/lib/cilium/clustermesh/common-etcd-client.crt\n`,
        ]),
      ),
      'common-etcd-client-ca.crt':
        '-----BEGIN CERTIFICATE-----\nMIIBdemo\n-----END CERTIFICATE-----\n',
      'common-etcd-client.crt':
        '-----BEGIN CERTIFICATE-----\nMIIBdemo\n-----END CERTIFICATE-----\n',
      'common-etcd-client.key': `-----BEGIN EC PRIVATE KEY-----\n${DEMO_SECRET_CANARY}\n-----END EC PRIVATE KEY-----\n`,
    }),
  },
  {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: {
      namespace: 'kube-system',
      name: 'clustermesh-apiserver',
      labels: { 'k8s-app': 'clustermesh-apiserver' },
    },
    spec: {
      replicas: 1,
      selector: { matchLabels: { 'k8s-app': 'clustermesh-apiserver' } },
      template: {
        metadata: { labels: { 'k8s-app': 'clustermesh-apiserver' } },
        spec: {
          containers: [
            {
              name: 'apiserver',
              image: 'quay.io/cilium/clustermesh-apiserver:v1.18.2',
            },
          ],
        },
      },
    },
  },
];

/** Every object of the demo cluster, CRDs included, fresh on each call. */
export function demoClusterObjects(): object[] {
  return structuredClone([
    ...rookCrds,
    ...longhornCrds,
    ...snapshotCrds,
    ...veleroCrds,
    ...nodes,
    ...csiDrivers,
    ...storageClasses,
    ...volumes,
    ...claims,
    ...rook,
    ...longhorn,
    ...protection,
    ...network,
  ]);
}

/**
 * Loads the demo cluster into a Kubernetes test server, e.g. for the demo
 * portal's clearly labelled demo cluster.
 */
export function loadDemoClusterFixtures(server: KubernetesTestServer): void {
  server.load(...demoClusterObjects());
}
