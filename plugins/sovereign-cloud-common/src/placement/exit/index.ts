export {
  placedWorkloadOf,
  PLACEMENT_ANNOTATIONS,
  type PlacedWorkload,
} from './placedWorkloadOf';
export {
  planProviderExit,
  type ExitBlocker,
  type FleetPostureSummary,
  type ProviderExitPlan,
  type WorkloadExit,
} from './planProviderExit';
