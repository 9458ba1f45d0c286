import { compareNames } from './compareNames';
import { KarmadaScoredCluster } from './karmadaTypes';

/** Karmada order: overflow tier asc, score desc, [available replicas desc], name asc. */
export function compareClusters(
  a: KarmadaScoredCluster,
  b: KarmadaScoredCluster,
  compareAvailableReplicas = true,
): number {
  const tier = (a.overflowOrder ?? 0) - (b.overflowOrder ?? 0);
  if (tier !== 0) return tier;
  if (a.score !== b.score) return b.score - a.score;
  if (compareAvailableReplicas && a.availableReplicas !== b.availableReplicas) {
    return b.availableReplicas - a.availableReplicas;
  }
  return compareNames(a.name, b.name);
}

/** A sorted copy. */
export function sortClusters<T extends KarmadaScoredCluster>(
  clusters: readonly T[],
  compareAvailableReplicas = true,
): T[] {
  return [...clusters].sort((a, b) =>
    compareClusters(a, b, compareAvailableReplicas),
  );
}
