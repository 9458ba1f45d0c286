import type { Addon } from './components';
import type { AddonStorage } from './types';

export const SIMPLYBLOCK_STORAGE_CLASS = 'simplyblock-csi-sc';

/**
 * Simplyblock CSI (reference §5.3). Protection is erasure coding inside one
 * simplyblock cluster: `replication - 1` parity chunks tolerate as many
 * storage-node losses as `replication` copies would. The chart's connection
 * settings (control-plane endpoint and secret) come from a Secret in the
 * management cluster through Flux `valuesFrom`, never from Git.
 */
export function simplyblockAddons(
  clusterName: string,
  storage: AddonStorage,
): Addon[] {
  const { clusterUuid, poolName } = storage.simplyblock!;
  return [
    {
      kind: 'helm',
      id: 'simplyblock-csi',
      stage: 'storage',
      sourceId: 'simplyblock-csi',
      releaseName: 'simplyblock-csi',
      targetNamespace: 'simplyblock',
      values: {},
      valuesFromSecret: `${clusterName}-simplyblock-csi-values`,
    },
    {
      kind: 'manifests',
      id: 'simplyblock-storage-class',
      stage: 'storage-config',
      objects: [
        {
          apiVersion: 'storage.k8s.io/v1',
          kind: 'StorageClass',
          metadata: {
            name: SIMPLYBLOCK_STORAGE_CLASS,
            annotations: {
              'storageclass.kubernetes.io/is-default-class': 'true',
            },
          },
          provisioner: 'csi.simplyblock.io',
          reclaimPolicy: 'Delete',
          volumeBindingMode: 'Immediate',
          allowVolumeExpansion: true,
          parameters: {
            'csi.storage.k8s.io/fstype': 'ext4',
            cluster_id: clusterUuid,
            pool_name: poolName,
            qos_rw_iops: '0',
            qos_rw_mbytes: '0',
            qos_r_mbytes: '0',
            qos_w_mbytes: '0',
            max_size: '0',
            compression: 'False',
            encryption: 'False',
            distr_ndcs: '1',
            distr_npcs: String(storage.replication - 1),
            lvol_priority_class: '0',
            max_namespace_per_subsys: '1',
            tune2fs_reserved_blocks: '0',
          },
        },
      ],
    },
  ];
}
