import { quorumSurvivesLossOf } from './continuity';
import { ClusterEvidence } from './evidence';
import { vcpuWhere } from './topology';

/**
 * What losing one provider does to a set of clusters.
 * @public
 */
export type ProviderLossAssessment = {
  provider: string;
  /** Clusters that keep their control plane and some worker capacity. */
  survivingClusters: string[];
  lostClusters: string[];
  /** Clusters whose persistent data sat only at this provider, with no backup elsewhere. */
  clustersLosingData: string[];
  /** Worker vCPU left in surviving clusters, as a share of all worker vCPU. */
  remainingCapacityShare: number;
  /** The remaining clusters still cover the set (see `assessProviderLoss`). */
  covered: boolean;
};

function survives(evidence: ClusterEvidence, provider: string): boolean {
  const nodes = evidence.nodes.value ?? [];
  const cp = evidence.controlPlane.value;
  if (cp === null || nodes.length === 0) return false;
  const controlPlaneOk = cp.managed
    ? cp.provider !== provider
    : quorumSurvivesLossOf(nodes, provider);
  const workersLeft = vcpuWhere(
    nodes,
    n => n.role === 'worker' && n.provider !== provider,
  );
  return controlPlaneOk && workersLeft > 0;
}

function losesData(evidence: ClusterEvidence, provider: string): boolean {
  const data = evidence.persistentData.value ?? [];
  if (data.length === 0 || data.some(d => d.provider !== provider))
    return false;
  return !(evidence.backups.value ?? []).some(b => b.provider !== provider);
}

/**
 * For each provider hosting any of the clusters: which clusters survive its
 * loss, and whether the rest still cover the set. Covered means at least one
 * cluster survives, no cluster loses its only copy of persistent data, and the
 * surviving worker capacity is at least `requiredVcpu` (when given).
 * @public
 */
export function assessProviderLoss(
  clusters: readonly ClusterEvidence[],
  options: { requiredVcpu?: number } = {},
): ProviderLossAssessment[] {
  const providers = new Set<string>();
  let totalWorkers = 0;
  for (const c of clusters) {
    for (const n of c.nodes.value ?? []) providers.add(n.provider);
    for (const d of c.persistentData.value ?? []) providers.add(d.provider);
    const cp = c.controlPlane.value;
    if (cp?.managed && cp.provider) providers.add(cp.provider);
    totalWorkers += vcpuWhere(c.nodes.value ?? [], n => n.role === 'worker');
  }
  return [...providers].sort().map(provider => {
    const surviving = clusters.filter(c => survives(c, provider));
    const remaining = surviving.reduce(
      (sum, c) =>
        sum +
        vcpuWhere(
          c.nodes.value ?? [],
          n => n.role === 'worker' && n.provider !== provider,
        ),
      0,
    );
    const clustersLosingData = clusters
      .filter(c => losesData(c, provider))
      .map(c => c.cluster);
    return {
      provider,
      survivingClusters: surviving.map(c => c.cluster),
      lostClusters: clusters
        .filter(c => !surviving.includes(c))
        .map(c => c.cluster),
      clustersLosingData,
      remainingCapacityShare: totalWorkers > 0 ? remaining / totalWorkers : 0,
      covered:
        surviving.length > 0 &&
        clustersLosingData.length === 0 &&
        remaining >= (options.requiredVcpu ?? 0),
    };
  });
}
