import { StorageBackend } from '../entities/vocabulary';
import { LiveCollectionStatus } from './status';

/*
 * Shapes of the live storage card: what a cluster's Kubernetes API says about
 * its storage, read by the backend's storage collector.
 */

/**
 * Where a live card's data came from.
 * @public
 */
export type LiveKubernetesSource = {
  type: 'kubernetes';
  /** The SovereignCluster's name. */
  cluster: string;
  /** Its entity reference, e.g. `sovereigncluster:default/eu-a`. */
  entityRef: string;
};

/**
 * One part of a collection that could not be read, e.g. `ceph`: `API server answered 500`.
 * @public
 */
export type LiveSectionProblem = { section: string; reason: string };

/**
 * What every live Kubernetes card response carries.
 * @public
 */
export type LiveKubernetesReportBase = {
  source: LiveKubernetesSource;
  status: LiveCollectionStatus;
  /** When the data was read; absent when it never was. */
  collectedAt?: string;
  /** Why the report is failed, partial or not configured; never contains secrets. */
  reason?: string;
  problems: LiveSectionProblem[];
  durationMs: number;
};

/**
 * A component read from CRDs that may not be installed: a missing CRD is
 * `installed: false`, not an error.
 * @public
 */
export type OptionalComponent<T> =
  | { installed: false }
  | { installed: true; items: T[] };

/** @public */
export type StorageBackendKind = StorageBackend | 'other';

/** @public */
export type CsiDriverSummary = {
  name: string;
  backend: StorageBackendKind;
  attachRequired?: boolean;
  volumeLifecycleModes: string[];
};

/**
 * Encryption at rest of the volumes a class provisions, from the parameters
 * its provisioner documents. `encrypted: null` when the provisioner is not known.
 * @public
 */
export type StorageClassEncryption = {
  encrypted: boolean | null;
  /** ceph-csi `encryptionKMSID`, AWS `kmsKeyId` and the like: a name, never a key. */
  kms?: string;
  /** The parameter the answer was read from, e.g. `parameters.encrypted`. */
  how: string;
};

/**
 * How many copies of each byte the backend keeps.
 * @public
 */
export type StorageReplication = {
  /** Full copies (replicated pools, Longhorn replicas). */
  replicas?: number;
  /** Erasure coding instead of copies. */
  erasureCoded?: { dataChunks: number; codingChunks: number };
  /** Topology level replicas are spread across (Ceph `failureDomain`). */
  failureDomain?: string;
  /** Where it was read, e.g. `CephBlockPool rook-ceph/replicapool`. */
  source: string;
};

/** @public */
export type StorageClassSummary = {
  name: string;
  provisioner: string;
  backend: StorageBackendKind;
  isDefault: boolean;
  reclaimPolicy?: string;
  volumeBindingMode?: string;
  allowVolumeExpansion: boolean;
  encryption: StorageClassEncryption;
  /** Unknown when the backend does not say (provider CSI) or it could not be read. */
  replication?: StorageReplication;
};

/**
 * Where a volume's bytes physically live:
 * `node-affinity` — the PV's topology (zone/region/host) names them;
 * `ceph-osds` — spread over the nodes running the Ceph OSDs;
 * `longhorn-replicas` — on the nodes holding its Longhorn replicas;
 * `unknown` — nothing says.
 * @public
 */
export type VolumePlacement = {
  /** Location ids of the provider catalogue, or raw topology values it does not know. */
  locations: string[];
  how: 'node-affinity' | 'ceph-osds' | 'longhorn-replicas' | 'unknown';
};

/** @public */
export type PersistentVolumeSummary = {
  name: string;
  storageClass?: string;
  backend: StorageBackendKind;
  capacityBytes: number;
  phase?: string;
  claim?: { namespace: string; name: string };
  placement: VolumePlacement;
};

/** @public */
export type PersistentVolumeClaimSummary = {
  namespace: string;
  name: string;
  storageClass?: string;
  requestedBytes: number;
  /** Provisioned capacity, once bound. */
  capacityBytes?: number;
  phase?: string;
  volume?: string;
};

/**
 * A Rook `CephCluster` (`status.ceph`).
 * @public
 */
export type CephClusterSummary = {
  namespace: string;
  name: string;
  /** `HEALTH_OK`, `HEALTH_WARN`, `HEALTH_ERR`; absent before Ceph reported. */
  health?: string;
  phase?: string;
  version?: string;
  capacity?: { bytesTotal: number; bytesUsed: number; bytesAvailable?: number };
  /** When Ceph last reported capacity. */
  capacityUpdatedAt?: string;
  /** Health check messages, e.g. `Degraded data redundancy`. */
  messages: string[];
};

/**
 * A Longhorn `Volume` (longhorn.io/v1beta2).
 * @public
 */
export type LonghornVolumeSummary = {
  name: string;
  /** `healthy`, `degraded`, `faulted` or `unknown`. */
  robustness: string;
  state?: string;
  sizeBytes: number;
  numberOfReplicas?: number;
  encrypted: boolean;
  pvc?: { namespace: string; name: string };
  node?: string;
};

/** @public */
export type VolumeSnapshotSummary = {
  namespace: string;
  name: string;
  sourceClaim?: string;
  readyToUse?: boolean;
  restoreSizeBytes?: number;
  createdAt?: string;
};

/**
 * A Velero `Backup` (velero.io/v1).
 * @public
 */
export type BackupSummary = {
  namespace: string;
  name: string;
  /** `Completed`, `PartiallyFailed`, `Failed`, `InProgress`… */
  phase?: string;
  storageLocation?: string;
  completedAt?: string;
  expiresAt?: string;
};

/**
 * Capacity of persistent volumes on one set of locations (a volume spread
 * over several locations counts once, under all of them).
 * @public
 */
export type StorageLocationShare = {
  locations: string[];
  countries: string[];
  providers: string[];
  volumes: number;
  capacityBytes: number;
};

/** @public */
export type StorageClassShare = {
  storageClass: string;
  backend: StorageBackendKind;
  volumes: number;
  capacityBytes: number;
};

/** @public */
export type StorageSummary = {
  defaultClass?: string;
  volumes: number;
  capacityBytes: number;
  /** Requested by claims. */
  claimedBytes: number;
  /** Capacity on classes that encrypt; unknown classes count as neither. */
  encryptedBytes: number;
  unencryptedBytes: number;
  byClass: StorageClassShare[];
  byLocation: StorageLocationShare[];
  /** Ceph raw capacity over all CephClusters. */
  cephBytesTotal?: number;
  cephBytesUsed?: number;
  /** Longhorn volumes not `healthy`. */
  longhornNotHealthy: number;
};

/**
 * `GET /live/storage/:namespace/:name`: one cluster's storage as observed.
 * Collections are empty when failed or not configured; an optional component
 * is absent when it could not be read (see `problems`).
 * @public
 */
export type StorageReport = LiveKubernetesReportBase & {
  csiDrivers: CsiDriverSummary[];
  classes: StorageClassSummary[];
  volumes: PersistentVolumeSummary[];
  claims: PersistentVolumeClaimSummary[];
  ceph?: OptionalComponent<CephClusterSummary>;
  longhorn?: OptionalComponent<LonghornVolumeSummary>;
  snapshots?: OptionalComponent<VolumeSnapshotSummary>;
  backups?: OptionalComponent<BackupSummary>;
  summary: StorageSummary;
};
