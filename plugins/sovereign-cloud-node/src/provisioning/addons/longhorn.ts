import type { Addon } from './components';
import type { AddonStorage } from './types';

export const LONGHORN_STORAGE_CLASS = 'longhorn-replicated';

/**
 * Longhorn (reference §5.2). Replica spreading is a Longhorn setting, not a
 * StorageClass parameter: hard node anti-affinity always, hard zone
 * anti-affinity when the failure domain is the zone.
 */
export function longhornAddons(storage: AddonStorage): Addon[] {
  return [
    {
      kind: 'helm',
      id: 'longhorn',
      stage: 'storage',
      sourceId: 'longhorn',
      releaseName: 'longhorn',
      targetNamespace: 'longhorn-system',
      values: {
        defaultSettings: {
          defaultReplicaCount: storage.replication,
          replicaSoftAntiAffinity: false,
          replicaZoneSoftAntiAffinity: storage.failureDomain !== 'zone',
        },
        // The chart's own "longhorn" class stays, but is not the default.
        persistence: { defaultClass: false },
      },
    },
    {
      kind: 'manifests',
      id: 'longhorn-storage-class',
      stage: 'storage-config',
      objects: [
        {
          apiVersion: 'storage.k8s.io/v1',
          kind: 'StorageClass',
          metadata: {
            name: LONGHORN_STORAGE_CLASS,
            annotations: {
              'storageclass.kubernetes.io/is-default-class': 'true',
            },
          },
          provisioner: 'driver.longhorn.io',
          allowVolumeExpansion: true,
          reclaimPolicy: 'Delete',
          volumeBindingMode: 'WaitForFirstConsumer',
          parameters: {
            numberOfReplicas: String(storage.replication),
            staleReplicaTimeout: '2880',
            dataLocality: 'best-effort',
            fsType: 'ext4',
            dataEngine: 'v1',
          },
        },
      ],
    },
  ];
}
