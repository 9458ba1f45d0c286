import { KarmadaTargetCluster } from './karmadaTypes';
import {
  KarmadaDivideCluster,
  KarmadaDivideInput,
  assignByStrategy,
} from './divideStrategies';
import { assignStrategyOf } from './replicaStrategy';
import { StageResult, stageError, stageOk } from './selectResult';

function overflowTiers(
  input: KarmadaDivideInput,
): KarmadaDivideCluster[][] | undefined {
  const placement = input.placement;
  if (placement?.clusterAffinity || input.replicas <= 0) return undefined;
  const term = placement?.clusterAffinities?.find(
    t => t.affinityName === input.observedAffinityName,
  );
  if (!term?.overflowAffinities?.length) return undefined;
  const tiers = new Map<number, KarmadaDivideCluster[]>();
  for (const c of input.clusters) {
    const order = c.overflowOrder ?? 0;
    tiers.set(order, [...(tiers.get(order) ?? []), c]);
  }
  return [...tiers.entries()].sort(([a], [b]) => a - b).map(([, cs]) => cs);
}

/**
 * Karmada `AssignReplicas`: the whole divide step. Overflow tiers are filled
 * in order, then zero-replica entries are removed.
 */
export function assignReplicas(
  input: KarmadaDivideInput,
): StageResult<KarmadaTargetCluster[]> {
  if (input.clusters.length === 0) {
    return stageError('no clusters available to schedule', true);
  }
  if (input.replicas <= 0 && !input.hasReplicaRequirements) {
    return stageOk(input.clusters.map(c => ({ name: c.name, replicas: 0 })));
  }
  const strategy = assignStrategyOf(input.placement);
  if (!strategy) {
    const type = input.placement?.replicaScheduling?.replicaSchedulingType;
    return stageError(`unsupported replica scheduling strategy: ${type}`);
  }
  const tiers = overflowTiers(input);
  let result: KarmadaTargetCluster[] = [];
  if (tiers) {
    let remaining = input.replicas;
    for (const tier of tiers) {
      if (remaining <= 0) break;
      const previous = new Map(
        (input.previous ?? []).map(p => [p.name, p.replicas]),
      );
      const capacity = tier.reduce(
        (s, c) => s + (c.availableReplicas ?? 0) + (previous.get(c.name) ?? 0),
        0,
      );
      const take = Math.min(remaining, capacity);
      if (take <= 0) continue;
      const part = assignByStrategy(strategy, {
        ...input,
        clusters: tier,
        replicas: take,
      });
      if (!part.ok) return part;
      result.push(...part.value);
      remaining -= take;
    }
    if (remaining > 0) {
      return stageError(
        'Clusters available replicas are not enough to schedule',
        true,
      );
    }
  } else {
    const whole = assignByStrategy(strategy, input);
    if (!whole.ok) return whole;
    result = whole.value;
  }
  return stageOk(result.filter(t => t.replicas > 0));
}
