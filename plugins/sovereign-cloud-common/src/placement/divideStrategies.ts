import {
  KarmadaClusterView,
  KarmadaPlacement,
  KarmadaTargetCluster,
} from './karmadaTypes';
import { matchesClusterAffinity } from './clusterAffinity';
import { KarmadaAssignStrategy } from './replicaStrategy';
import { StageResult, stageError, stageOk } from './selectResult';
import { dispenseByWeight } from './webster';

/** A selected cluster as the divide step sees it. @public */
export type KarmadaDivideCluster = KarmadaClusterView & {
  /** Estimator answer: how many more replicas fit (not counting previous ones). */
  availableReplicas?: number;
  overflowOrder?: number;
};

/** @public */
export type KarmadaDivideInput = {
  replicas: number;
  placement?: KarmadaPlacement | null;
  clusters: readonly KarmadaDivideCluster[];
  /** The previous result (binding.spec.clusters). */
  previous?: readonly KarmadaTargetCluster[];
  /** Resource UID: picks the Webster tie-breaker. */
  uid?: string;
  hasReplicaRequirements?: boolean;
  observedAffinityName?: string;
};

const UNSCHEDULABLE = 'Clusters available replicas are not enough to schedule';

function toList(seats: Record<string, number>): KarmadaTargetCluster[] {
  return Object.entries(seats).map(([name, replicas]) => ({ name, replicas }));
}

function duplicated(input: KarmadaDivideInput): KarmadaTargetCluster[] {
  return input.clusters.map(c => ({ name: c.name, replicas: input.replicas }));
}

/** Static weights: max weight of matching rules; unmatched clusters drop out. */
function staticWeight(input: KarmadaDivideInput): KarmadaTargetCluster[] {
  const rules =
    input.placement?.replicaScheduling?.weightPreference?.staticWeightList;
  const weights: Record<string, number> = {};
  for (const c of input.clusters) {
    let weight = rules ? 0 : 1;
    for (const rule of rules ?? []) {
      if (
        rule.weight > weight &&
        matchesClusterAffinity(c, rule.targetCluster)
      ) {
        weight = rule.weight;
      }
    }
    if (weight > 0) weights[c.name] = weight;
  }
  if (Object.keys(weights).length === 0) {
    for (const c of input.clusters) weights[c.name] = 1;
  }
  return toList(dispenseByWeight(input.replicas, weights, null, input.uid));
}

function stableSortDesc<T>(items: T[], key: (t: T) => number): T[] {
  return items.sort((a, b) => key(b) - key(a));
}

/** Dynamic weight and Aggregated, Steady mode: scale by the delta, keep what runs. */
function dynamic(
  input: KarmadaDivideInput,
  aggregated: boolean,
): StageResult<KarmadaTargetCluster[]> {
  const names = new Set(input.clusters.map(c => c.name));
  const scheduled = (input.previous ?? []).filter(p => names.has(p.name));
  const assigned = scheduled.reduce((s, p) => s + p.replicas, 0);
  if (assigned === input.replicas)
    return stageOk(scheduled.map(p => ({ ...p })));
  if (assigned > input.replicas) {
    let weights = stableSortDesc([...scheduled], p => p.replicas);
    if (aggregated)
      weights = shortestPrefix(weights, w => w.replicas, input.replicas);
    const votes = Object.fromEntries(weights.map(w => [w.name, w.replicas]));
    return stageOk(
      toList(dispenseByWeight(input.replicas, votes, null, input.uid)),
    );
  }
  const target = input.replicas - assigned;
  let weights = stableSortDesc(
    input.clusters.map(c => ({
      name: c.name,
      replicas: c.availableReplicas ?? 0,
    })),
    w => w.replicas,
  );
  if (weights.reduce((s, w) => s + w.replicas, 0) < target) {
    return stageError(UNSCHEDULABLE, true);
  }
  if (aggregated) {
    const used = new Set(
      scheduled.filter(p => p.replicas > 0).map(p => p.name),
    );
    weights = [
      ...weights.filter(w => used.has(w.name)),
      ...weights.filter(w => !used.has(w.name)),
    ];
    weights = shortestPrefix(weights, w => w.replicas, target);
  }
  const votes = Object.fromEntries(weights.map(w => [w.name, w.replicas]));
  const added = dispenseByWeight(target, votes, null, input.uid);
  const previous = new Map(scheduled.map(p => [p.name, p.replicas]));
  const result = toList(added).map(t => ({
    name: t.name,
    replicas: t.replicas + (previous.get(t.name) ?? 0),
  }));
  for (const p of scheduled) {
    if (!(p.name in added)) result.push({ ...p });
  }
  return stageOk(result);
}

function shortestPrefix<T>(items: T[], size: (t: T) => number, target: number) {
  let sum = 0;
  for (let i = 0; i < items.length; i++) {
    sum += size(items[i]);
    if (sum >= target) return items.slice(0, i + 1);
  }
  return items;
}

/**
 * One of Karmada's assign strategies, raw: zero-replica entries of a
 * weighted division stay in the result.
 */
export function assignByStrategy(
  strategy: KarmadaAssignStrategy,
  input: KarmadaDivideInput,
): StageResult<KarmadaTargetCluster[]> {
  switch (strategy) {
    case 'Duplicated':
      return stageOk(duplicated(input));
    case 'StaticWeight':
      return stageOk(staticWeight(input));
    case 'DynamicWeight':
      return dynamic(input, false);
    case 'Aggregated':
      return dynamic(input, true);
    default:
      return stageError(`unsupported replica scheduling strategy: ${strategy}`);
  }
}
