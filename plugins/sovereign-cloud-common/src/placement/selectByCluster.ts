import { KarmadaScoredCluster, KarmadaSpreadConstraint } from './karmadaTypes';
import { StageResult, stageError, stageOk } from './selectResult';

function sumAvailable(clusters: readonly KarmadaScoredCluster[]): number {
  return clusters.reduce((s, c) => s + c.availableReplicas, 0);
}

/**
 * Karmada `selectBestClustersByCluster`: the first `min(#clusters, maxGroups)`
 * clusters; when they cannot hold `needReplicas` (undefined = ignore
 * capacity), swap from the last pick backwards for the remaining cluster with
 * the most (strictly more) available replicas.
 */
export function selectBestClustersByCluster<T extends KarmadaScoredCluster>(
  constraint: KarmadaSpreadConstraint,
  clusters: readonly T[],
  needReplicas: number | undefined,
): StageResult<T[]> {
  const minGroups = constraint.minGroups ?? 0;
  if (clusters.length < minGroups) {
    return stageError(
      'the number of feasible clusters is less than spreadConstraint.MinGroups',
      true,
    );
  }
  const count = Math.min(clusters.length, constraint.maxGroups ?? 0);
  const chosen = clusters.slice(0, count);
  const rest = clusters.slice(count);
  if (needReplicas === undefined) return stageOk(chosen);
  for (
    let i = chosen.length - 1;
    i >= 0 && sumAvailable(chosen) < needReplicas;
    i--
  ) {
    let best = -1;
    for (let j = 0; j < rest.length; j++) {
      const threshold =
        best < 0 ? chosen[i].availableReplicas : rest[best].availableReplicas;
      if (rest[j].availableReplicas > threshold) best = j;
    }
    if (best < 0) continue;
    const swapped = chosen[i];
    chosen[i] = rest[best];
    rest[best] = swapped;
  }
  if (sumAvailable(chosen) < needReplicas) {
    return stageError(
      `no enough resource when selecting ${count} clusters`,
      true,
    );
  }
  return stageOk(chosen);
}
