import { compareNames } from './compareNames';
import { KarmadaTargetCluster } from './karmadaTypes';

/** @public */
export type ProviderLossCheck = {
  survives: boolean;
  /** Replicas left when the provider holding the most is lost. */
  worstCaseReplicas: number;
  worstProvider?: string;
};

/** Replicas per provider of an assignment. */
export function replicasByProvider(
  assignment: readonly KarmadaTargetCluster[],
  providerOf: (cluster: string) => string,
): Map<string, number> {
  const totals = new Map<string, number>();
  for (const t of assignment) {
    const p = providerOf(t.name);
    totals.set(p, (totals.get(p) ?? 0) + t.replicas);
  }
  return totals;
}

/** Whether losing any one provider leaves at least `minReplicas` running. */
export function checkProviderLoss(
  assignment: readonly KarmadaTargetCluster[],
  providerOf: (cluster: string) => string,
  minReplicas: number,
): ProviderLossCheck {
  const totals = replicasByProvider(assignment, providerOf);
  const total = assignment.reduce((s, t) => s + t.replicas, 0);
  let worstProvider: string | undefined;
  let worst = -1;
  for (const [provider, replicas] of [...totals].sort(([a], [b]) =>
    a < b ? -1 : 1,
  )) {
    if (replicas > worst) {
      worst = replicas;
      worstProvider = provider;
    }
  }
  const worstCaseReplicas = total - Math.max(0, worst);
  return {
    survives: worstCaseReplicas >= minReplicas,
    worstCaseReplicas,
    worstProvider,
  };
}

/** A cluster the rebalancer may use, in Karmada order. */
export type RebalanceCandidate = {
  name: string;
  provider: string;
  headroom: number;
};

/**
 * Caps every provider at `total - minReplicas` replicas: the excess leaves
 * the provider's fullest clusters (least preferred first) and goes, one replica at a time, to the
 * provider with the fewest replicas that still has room (first candidate in
 * Karmada order within it). Returns undefined when the fleet cannot do it.
 */
export function rebalanceForProviderLoss(
  assignment: readonly KarmadaTargetCluster[],
  candidates: readonly RebalanceCandidate[],
  minReplicas: number,
): KarmadaTargetCluster[] | undefined {
  const total = assignment.reduce((s, t) => s + t.replicas, 0);
  const cap = total - minReplicas;
  const providerOf = new Map(candidates.map(c => [c.name, c.provider]));
  const order = new Map(candidates.map((c, i) => [c.name, i]));
  const rank = (name: string) => order.get(name) ?? candidates.length;
  const replicas = new Map(assignment.map(t => [t.name, t.replicas]));
  const totals = replicasByProvider(assignment, n => providerOf.get(n) ?? n);
  let moving = 0;
  for (const [provider, sum] of totals) {
    let excess = sum - cap;
    if (excess <= 0) continue;
    const own = assignment
      .filter(t => (providerOf.get(t.name) ?? t.name) === provider)
      .map(t => t.name);
    while (excess > 0) {
      // Fullest first; among equals the least preferred in Karmada order.
      own.sort(
        (a, b) => replicas.get(b)! - replicas.get(a)! || rank(b) - rank(a),
      );
      replicas.set(own[0], replicas.get(own[0])! - 1);
      excess--;
      moving++;
    }
    totals.set(provider, cap);
  }
  for (; moving > 0; moving--) {
    let chosen: RebalanceCandidate | undefined;
    for (const c of candidates) {
      const held = totals.get(c.provider) ?? 0;
      if (held >= cap || (replicas.get(c.name) ?? 0) >= c.headroom) continue;
      if (!chosen || held < (totals.get(chosen.provider) ?? 0)) chosen = c;
    }
    if (!chosen) return undefined;
    replicas.set(chosen.name, (replicas.get(chosen.name) ?? 0) + 1);
    totals.set(chosen.provider, (totals.get(chosen.provider) ?? 0) + 1);
  }
  return [...replicas]
    .filter(([, n]) => n > 0)
    .map(([name, n]) => ({ name, replicas: n }))
    .sort((a, b) => compareNames(a.name, b.name));
}
