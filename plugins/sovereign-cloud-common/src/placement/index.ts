/**
 * Workload placement planner: Karmada's scheduler stages (filter, score,
 * select, divide with Webster apportionment) plus hard sovereignty
 * constraints, over SovereignClusters. Pure and isomorphic.
 */
export type * from './karmadaTypes';
export { KARMADA_MAX_REPLICAS } from './karmadaTypes';
export type { FilterResult } from './filterResult';
export {
  matchesClusterAffinity,
  filterClusterAffinity,
} from './clusterAffinity';
export { filterTaintToleration, toleratesTaint } from './taintToleration';
export { filterSpreadConstraint } from './spreadConstraintFilter';
export { filterApiEnablement } from './apiEnablement';
export { filterClusterEviction } from './clusterEviction';
export { filterCluster, type KarmadaFilterContext } from './filterCluster';
export { scoreCluster, scoreClusterLocality } from './score';
export {
  allocateWebsterSeats,
  dispenseByWeight,
  tieBreakerByUid,
  type WebsterParty,
  type WebsterTieBreaker,
} from './webster';
export { sortClusters as sortKarmadaClusters } from './sortClusters';
export { calcGroupScore, calcGroupScoreForDuplicate } from './groupScore';
export { selectGroups, type KarmadaGroup } from './selectGroups';
export {
  groupClustersWithScore,
  type KarmadaGroupInfo,
  type KarmadaGroupedClusters,
} from './groupClusters';
export { selectBestClustersByCluster } from './selectByCluster';
export { selectBestClustersByRegion } from './selectByRegion';
export { selectBestClusters, selectClusters } from './selectBestClusters';
export type { StageResult } from './selectResult';
export {
  assignByStrategy,
  type KarmadaDivideCluster,
  type KarmadaDivideInput,
} from './divideStrategies';
export { assignReplicas } from './assignReplicas';
export {
  assignStrategyOf,
  type KarmadaAssignStrategy,
} from './replicaStrategy';
export { PlacementInputError } from './PlacementInputError';
export {
  placementWorkloadSchema,
  parsePlacementWorkload,
  type PlacementWorkload,
  type ParsedPlacementWorkload,
} from './workloadSchema';
export {
  ANNOTATION_KARMADA_MEMBER,
  preparePlacementFleet,
  providerName,
  type PlacementClusterInput,
  type PlacementFleet,
  type PlacementFleetCluster,
} from './fleet';
export {
  filterSovereignty,
  sovereigntyConstraintsOf,
  type SovereigntyConstraints,
} from './sovereigntyFilter';
export { checkProviderLoss, type ProviderLossCheck } from './providerLoss';
export type {
  PlacementAssignment,
  PlacementDecision,
  PlacementPlan,
} from './planTypes';
export { planPlacement, type PlacementOptions } from './planPlacement';
export {
  placementFilterStage,
  filterForPlacement,
  type PlacementFilterStage,
} from './filterStage';
export * from './exit';
export {
  deployableWorkloadSchema,
  parseDeployableWorkload,
  type DeployableWorkload,
  type ParsedDeployableWorkload,
} from './deployableWorkloadSchema';
