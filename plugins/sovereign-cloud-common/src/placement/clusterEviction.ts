import { KarmadaBinding, KarmadaClusterView } from './karmadaTypes';
import { FilterResult, PASS } from './filterResult';

/** Karmada `ClusterEviction` filter plugin: a cluster being evicted from is not a target. */
export function filterClusterEviction(
  cluster: KarmadaClusterView,
  binding?: KarmadaBinding,
): FilterResult {
  const evicting = (binding?.gracefulEvictionTasks ?? []).some(
    task => task.fromCluster === cluster.name,
  );
  return evicting
    ? {
        pass: false,
        plugin: 'ClusterEviction',
        reason: 'cluster(s) is in the process of eviction',
      }
    : PASS;
}
