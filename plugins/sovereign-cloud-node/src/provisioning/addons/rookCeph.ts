import type { KubernetesObject } from '../../kubernetes/types';
import type { Addon } from './components';
import type { AddonStorage } from './types';

const NAMESPACE = 'rook-ceph';
const POOL = 'replicapool';
export const ROOK_CEPH_STORAGE_CLASS = 'rook-ceph-block';

/**
 * Rook-Ceph (reference §5.1): the operator chart, then the cluster objects
 * it reconciles: a `CephCluster` with on-wire (msgr2) encryption, since
 * replicas travel between nodes and zones, a replicated `CephBlockPool`
 * spread over the requested failure domain, and the RBD `StorageClass`.
 */
export function rookCephAddons(
  storage: AddonStorage,
  monitoring: boolean,
): Addon[] {
  return [
    {
      kind: 'helm',
      id: 'rook-ceph',
      stage: 'storage',
      sourceId: 'rook-ceph',
      releaseName: 'rook-ceph',
      targetNamespace: NAMESPACE,
      values: { crds: { enabled: true } },
    },
    {
      kind: 'manifests',
      id: 'rook-ceph-cluster',
      stage: 'storage-config',
      objects: [
        cephCluster(monitoring),
        cephBlockPool(storage),
        storageClass(),
      ],
    },
  ];
}

function cephCluster(monitoring: boolean): KubernetesObject {
  return {
    apiVersion: 'ceph.rook.io/v1',
    kind: 'CephCluster',
    metadata: { name: 'rook-ceph', namespace: NAMESPACE },
    spec: {
      cephVersion: { image: 'quay.io/ceph/ceph:v20.2.4' },
      dataDirHostPath: '/var/lib/rook',
      mon: { count: 3, allowMultiplePerNode: false },
      mgr: { count: 2 },
      dashboard: { enabled: true, ssl: true },
      // ServiceMonitors need the prometheus-operator CRDs from kube-prometheus-stack.
      monitoring: { enabled: monitoring },
      network: { connections: { encryption: { enabled: true } } },
      storage: { useAllNodes: true, useAllDevices: true },
    },
  };
}

function cephBlockPool(storage: AddonStorage): KubernetesObject {
  return {
    apiVersion: 'ceph.rook.io/v1',
    kind: 'CephBlockPool',
    metadata: { name: POOL, namespace: NAMESPACE },
    spec: {
      // host | zone | region: one replica per value of that CRUSH level.
      failureDomain: storage.failureDomain,
      replicated: {
        size: storage.replication,
        // Ceph refuses size 1 unless this is off.
        requireSafeReplicaSize: storage.replication > 1,
      },
    },
  };
}

function storageClass(): KubernetesObject {
  const secrets = (prefix: string, secret: string) => ({
    [`csi.storage.k8s.io/${prefix}-secret-name`]: secret,
    [`csi.storage.k8s.io/${prefix}-secret-namespace`]: NAMESPACE,
  });
  return {
    apiVersion: 'storage.k8s.io/v1',
    kind: 'StorageClass',
    metadata: {
      name: ROOK_CEPH_STORAGE_CLASS,
      annotations: { 'storageclass.kubernetes.io/is-default-class': 'true' },
    },
    provisioner: `${NAMESPACE}.rbd.csi.ceph.com`,
    parameters: {
      clusterID: NAMESPACE,
      pool: POOL,
      imageFormat: '2',
      imageFeatures: 'layering',
      ...secrets('provisioner', 'rook-csi-rbd-provisioner'),
      ...secrets('controller-expand', 'rook-csi-rbd-provisioner'),
      ...secrets('node-stage', 'rook-csi-rbd-node'),
      'csi.storage.k8s.io/fstype': 'ext4',
    },
    allowVolumeExpansion: true,
    reclaimPolicy: 'Delete',
  };
}
