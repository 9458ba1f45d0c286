import {
  KarmadaBinding,
  KarmadaClusterView,
  KarmadaPlacement,
} from './karmadaTypes';
import { filterApiEnablement } from './apiEnablement';
import { filterClusterAffinity } from './clusterAffinity';
import { filterClusterEviction } from './clusterEviction';
import { FilterResult, PASS } from './filterResult';
import { filterSpreadConstraint } from './spreadConstraintFilter';
import { filterTaintToleration } from './taintToleration';

/** @public */
export type KarmadaFilterContext = {
  placement?: KarmadaPlacement | null;
  binding?: KarmadaBinding;
  observedAffinityName?: string;
  isWorkload?: boolean;
};

/** All in-tree filter plugins in Karmada's order; the first failure is the reason. */
export function filterCluster(
  cluster: KarmadaClusterView,
  context: KarmadaFilterContext,
): FilterResult {
  const { placement, binding } = context;
  let result = filterApiEnablement(cluster, binding);
  if (!result.pass) return result;
  result = filterTaintToleration(cluster, placement, binding);
  if (!result.pass) return result;
  result = filterClusterAffinity(cluster, placement, context);
  if (!result.pass) return result;
  result = filterSpreadConstraint(cluster, placement);
  if (!result.pass) return result;
  result = filterClusterEviction(cluster, binding);
  return result.pass ? PASS : result;
}
