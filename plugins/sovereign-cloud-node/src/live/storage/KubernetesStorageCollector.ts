import { SovereignClusterEntity } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import type {
  OptionalComponent,
  PersistentVolumeSummary,
  StorageReport,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { parseQuantity } from '../../evidence/probes/nodes/parseQuantity';
import { readOptional } from '../../evidence/probes/readOptional';
import { KubernetesObject } from '../../kubernetes/types';
import {
  LiveCollectOptions,
  LiveKubernetesReader,
  LiveReadContext,
} from './LiveKubernetesReader';
import { storageBackendOf } from './storageBackend';
import {
  CephPoolResource,
  StorageClassResource,
  summariseStorageClass,
} from './storageClasses';
import {
  summariseBackup,
  summariseCephCluster,
  summariseClaim,
  summariseCsiDriver,
  summariseLonghornVolume,
  summariseSnapshot,
} from './storageComponents';
import { summariseStorage } from './summariseStorage';
import { PersistentVolumeResource, placeVolume } from './volumePlacement';

/**
 * Reads one cluster's storage for the storage card. Never throws for a
 * cluster's problems: they are the report's `status` and `reason`.
 * @public
 */
export interface StorageCollector {
  collect(
    entity: SovereignClusterEntity,
    options?: LiveCollectOptions,
  ): Promise<StorageReport>;
}

const list = <T extends KubernetesObject = KubernetesObject>(
  { client, signal }: LiveReadContext,
  apiVersion: string,
  kind: string,
  labelSelector?: string,
) =>
  client
    .list<T>(apiVersion, kind, {
      signal,
      ...(labelSelector ? { labelSelector } : {}),
    })
    .then(l => l.items);

/** A list of a CRD's kind, or undefined when the CRD is not installed. */
const listOptional = <T extends KubernetesObject = KubernetesObject>(
  context: LiveReadContext,
  apiVersion: string,
  kind: string,
) => readOptional(() => list<T>(context, apiVersion, kind));

/** Each section reads independently, so one failing read leaves the rest. */
const SECTIONS = {
  csiDrivers: (c: LiveReadContext) => list(c, 'storage.k8s.io/v1', 'CSIDriver'),
  storageClasses: (c: LiveReadContext) =>
    list<StorageClassResource>(c, 'storage.k8s.io/v1', 'StorageClass'),
  persistentVolumes: (c: LiveReadContext) =>
    list<PersistentVolumeResource>(c, 'v1', 'PersistentVolume'),
  persistentVolumeClaims: (c: LiveReadContext) =>
    list(c, 'v1', 'PersistentVolumeClaim'),
  nodes: (c: LiveReadContext) => c.nodes(),
  ceph: async (c: LiveReadContext) => {
    const clusters = await listOptional(c, 'ceph.rook.io/v1', 'CephCluster');
    if (!clusters) return undefined;
    const [pools, filesystems, osds] = await Promise.all([
      listOptional<CephPoolResource>(c, 'ceph.rook.io/v1', 'CephBlockPool'),
      listOptional<CephPoolResource>(c, 'ceph.rook.io/v1', 'CephFilesystem'),
      list(c, 'v1', 'Pod', 'app=rook-ceph-osd'),
    ]);
    return {
      clusters,
      pools: pools ?? [],
      filesystems: filesystems ?? [],
      osdNodes: osds
        .map(pod => (pod.spec as { nodeName?: string } | undefined)?.nodeName)
        .filter((n): n is string => Boolean(n)),
    };
  },
  longhorn: async (c: LiveReadContext) => {
    const volumes = await listOptional(c, 'longhorn.io/v1beta2', 'Volume');
    if (!volumes) return undefined;
    const replicas =
      (await listOptional(c, 'longhorn.io/v1beta2', 'Replica')) ?? [];
    return { volumes, replicas };
  },
  snapshots: (c: LiveReadContext) =>
    listOptional(c, 'snapshot.storage.k8s.io/v1', 'VolumeSnapshot'),
  backups: (c: LiveReadContext) => listOptional(c, 'velero.io/v1', 'Backup'),
};

function component<T>(
  read: boolean,
  items: KubernetesObject[] | undefined,
  summarise: (o: KubernetesObject) => T,
): OptionalComponent<T> | undefined {
  if (!read) return undefined;
  return items
    ? { installed: true, items: items.map(summarise) }
    : { installed: false };
}

/**
 * Storage from a cluster's Kubernetes API: CSI drivers, StorageClasses
 * (default, backend, encryption, replication from Rook pools or Longhorn
 * parameters), PVs placed at locations, PVCs, Rook `CephCluster` health and
 * capacity, Longhorn volume robustness, VolumeSnapshots and Velero Backups.
 * A CRD that is not installed is `installed: false`, not a failure.
 * @public
 */
export class KubernetesStorageCollector implements StorageCollector {
  readonly #reader: LiveKubernetesReader;

  static create(options: { reader: LiveKubernetesReader }) {
    return new KubernetesStorageCollector(options.reader);
  }

  private constructor(reader: LiveKubernetesReader) {
    this.#reader = reader;
  }

  async collect(
    entity: SovereignClusterEntity,
    options: LiveCollectOptions = {},
  ): Promise<StorageReport> {
    const { base, results: r } = await this.#reader.read(
      entity,
      SECTIONS,
      options,
    );
    const read = (section: keyof typeof SECTIONS) =>
      base.status !== 'failed' &&
      base.status !== 'not-configured' &&
      !base.problems.some(p => p.section === section);

    const ceph = r.ceph;
    const classes = await Promise.all(
      (r.storageClasses ?? []).map(sc =>
        summariseStorageClass(sc, {
          pools: ceph?.pools ?? [],
          filesystems: ceph?.filesystems ?? [],
        }),
      ),
    );
    classes.sort((a, b) => a.name.localeCompare(b.name));

    const nodes = r.nodes ?? [];
    const longhornReplicaNodes = new Map<string, string[]>();
    for (const replica of r.longhorn?.replicas ?? []) {
      const spec = (replica.spec ?? {}) as {
        volumeName?: string;
        nodeID?: string;
      };
      if (!spec.volumeName || !spec.nodeID) continue;
      const held = longhornReplicaNodes.get(spec.volumeName) ?? [];
      longhornReplicaNodes.set(spec.volumeName, [...held, spec.nodeID]);
    }
    const volumes: PersistentVolumeSummary[] = (r.persistentVolumes ?? [])
      .map(pv => {
        const claim = pv.spec?.claimRef;
        return {
          name: pv.metadata.name ?? '',
          ...(pv.spec?.storageClassName
            ? { storageClass: pv.spec.storageClassName }
            : {}),
          backend: storageBackendOf(pv.spec?.csi?.driver),
          capacityBytes: Math.max(
            0,
            parseQuantity(pv.spec?.capacity?.storage) ?? 0,
          ),
          ...(pv.status?.phase ? { phase: pv.status.phase } : {}),
          ...(claim?.name
            ? { claim: { namespace: claim.namespace ?? '', name: claim.name } }
            : {}),
          placement: placeVolume(pv, nodes, {
            cephOsdNodes: ceph?.osdNodes ?? [],
            longhornReplicaNodes,
          }),
        };
      })
      .sort((a, b) => a.name.localeCompare(b.name));
    const claims = (r.persistentVolumeClaims ?? [])
      .map(summariseClaim)
      .sort(
        (a, b) =>
          a.namespace.localeCompare(b.namespace) ||
          a.name.localeCompare(b.name),
      );

    // An optional component stays absent when its section failed.
    const cephComponent = component(
      read('ceph'),
      ceph?.clusters,
      summariseCephCluster,
    );
    const longhorn = component(
      read('longhorn'),
      r.longhorn?.volumes,
      summariseLonghornVolume,
    );
    const snapshots = component(
      read('snapshots'),
      r.snapshots,
      summariseSnapshot,
    );
    const backups = component(read('backups'), r.backups, summariseBackup);
    const report: StorageReport = {
      ...base,
      csiDrivers: (r.csiDrivers ?? [])
        .map(summariseCsiDriver)
        .sort((a, b) => a.name.localeCompare(b.name)),
      classes,
      volumes,
      claims,
      ...(cephComponent ? { ceph: cephComponent } : {}),
      ...(longhorn ? { longhorn } : {}),
      ...(snapshots ? { snapshots } : {}),
      ...(backups ? { backups } : {}),
      summary: summariseStorage({
        classes,
        volumes,
        claims,
        nodes,
        ceph: cephComponent,
        longhorn,
      }),
    };
    return report;
  }
}
