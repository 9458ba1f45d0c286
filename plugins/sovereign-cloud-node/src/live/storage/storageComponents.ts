import type {
  BackupSummary,
  CephClusterSummary,
  CsiDriverSummary,
  LonghornVolumeSummary,
  PersistentVolumeClaimSummary,
  VolumeSnapshotSummary,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { parseQuantity } from '../../evidence/probes/nodes/parseQuantity';
import { KubernetesObject } from '../../kubernetes/types';
import { storageBackendOf } from './storageBackend';

/*
 * Plain summaries of the storage objects the card shows, read from the
 * fields their projects document; anything missing stays absent.
 */

type Json = Record<string, any>;
const fieldsOf = (o: KubernetesObject, key: 'spec' | 'status'): Json =>
  (o[key] as Json | undefined) ?? {};
const bytes = (value: unknown) => Math.max(0, parseQuantity(value) ?? 0);
const text = (value: unknown) =>
  typeof value === 'string' && value ? value : undefined;
const optional = <K extends string, V>(key: K, value: V | undefined) =>
  (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;

/** storage.k8s.io/v1 CSIDriver. */
export function summariseCsiDriver(o: KubernetesObject): CsiDriverSummary {
  const spec = fieldsOf(o, 'spec');
  return {
    name: o.metadata.name ?? '',
    backend: storageBackendOf(o.metadata.name),
    ...optional(
      'attachRequired',
      typeof spec.attachRequired === 'boolean'
        ? spec.attachRequired
        : undefined,
    ),
    volumeLifecycleModes: Array.isArray(spec.volumeLifecycleModes)
      ? spec.volumeLifecycleModes.filter((m: unknown) => typeof m === 'string')
      : ['Persistent'],
  };
}

export function summariseClaim(
  o: KubernetesObject,
): PersistentVolumeClaimSummary {
  const spec = fieldsOf(o, 'spec');
  const status = fieldsOf(o, 'status');
  const capacity = status.capacity?.storage;
  return {
    namespace: o.metadata.namespace ?? '',
    name: o.metadata.name ?? '',
    ...optional('storageClass', text(spec.storageClassName)),
    requestedBytes: bytes(spec.resources?.requests?.storage),
    ...optional('capacityBytes', capacity ? bytes(capacity) : undefined),
    ...optional('phase', text(status.phase)),
    ...optional('volume', text(spec.volumeName)),
  };
}

/** Rook `CephCluster`: `status.ceph` health, capacity and health checks. */
export function summariseCephCluster(o: KubernetesObject): CephClusterSummary {
  const status = fieldsOf(o, 'status');
  const ceph: Json = status.ceph ?? {};
  const capacity: Json | undefined = ceph.capacity;
  const details: Json = ceph.details ?? {};
  return {
    namespace: o.metadata.namespace ?? '',
    name: o.metadata.name ?? '',
    ...optional('health', text(ceph.health)),
    ...optional('phase', text(status.phase)),
    ...optional('version', text(status.version?.version)),
    ...(capacity && capacity.bytesTotal !== undefined
      ? {
          capacity: {
            bytesTotal: bytes(capacity.bytesTotal),
            bytesUsed: bytes(capacity.bytesUsed),
            ...optional(
              'bytesAvailable',
              capacity.bytesAvailable === undefined
                ? undefined
                : bytes(capacity.bytesAvailable),
            ),
          },
        }
      : {}),
    ...optional('capacityUpdatedAt', text(capacity?.lastUpdated)),
    messages: Object.entries(details)
      .map(([check, d]) => `${check}: ${text((d as Json)?.message) ?? ''}`)
      .sort(),
  };
}

/** Longhorn `Volume` (longhorn.io/v1beta2). */
export function summariseLonghornVolume(
  o: KubernetesObject,
): LonghornVolumeSummary {
  const spec = fieldsOf(o, 'spec');
  const status = fieldsOf(o, 'status');
  const k8s: Json = status.kubernetesStatus ?? {};
  return {
    name: o.metadata.name ?? '',
    robustness: text(status.robustness) ?? 'unknown',
    ...optional('state', text(status.state)),
    sizeBytes: bytes(spec.size),
    ...optional(
      'numberOfReplicas',
      typeof spec.numberOfReplicas === 'number'
        ? spec.numberOfReplicas
        : undefined,
    ),
    encrypted: spec.encrypted === true,
    ...(text(k8s.pvcName)
      ? { pvc: { namespace: k8s.namespace ?? '', name: k8s.pvcName } }
      : {}),
    ...optional('node', text(status.currentNodeID)),
  };
}

/** snapshot.storage.k8s.io/v1 VolumeSnapshot. */
export function summariseSnapshot(o: KubernetesObject): VolumeSnapshotSummary {
  const spec = fieldsOf(o, 'spec');
  const status = fieldsOf(o, 'status');
  return {
    namespace: o.metadata.namespace ?? '',
    name: o.metadata.name ?? '',
    ...optional('sourceClaim', text(spec.source?.persistentVolumeClaimName)),
    ...optional(
      'readyToUse',
      typeof status.readyToUse === 'boolean' ? status.readyToUse : undefined,
    ),
    ...optional(
      'restoreSizeBytes',
      status.restoreSize === undefined ? undefined : bytes(status.restoreSize),
    ),
    ...optional('createdAt', text(status.creationTime)),
  };
}

/** Velero `Backup` (velero.io/v1). */
export function summariseBackup(o: KubernetesObject): BackupSummary {
  const spec = fieldsOf(o, 'spec');
  const status = fieldsOf(o, 'status');
  return {
    namespace: o.metadata.namespace ?? '',
    name: o.metadata.name ?? '',
    ...optional('phase', text(status.phase)),
    ...optional('storageLocation', text(spec.storageLocation)),
    ...optional('completedAt', text(status.completionTimestamp)),
    ...optional('expiresAt', text(status.expiration)),
  };
}
