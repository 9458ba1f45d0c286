import { isEuEeaCountry } from '../jurisdictions/countries';
import { ClusterEvidence, DataPlacement, EvidenceNode } from './evidence';

/**
 * Derived shape of a cluster: capacity and data shares per provider, and
 * which providers host nodes, persistent data or backups.
 * @public
 */
export type ClusterTopology = {
  /** Null when the nodes are not evidenced. */
  nodes: EvidenceNode[] | null;
  totalVcpu: number;
  capacityShare: ReadonlyMap<string, number>;
  /** Falls back to the capacity share when data placement is unknown or empty. */
  dataShare: ReadonlyMap<string, number>;
  /** Providers hosting nodes, persistent data, backups or a managed control plane. */
  hostingProviders: readonly string[];
  /** Node facts the criteria read, gathered in the same pass over the nodes. */
  nodeFacts: NodeFacts;
};

/**
 * Facts over all nodes (counting `count`); zero/empty when nodes are unknown.
 * @public
 */
export type NodeFacts = {
  /** vCPU per provider hosting nodes (any role). */
  vcpuByProvider: ReadonlyMap<string, number>;
  /** Providers hosting worker capacity, sorted. */
  workerProviders: readonly string[];
  /** Control-plane (etcd) members, and per provider. */
  controlPlaneMembers: number;
  controlPlaneByProvider: ReadonlyMap<string, number>;
  /** Every node has a country. */
  locationsKnown: boolean;
  /** vCPU on nodes in the EU/EEA. */
  euVcpu: number;
  /** There are nodes and all are confidential-computing nodes. */
  allConfidential: boolean;
  /** Nodes with accelerators. */
  acceleratorNodes: number;
};

const countOf = (node: EvidenceNode) => node.count ?? 1;

function shares(weights: Map<string, number>): Map<string, number> {
  let total = 0;
  for (const w of weights.values()) total += w;
  const result = new Map<string, number>();
  if (total <= 0) return result;
  for (const [key, w] of weights) result.set(key, w / total);
  return result;
}

function dataWeights(
  placements: readonly DataPlacement[],
): Map<string, number> {
  const weights = new Map<string, number>();
  for (const p of placements) {
    weights.set(p.provider, (weights.get(p.provider) ?? 0) + (p.sizeGiB ?? 1));
  }
  return weights;
}

/** @public */
export function deriveTopology(evidence: ClusterEvidence): ClusterTopology {
  const nodes = evidence.nodes.value;
  const capacity = new Map<string, number>();
  const controlPlaneByProvider = new Map<string, number>();
  const workers = new Set<string>();
  let totalVcpu = 0;
  let euVcpu = 0;
  let controlPlaneMembers = 0;
  let acceleratorNodes = 0;
  let locationsKnown = true;
  let allConfidential = nodes !== null && nodes.length > 0;
  // Nodes of a cluster mostly share a country: look each run up once.
  let lastCountry: string | undefined;
  let lastInEu = false;
  for (const node of nodes ?? []) {
    const count = countOf(node);
    const vcpu = node.vcpu * count;
    totalVcpu += vcpu;
    capacity.set(node.provider, (capacity.get(node.provider) ?? 0) + vcpu);
    if (node.role === 'control-plane') {
      controlPlaneMembers += count;
      controlPlaneByProvider.set(
        node.provider,
        (controlPlaneByProvider.get(node.provider) ?? 0) + count,
      );
    } else if (node.role === 'worker' && vcpu > 0) {
      workers.add(node.provider);
    }
    const country = node.country;
    if (country === undefined) {
      locationsKnown = false;
    } else {
      if (country !== lastCountry) {
        lastCountry = country;
        lastInEu = isEuEeaCountry(country);
      }
      if (lastInEu) euVcpu += vcpu;
    }
    if (node.confidentialComputing !== true) allConfidential = false;
    if ((node.gpus ?? 0) > 0) acceleratorNodes += count;
  }
  const capacityShare = shares(capacity);
  const data = evidence.persistentData.value;
  const dataShare =
    data && data.length > 0 ? shares(dataWeights(data)) : capacityShare;

  const hosting = new Set<string>(capacity.keys());
  for (const p of data ?? []) hosting.add(p.provider);
  for (const p of evidence.backups.value ?? []) hosting.add(p.provider);
  const cp = evidence.controlPlane.value;
  if (cp?.managed && cp.provider) hosting.add(cp.provider);

  return {
    nodes,
    totalVcpu,
    capacityShare,
    dataShare,
    hostingProviders: [...hosting].sort(),
    nodeFacts: {
      vcpuByProvider: capacity,
      workerProviders: [...workers].sort(),
      controlPlaneMembers,
      controlPlaneByProvider,
      locationsKnown,
      euVcpu,
      allConfidential,
      acceleratorNodes,
    },
  };
}

/** Total vCPU of nodes matching a predicate. */
export function vcpuWhere(
  nodes: readonly EvidenceNode[],
  predicate: (node: EvidenceNode) => boolean,
): number {
  let sum = 0;
  for (const node of nodes)
    if (predicate(node)) sum += node.vcpu * countOf(node);
  return sum;
}

/** Number of nodes matching a predicate (counting `count`). */
export function nodesWhere(
  nodes: readonly EvidenceNode[],
  predicate: (node: EvidenceNode) => boolean,
): number {
  let sum = 0;
  for (const node of nodes) if (predicate(node)) sum += countOf(node);
  return sum;
}
