import type {
  LonghornVolumeSummary,
  OptionalComponent,
  CephClusterSummary,
  PersistentVolumeClaimSummary,
  PersistentVolumeSummary,
  StorageClassShare,
  StorageClassSummary,
  StorageLocationShare,
  StorageSummary,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { LiveNode } from './LiveKubernetesReader';
import { locationOfNode } from './volumePlacement';

const itemsOf = <T>(component: OptionalComponent<T> | undefined): T[] =>
  component?.installed ? component.items : [];

/**
 * Capacity by class and by set of locations, encrypted versus not, Ceph raw
 * capacity and unhealthy Longhorn volumes. Largest shares first.
 */
export function summariseStorage(input: {
  classes: StorageClassSummary[];
  volumes: PersistentVolumeSummary[];
  claims: PersistentVolumeClaimSummary[];
  nodes: LiveNode[];
  ceph?: OptionalComponent<CephClusterSummary>;
  longhorn?: OptionalComponent<LonghornVolumeSummary>;
}): StorageSummary {
  const { classes, volumes, claims, nodes } = input;
  const classByName = new Map(classes.map(c => [c.name, c]));

  const byClass = new Map<string, StorageClassShare>();
  const byLocation = new Map<string, StorageLocationShare>();
  let encryptedBytes = 0;
  let unencryptedBytes = 0;
  for (const volume of volumes) {
    const className = volume.storageClass ?? '';
    const share = byClass.get(className) ?? {
      storageClass: className,
      backend: volume.backend,
      volumes: 0,
      capacityBytes: 0,
    };
    share.volumes++;
    share.capacityBytes += volume.capacityBytes;
    byClass.set(className, share);

    const encrypted = classByName.get(className)?.encryption.encrypted;
    if (encrypted === true) encryptedBytes += volume.capacityBytes;
    if (encrypted === false) unencryptedBytes += volume.capacityBytes;

    const key = volume.placement.locations.join(' + ');
    const place = byLocation.get(key) ?? {
      locations: volume.placement.locations,
      countries: [],
      providers: [],
      volumes: 0,
      capacityBytes: 0,
    };
    place.volumes++;
    place.capacityBytes += volume.capacityBytes;
    byLocation.set(key, place);
  }

  // Countries and providers of a location set, from the nodes located there.
  for (const place of byLocation.values()) {
    const there = nodes.filter(n =>
      place.locations.includes(locationOfNode(n)),
    );
    place.countries = [
      ...new Set(there.map(n => n.located.country).filter(Boolean)),
    ].sort() as string[];
    place.providers = [...new Set(there.map(n => n.located.provider))].sort();
  }

  const cephClusters = itemsOf(input.ceph).filter(c => c.capacity);
  const largestFirst = <T extends { capacityBytes: number }>(values: T[]) =>
    values.sort((a, b) => b.capacityBytes - a.capacityBytes);
  const defaultClass = classes.find(c => c.isDefault)?.name;
  return {
    ...(defaultClass ? { defaultClass } : {}),
    volumes: volumes.length,
    capacityBytes: volumes.reduce((sum, v) => sum + v.capacityBytes, 0),
    claimedBytes: claims.reduce((sum, c) => sum + c.requestedBytes, 0),
    encryptedBytes,
    unencryptedBytes,
    byClass: largestFirst([...byClass.values()]),
    byLocation: largestFirst([...byLocation.values()]),
    ...(cephClusters.length > 0
      ? {
          cephBytesTotal: cephClusters.reduce(
            (sum, c) => sum + c.capacity!.bytesTotal,
            0,
          ),
          cephBytesUsed: cephClusters.reduce(
            (sum, c) => sum + c.capacity!.bytesUsed,
            0,
          ),
        }
      : {}),
    longhornNotHealthy: itemsOf(input.longhorn).filter(
      v => v.robustness !== 'healthy',
    ).length,
  };
}
