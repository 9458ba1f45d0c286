import {
  KarmadaClusterAffinity,
  KarmadaPlacement,
  KarmadaScoredCluster,
} from './karmadaTypes';
import { matchesClusterAffinity } from './clusterAffinity';
import { groupClustersWithScore } from './groupClusters';
import {
  ignoresSpreadConstraints,
  isDuplicated,
  spreadConstraintFor,
} from './replicaStrategy';
import { selectBestClustersByCluster } from './selectByCluster';
import { selectBestClustersByRegion } from './selectByRegion';
import { StageResult, stageError, stageOk } from './selectResult';
import { sortClusters } from './sortClusters';

/**
 * Karmada `SelectBestClusters` over the global list in Karmada order.
 * Only region and cluster spread constraints drive selection.
 */
export function selectBestClusters<T extends KarmadaScoredCluster>(
  placement: KarmadaPlacement | null | undefined,
  clusters: readonly T[],
  replicas: number,
): StageResult<T[]> {
  const constraints = placement?.spreadConstraints ?? [];
  if (constraints.length === 0 || ignoresSpreadConstraints(placement)) {
    return stageOk([...clusters]);
  }
  const needReplicas = isDuplicated(placement) ? undefined : replicas;
  if (spreadConstraintFor(placement, 'region')) {
    const grouped = groupClustersWithScore(clusters, placement, replicas);
    return selectBestClustersByRegion(constraints, grouped.regions);
  }
  const byCluster = spreadConstraintFor(placement, 'cluster');
  if (byCluster) {
    return selectBestClustersByCluster(byCluster, clusters, needReplicas);
  }
  return stageError('just support cluster and region spread constraint');
}

/** The tier of a cluster: 0 for the primary term, k for the k-th overflow term. */
export function overflowOrderOf(
  cluster: KarmadaScoredCluster,
  primary: KarmadaClusterAffinity,
  overflow: readonly KarmadaClusterAffinity[],
): number {
  if (matchesClusterAffinity(cluster, primary)) return 0;
  const index = overflow.findIndex(a => matchesClusterAffinity(cluster, a));
  return index < 0 ? 0 : index + 1;
}

/**
 * Karmada `SelectClusters`: derive overflow tiers from `clusterAffinities`,
 * sort, then select.
 */
export function selectClusters<T extends KarmadaScoredCluster>(
  clusters: readonly T[],
  placement: KarmadaPlacement | null | undefined,
  replicas: number,
  observedAffinityName?: string,
): StageResult<T[]> {
  let tiered: T[] = [...clusters];
  const term = placement?.clusterAffinity
    ? undefined
    : placement?.clusterAffinities?.find(
        t => t.affinityName === observedAffinityName,
      );
  if (term?.overflowAffinities?.length) {
    const overflow = term.overflowAffinities;
    tiered = clusters.map(c => ({
      ...c,
      overflowOrder: overflowOrderOf(c, term, overflow),
    }));
  }
  return selectBestClusters(placement, sortClusters(tiered), replicas);
}
