import type {
  StorageClassEncryption,
  StorageClassSummary,
  StorageReplication,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import {
  custodyOf,
  StorageClassObject,
} from '../../evidence/probes/storage/volumeKeyCustody';
import { KubernetesObject } from '../../kubernetes/types';
import { storageBackendOf } from './storageBackend';

/** A StorageClass as the live card reads it. */
export interface StorageClassResource extends KubernetesObject {
  provisioner?: string;
  parameters?: Record<string, string>;
  reclaimPolicy?: string;
  volumeBindingMode?: string;
  allowVolumeExpansion?: boolean;
}

interface PoolSpec {
  replicated?: { size?: number };
  erasureCoded?: { dataChunks?: number; codingChunks?: number };
  failureDomain?: string;
}

/** Rook `CephBlockPool` and `CephFilesystem` (ceph.rook.io/v1), as far as replication goes. */
export interface CephPoolResource extends KubernetesObject {
  spec?: PoolSpec & { dataPools?: (PoolSpec & { name?: string })[] };
}

const DEFAULT_CLASS_ANNOTATIONS = [
  'storageclass.kubernetes.io/is-default-class',
  'storageclass.beta.kubernetes.io/is-default-class',
];

// Parameters that name (never hold) the key protecting a class's volumes.
const KMS_PARAMETERS = [
  'encryptionKMSID',
  'kmsKeyId',
  'disk-encryption-kms-key',
  'DiskEncryptionSetID',
  'diskEncryptionSetID',
];

/**
 * Reuses the posture probe's reading of each provisioner's documented
 * encryption parameters; only whether they encrypt matters here, so the
 * KMS configuration is not looked up.
 */
async function encryptionOf(
  sc: StorageClassResource,
): Promise<StorageClassEncryption> {
  const { custody, why } = await custodyOf(
    sc as StorageClassObject,
    async () => undefined,
  );
  const parameters = sc.parameters ?? {};
  const kmsKey = KMS_PARAMETERS.find(k => parameters[k]);
  return {
    encrypted: custody === 'unknown' ? null : custody !== 'none',
    ...(kmsKey ? { kms: parameters[kmsKey] } : {}),
    how: why,
  };
}

function poolReplication(
  spec: PoolSpec | undefined,
  source: string,
): StorageReplication | undefined {
  if (!spec) return undefined;
  const { replicated, erasureCoded, failureDomain } = spec;
  const replication: StorageReplication = { source };
  if (replicated?.size) replication.replicas = replicated.size;
  if (erasureCoded?.dataChunks && erasureCoded.codingChunks !== undefined) {
    replication.erasureCoded = {
      dataChunks: erasureCoded.dataChunks,
      codingChunks: erasureCoded.codingChunks,
    };
  }
  if (failureDomain) replication.failureDomain = failureDomain;
  return replication.replicas || replication.erasureCoded
    ? replication
    : undefined;
}

/**
 * ceph-csi classes name their pool (`pool`, RBD) or filesystem (`fsName`,
 * CephFS; data pool `<fsName>-<pool>` in Rook) and the Rook cluster
 * namespace (`clusterID`); the pool's spec says how it replicates.
 */
function cephReplication(
  parameters: Record<string, string>,
  pools: CephPoolResource[],
  filesystems: CephPoolResource[],
): StorageReplication | undefined {
  const namespace = parameters.clusterID;
  const inCluster = (o: CephPoolResource) =>
    !namespace || o.metadata.namespace === namespace;
  if (parameters.fsName) {
    const fs = filesystems.find(
      f => f.metadata.name === parameters.fsName && inCluster(f),
    );
    const dataPools = fs?.spec?.dataPools ?? [];
    const pool =
      dataPools.find(
        p => `${parameters.fsName}-${p.name}` === parameters.pool,
      ) ?? dataPools[0];
    return poolReplication(
      pool,
      `CephFilesystem ${fs?.metadata.namespace}/${fs?.metadata.name}`,
    );
  }
  const name = parameters.pool ?? parameters.dataPool;
  const pool = pools.find(p => p.metadata.name === name && inCluster(p));
  return pool
    ? poolReplication(
        pool.spec,
        `CephBlockPool ${pool.metadata.namespace}/${pool.metadata.name}`,
      )
    : undefined;
}

/** One StorageClass for the card: backend, default, encryption and replication. */
export async function summariseStorageClass(
  sc: StorageClassResource,
  ceph: { pools: CephPoolResource[]; filesystems: CephPoolResource[] },
): Promise<StorageClassSummary> {
  const parameters = sc.parameters ?? {};
  const backend = storageBackendOf(sc.provisioner);
  let replication: StorageReplication | undefined;
  if (backend === 'rook-ceph') {
    replication = cephReplication(parameters, ceph.pools, ceph.filesystems);
  } else if (backend === 'longhorn') {
    const replicas = Number(parameters.numberOfReplicas);
    if (Number.isInteger(replicas) && replicas > 0) {
      replication = { replicas, source: 'parameters.numberOfReplicas' };
    }
  }
  const annotations = sc.metadata.annotations ?? {};
  return {
    name: sc.metadata.name ?? '',
    provisioner: sc.provisioner ?? '',
    backend,
    isDefault: DEFAULT_CLASS_ANNOTATIONS.some(
      a => annotations[a]?.trim().toLowerCase() === 'true',
    ),
    ...(sc.reclaimPolicy ? { reclaimPolicy: sc.reclaimPolicy } : {}),
    ...(sc.volumeBindingMode
      ? { volumeBindingMode: sc.volumeBindingMode }
      : {}),
    allowVolumeExpansion: sc.allowVolumeExpansion === true,
    encryption: await encryptionOf(sc),
    ...(replication ? { replication } : {}),
  };
}
