import { EvidenceNode } from './evidence';
import { NodeFacts, nodesWhere, vcpuWhere } from './topology';

/**
 * Whether etcd keeps quorum (⌊n/2⌋+1 members) after losing every
 * control-plane node of one provider. Control-plane nodes are the etcd
 * members (stacked etcd).
 * @public
 */
export function quorumSurvivesLossOf(
  nodes: readonly EvidenceNode[],
  provider: string,
): boolean {
  const members = nodesWhere(nodes, n => n.role === 'control-plane');
  if (members === 0) return false;
  const lost = nodesWhere(
    nodes,
    n => n.role === 'control-plane' && n.provider === provider,
  );
  return members - lost >= Math.floor(members / 2) + 1;
}

/**
 * Providers hosting worker capacity.
 * @public
 */
export function workerProviders(nodes: readonly EvidenceNode[]): string[] {
  const providers = new Set<string>();
  for (const n of nodes) {
    if (n.role === 'worker' && n.vcpu * (n.count ?? 1) > 0)
      providers.add(n.provider);
  }
  return [...providers].sort();
}

/**
 * Whether a self-managed cluster keeps both quorum and worker capacity after
 * losing any one of its providers.
 * @public
 */
export function survivesLossOfAnyProvider(
  nodes: readonly EvidenceNode[],
): boolean {
  const providers = new Set(nodes.map(n => n.provider));
  if (providers.size < 2) return false;
  for (const p of providers) {
    if (!quorumSurvivesLossOf(nodes, p)) return false;
    if (vcpuWhere(nodes, n => n.role === 'worker' && n.provider !== p) <= 0) {
      return false;
    }
  }
  return true;
}

/**
 * `survivesLossOfAnyProvider` from the facts gathered with the topology
 * (one pass over the nodes instead of several per provider).
 */
export function survivesLossOfAnyProviderIn(facts: NodeFacts): boolean {
  if (facts.vcpuByProvider.size < 2) return false;
  const members = facts.controlPlaneMembers;
  if (members === 0) return false;
  const quorum = Math.floor(members / 2) + 1;
  for (const p of facts.vcpuByProvider.keys()) {
    const lost = facts.controlPlaneByProvider.get(p) ?? 0;
    if (members - lost < quorum) return false;
    // Worker vCPU is never negative, so capacity is left elsewhere exactly
    // when another provider hosts some.
    if (!facts.workerProviders.some(w => w !== p)) return false;
  }
  return true;
}
