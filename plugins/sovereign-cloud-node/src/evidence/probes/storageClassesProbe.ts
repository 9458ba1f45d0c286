import { VolumeKeyCustody } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { ClusterAccessDeniedError } from '../../kubernetes/errors/KubernetesApiError';
import { KubernetesClusterClient } from '../../kubernetes/KubernetesClusterClient';
import { KubernetesObject } from '../../kubernetes/types';
import { EvidenceProbe } from './EvidenceProbe';
import { count, observed } from './observe';
import { readOptional } from './readOptional';
import {
  CephKmsLookup,
  ClassCustody,
  custodyOf,
  StorageClassObject,
  weakestCustody,
} from './storage/volumeKeyCustody';

interface PersistentVolumeObject extends KubernetesObject {
  spec?: { storageClassName?: string };
}

/** Reads that add detail but may be denied without failing the probe. */
async function bestEffort<T>(read: () => Promise<T>): Promise<T | undefined> {
  try {
    return await readOptional(read);
  } catch (error) {
    if (error instanceof ClusterAccessDeniedError) return undefined;
    throw error;
  }
}

function kmsTypeOf(json: string | undefined): string | undefined {
  if (!json) return undefined;
  try {
    const value = JSON.parse(json) as Record<string, unknown>;
    const type = value.encryptionKMSType ?? value.KMS_PROVIDER;
    return typeof type === 'string' ? type : undefined;
  } catch {
    return undefined;
  }
}

/**
 * ceph-csi keeps KMS settings in ConfigMap `csi-kms-connection-details`
 * (one key per KMS id) or `ceph-csi-encryption-kms-config` (`config.json`).
 */
function cephKmsLookup(
  client: KubernetesClusterClient,
  signal: AbortSignal,
): CephKmsLookup {
  const configMap = (namespace: string, name: string) =>
    bestEffort(() =>
      client.get(
        { apiVersion: 'v1', kind: 'ConfigMap', namespace, name },
        { signal },
      ),
    ).then(cm => (cm?.data ?? {}) as Record<string, string>);
  return async (kmsId, namespaces) => {
    for (const namespace of namespaces) {
      const details = await configMap(namespace, 'csi-kms-connection-details');
      const type = kmsTypeOf(details[kmsId]);
      if (type) return type;
      const legacy = await configMap(
        namespace,
        'ceph-csi-encryption-kms-config',
      );
      try {
        const all = JSON.parse(legacy['config.json'] ?? '{}');
        const fromLegacy = kmsTypeOf(JSON.stringify(all[kmsId] ?? {}));
        if (fromLegacy) return fromLegacy;
      } catch {
        // Not JSON: nothing to learn from it.
      }
    }
    return undefined;
  };
}

/**
 * StorageClasses (encryption parameters of known provisioners) and
 * PersistentVolumes (which classes hold data) → `volumeKeys`: the weakest
 * custody among the classes in use; `no-persistent-volumes` without PVs.
 */
export const storageClassesProbe: EvidenceProbe = {
  name: 'storage-classes',
  async run({ client, signal }) {
    const [classes, volumes] = await Promise.all([
      client.list<StorageClassObject & KubernetesObject>(
        'storage.k8s.io/v1',
        'StorageClass',
        { signal },
      ),
      bestEffort(() =>
        client.list<PersistentVolumeObject>('v1', 'PersistentVolume', {
          signal,
        }),
      ),
    ]);
    if (volumes && volumes.items.length === 0) {
      return {
        status: 'ok',
        observed: {
          volumeKeys: observed(
            'no-persistent-volumes' as const,
            'persistentvolumes',
          ),
        },
        detail: `no PersistentVolumes; ${count(
          classes.items.length,
          'StorageClass',
        )}`,
      };
    }

    const lookup = cephKmsLookup(client, signal);
    const byName = new Map<string, ClassCustody>();
    for (const sc of classes.items) {
      byName.set(sc.metadata.name ?? '', await custodyOf(sc, lookup));
    }

    // PVs tell which classes hold data; without them, every class counts.
    const inUse = new Map<string, number>();
    for (const pv of volumes?.items ?? []) {
      const name = pv.spec?.storageClassName ?? '';
      inUse.set(name, (inUse.get(name) ?? 0) + 1);
    }
    const names = volumes ? [...inUse.keys()] : [...byName.keys()];
    if (names.length === 0) {
      return { status: 'skipped', observed: {}, reason: 'no StorageClasses' };
    }
    const custodies: VolumeKeyCustody[] = [];
    const details: string[] = [];
    for (const name of names.sort()) {
      const found = byName.get(name);
      const custody = found?.custody ?? 'unknown';
      const why =
        found?.why ??
        (name
          ? 'StorageClass not found'
          : 'no StorageClass (statically provisioned)');
      custodies.push(custody);
      const pvs = inUse.get(name);
      details.push(
        `${name || '(none)'}: ${custody} — ${why}${
          pvs ? ` (${count(pvs, 'PV')})` : ''
        }`,
      );
    }
    if (!volumes)
      details.push(
        'PersistentVolumes not readable: every StorageClass counted',
      );

    const value = weakestCustody(custodies);
    return {
      status: 'ok',
      observed:
        value === null
          ? {}
          : {
              volumeKeys: observed(
                value,
                volumes
                  ? 'storageclasses, persistentvolumes'
                  : 'storageclasses',
              ),
            },
      detail: `${
        value === null
          ? 'volume key custody not established (a class in use is unknown)'
          : `weakest custody in use: ${value}`
      }; ${details.join('; ')}`,
    };
  },
};
