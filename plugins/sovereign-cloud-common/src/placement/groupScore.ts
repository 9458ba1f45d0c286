import { KarmadaPlacement, KarmadaScoredCluster } from './karmadaTypes';
import { isDuplicated, spreadConstraintFor } from './replicaStrategy';

const GROUP_WEIGHT = 1000;

/** Duplicated: 1000 per cluster that fits all replicas, plus their mean score. */
export function calcGroupScoreForDuplicate(
  clusters: readonly KarmadaScoredCluster[],
  replicas: number,
): number {
  let valid = 0;
  let scoreSum = 0;
  for (const c of clusters) {
    if (c.availableReplicas >= replicas) {
      valid++;
      scoreSum += c.score;
    }
  }
  return valid === 0 ? 0 : valid * GROUP_WEIGHT + Math.trunc(scoreSum / valid);
}

/** Karmada `calcGroupScore` over a group's clusters (in Karmada order). */
export function calcGroupScore(
  clusters: readonly KarmadaScoredCluster[],
  placement: KarmadaPlacement | null | undefined,
  minGroups: number,
  replicas: number,
): number {
  if (isDuplicated(placement)) {
    return calcGroupScoreForDuplicate(clusters, replicas);
  }
  if (clusters.length === 0) return 0;
  const target = Math.ceil(replicas / Math.max(1, minGroups));
  const clusterMin = spreadConstraintFor(placement, 'cluster')?.minGroups ?? 0;
  const needed = Math.max(minGroups, clusterMin);
  let sum = 0;
  let scoreSum = 0;
  let count = 0;
  for (const c of clusters) {
    sum += c.availableReplicas;
    scoreSum += c.score;
    count++;
    if (count >= needed && sum >= target) {
      return target * GROUP_WEIGHT + Math.trunc(scoreSum / count);
    }
  }
  return sum * GROUP_WEIGHT + Math.trunc(scoreSum / clusters.length);
}
