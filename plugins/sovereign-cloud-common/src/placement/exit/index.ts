export {
  placedWorkloadOf,
  PLACEMENT_ANNOTATIONS,
  type PlacedWorkload,
} from './placedWorkloadOf';
export {
  planClusterExit,
  planProviderExit,
  type ClusterExitPlan,
  type ExitBlocker,
  type FleetPostureSummary,
  type ProviderExitPlan,
  type WorkloadExit,
} from './planProviderExit';
