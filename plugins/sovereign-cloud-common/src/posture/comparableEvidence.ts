import { ClusterEvidenceKey, EvidenceNode } from './evidence';

/** A node placement as it matters for drift: where, in which role, how many. */
export type NodePlacement = {
  role: EvidenceNode['role'];
  provider: string;
  location?: string;
  country?: string;
  count: number;
};

/**
 * Declared nodes are pools with a nominal capacity; observed nodes are one
 * entry per node with real allocatable vCPU. They are compared by placement.
 */
function nodePlacements(nodes: EvidenceNode[]): NodePlacement[] {
  const byPlace = new Map<string, NodePlacement>();
  for (const n of nodes) {
    const key = `${n.role}|${n.provider}|${n.location ?? ''}`;
    const place = byPlace.get(key);
    if (place) place.count += n.count ?? 1;
    else
      byPlace.set(key, {
        role: n.role,
        provider: n.provider,
        ...(n.location !== undefined && { location: n.location }),
        ...(n.country !== undefined && { country: n.country }),
        count: n.count ?? 1,
      });
  }
  return [...byPlace.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([, place]) => place);
}

/** The part of an evidence value that declared and observed facts can disagree on. */
export function comparableEvidence(
  key: ClusterEvidenceKey,
  value: unknown,
): unknown {
  if (key === 'nodes' && Array.isArray(value)) return nodePlacements(value);
  return value;
}
