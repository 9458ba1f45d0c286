import { KARMADA_MAX_REPLICAS } from './karmadaTypes';
import { PlacementFleetCluster } from './fleet';
import { ParsedPlacementWorkload } from './workloadSchema';

/**
 * Karmada's general estimator over declared free capacity: the minimum of
 * free pods and free resource / request. Unknown capacity is not estimated
 * (MaxInt32), as Karmada does for non-workloads.
 */
export function estimateAvailableReplicas(
  cluster: PlacementFleetCluster,
  workload: ParsedPlacementWorkload,
): number {
  const capacity = cluster.capacity;
  if (!capacity) return KARMADA_MAX_REPLICAS;
  let fit = capacity.pods ?? KARMADA_MAX_REPLICAS;
  const cpu = workload.resources?.cpuMilli ?? 0;
  const memory = workload.resources?.memoryMiB ?? 0;
  if (cpu > 0) fit = Math.min(fit, Math.floor((capacity.cpuMilli ?? 0) / cpu));
  if (memory > 0)
    fit = Math.min(fit, Math.floor((capacity.memoryMiB ?? 0) / memory));
  return Math.max(0, Math.min(fit, KARMADA_MAX_REPLICAS));
}
