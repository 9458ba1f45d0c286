import { KarmadaTargetCluster } from './karmadaTypes';
import { FeasibleCluster } from './planDecisions';
import { PlacementPlan } from './planTypes';
import { checkProviderLoss, rebalanceForProviderLoss } from './providerLoss';
import { sortClusters } from './sortClusters';

const WHY = 'to survive the loss of any one provider';

/**
 * Checks the "survive the loss of any one provider" requirement and, for a
 * divided workload, rebalances over the feasible clusters when needed.
 * Duplicated replicas cannot be moved: such a plan only passes or fails.
 */
export function applyProviderLoss(
  assignment: KarmadaTargetCluster[],
  feasible: readonly FeasibleCluster[],
  minReplicas: number,
  strategy: PlacementPlan['strategy'],
): {
  assignment: KarmadaTargetCluster[];
  notes: Map<string, string>;
  providerLoss: NonNullable<PlacementPlan['providerLoss']>;
} {
  const providers = new Map(feasible.map(c => [c.name, c.provider!]));
  const providerOf = (name: string) => providers.get(name)!;
  const notes = new Map<string, string>();
  const check = checkProviderLoss(assignment, providerOf, minReplicas);
  if (check.survives || strategy === 'Duplicated') {
    return {
      assignment,
      notes,
      providerLoss: { ...check, minReplicas, rebalanced: false },
    };
  }
  const candidates = sortClusters(feasible).map(c => ({
    name: c.name,
    provider: c.provider!,
    headroom: c.availableReplicas,
  }));
  const repaired = rebalanceForProviderLoss(
    assignment,
    candidates,
    minReplicas,
  );
  if (!repaired) {
    return {
      assignment,
      notes,
      providerLoss: { ...check, minReplicas, rebalanced: false },
    };
  }
  const before = new Map(assignment.map(t => [t.name, t.replicas]));
  const after = new Map(repaired.map(t => [t.name, t.replicas]));
  for (const name of new Set([...before.keys(), ...after.keys()])) {
    const from = before.get(name) ?? 0;
    const to = after.get(name) ?? 0;
    if (from !== to) notes.set(name, `rebalanced from ${from} to ${to} ${WHY}`);
  }
  return {
    assignment: repaired,
    notes,
    providerLoss: {
      ...checkProviderLoss(repaired, providerOf, minReplicas),
      minReplicas,
      rebalanced: true,
    },
  };
}
