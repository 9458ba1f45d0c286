import { FilterResult } from './filterResult';
import { KarmadaFilterContext, filterCluster } from './filterCluster';
import { PlacementFleetCluster } from './fleet';
import { KarmadaBinding } from './karmadaTypes';
import {
  SovereigntyConstraints,
  filterSovereignty,
  sovereigntyConstraintsOf,
} from './sovereigntyFilter';
import { ParsedPlacementWorkload } from './workloadSchema';

/** What the filter stage needs per workload, built once. @public */
export type PlacementFilterStage = {
  workload: ParsedPlacementWorkload;
  constraints: SovereigntyConstraints;
  context: KarmadaFilterContext;
  binding: KarmadaBinding;
};

/** @public */
export function placementFilterStage(
  workload: ParsedPlacementWorkload,
): PlacementFilterStage {
  const binding: KarmadaBinding = {
    previousClusters: (workload.previous ?? [])
      .filter(p => p.replicas > 0)
      .map(p => p.cluster),
  };
  return {
    workload,
    constraints: sovereigntyConstraintsOf(workload),
    binding,
    context: {
      placement: workload.placement,
      binding,
      observedAffinityName: workload.observedAffinityName,
      isWorkload: workload.replicas > 0 || workload.resources !== undefined,
    },
  };
}

/** Sovereignty constraints, then Karmada's filter plugins. @public */
export function filterForPlacement(
  cluster: PlacementFleetCluster,
  stage: PlacementFilterStage,
): FilterResult {
  const sovereign = filterSovereignty(cluster, stage.constraints);
  return sovereign.pass
    ? filterCluster(cluster.view, stage.context)
    : sovereign;
}
