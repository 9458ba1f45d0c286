import type { VolumePlacement } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { KubernetesObject } from '../../kubernetes/types';
import { LiveNode } from './LiveKubernetesReader';

/** A PersistentVolume as far as capacity and placement go. */
export interface PersistentVolumeResource extends KubernetesObject {
  spec?: {
    capacity?: { storage?: string };
    storageClassName?: string;
    claimRef?: { namespace?: string; name?: string };
    csi?: { driver?: string; volumeHandle?: string };
    nodeAffinity?: {
      required?: {
        nodeSelectorTerms?: {
          matchExpressions?: {
            key: string;
            operator: string;
            values?: string[];
          }[];
        }[];
      };
    };
  };
  status?: { phase?: string };
}

const TOPOLOGY_LABELS = [
  'topology.kubernetes.io/zone',
  'topology.kubernetes.io/region',
  'failure-domain.beta.kubernetes.io/zone',
  'failure-domain.beta.kubernetes.io/region',
];

/** A node's location: the catalogue's id, else its raw zone or region label. */
export function locationOfNode(node: LiveNode): string {
  const labels = node.object.metadata.labels ?? {};
  return (
    node.located.location ??
    TOPOLOGY_LABELS.map(k => labels[k]).find(Boolean) ??
    'unknown'
  );
}

const sorted = (values: Iterable<string>) => [...new Set(values)].sort();

/**
 * The locations a PV's required node affinity allows: the nodes whose
 * labels satisfy a term (`In` only, the operator provisioners write), or
 * the raw zone/region values when no node carries them.
 */
function affinityLocations(
  pv: PersistentVolumeResource,
  nodes: LiveNode[],
): string[] {
  const terms = pv.spec?.nodeAffinity?.required?.nodeSelectorTerms ?? [];
  const found = new Set<string>();
  for (const term of terms) {
    const expressions = (term.matchExpressions ?? []).filter(
      e => e.operator === 'In' && e.values?.length,
    );
    if (expressions.length === 0) continue;
    const matching = nodes.filter(node =>
      expressions.every(e =>
        e.values!.includes(node.object.metadata.labels?.[e.key] ?? '\0'),
      ),
    );
    if (matching.length > 0) {
      matching.forEach(n => found.add(locationOfNode(n)));
      continue;
    }
    for (const e of expressions) {
      if (TOPOLOGY_LABELS.includes(e.key)) e.values!.forEach(v => found.add(v));
    }
  }
  return sorted(found);
}

/** Nodes that hold a backend's data, by node name, for volumes without affinity. */
export interface DataNodes {
  /** Nodes running Rook Ceph OSDs (`app=rook-ceph-osd`). */
  cephOsdNodes: string[];
  /** Longhorn volume name → nodes holding its replicas. */
  longhornReplicaNodes: Map<string, string[]>;
}

/** Where a PV's bytes physically live. */
export function placeVolume(
  pv: PersistentVolumeResource,
  nodes: LiveNode[],
  data: DataNodes,
): VolumePlacement {
  const byAffinity = affinityLocations(pv, nodes);
  if (byAffinity.length > 0) {
    return { locations: byAffinity, how: 'node-affinity' };
  }
  const located = (names: string[]) =>
    sorted(
      nodes
        .filter(n => names.includes(n.object.metadata.name ?? ''))
        .map(locationOfNode),
    );
  const driver = pv.spec?.csi?.driver ?? '';
  if (/(^|\.)(rbd|cephfs)\.csi\.ceph\.com$/.test(driver)) {
    const locations = located(data.cephOsdNodes);
    if (locations.length > 0) return { locations, how: 'ceph-osds' };
  }
  if (driver === 'driver.longhorn.io') {
    const handle = pv.spec?.csi?.volumeHandle ?? pv.metadata.name ?? '';
    const locations = located(data.longhornReplicaNodes.get(handle) ?? []);
    if (locations.length > 0) return { locations, how: 'longhorn-replicas' };
  }
  return { locations: [], how: 'unknown' };
}
