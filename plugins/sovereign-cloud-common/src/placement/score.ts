import { KarmadaBinding, KarmadaClusterView } from './karmadaTypes';
import { inPreviousResult } from './clusterAffinity';

/** Karmada's MaxClusterScore. */
export const MAX_CLUSTER_SCORE = 100;

/** `ClusterLocality`: prefer where the workload already runs. */
export function scoreClusterLocality(
  cluster: KarmadaClusterView,
  binding?: KarmadaBinding,
): number {
  return inPreviousResult(cluster, binding) ? MAX_CLUSTER_SCORE : 0;
}

/** `ClusterAffinity` score plugin: Karmada scores every cluster 0 here. */
export function scoreClusterAffinity(): number {
  return 0;
}

/** The sum over Karmada's in-tree score plugins. */
export function scoreCluster(
  cluster: KarmadaClusterView,
  binding?: KarmadaBinding,
): number {
  return scoreClusterLocality(cluster, binding) + scoreClusterAffinity();
}
