/**
 * Scaffolder module of the sovereign-cloud suite: the
 * `sovereign-cloud:cluster:plan`, `sovereign-cloud:cluster:provision`,
 * `sovereign-cloud:workload:place`, `sovereign-cloud:workload:deploy`,
 * `sovereign-cloud:workload:expose`, `sovereign-cloud:provider:exit-plan`
 * and the day-2 `sovereign-cloud:cluster:upgrade`, `…:node-pools`,
 * `…:addons` and `…:decommission` actions.
 *
 * @packageDocumentation
 */

export { scaffolderModuleSovereignCloud as default } from './module';
export {
  createClusterPlanAction,
  CLUSTER_PLAN_ACTION_ID,
} from './actions/cluster/plan';
export {
  createClusterProvisionAction,
  CLUSTER_PROVISION_ACTION_ID,
} from './actions/cluster/provision';
export {
  createWorkloadPlaceAction,
  WORKLOAD_PLACE_ACTION_ID,
} from './actions/workload/place';
export {
  createWorkloadDeployAction,
  WORKLOAD_DEPLOY_ACTION_ID,
} from './actions/workload/deploy';
export {
  createWorkloadExposeAction,
  WORKLOAD_EXPOSE_ACTION_ID,
} from './actions/workload/expose';
export {
  createClusterUpgradeAction,
  CLUSTER_UPGRADE_ACTION_ID,
} from './actions/cluster/change/upgrade';
export {
  createClusterNodePoolsAction,
  CLUSTER_NODE_POOLS_ACTION_ID,
} from './actions/cluster/change/nodePools';
export {
  createClusterAddonsAction,
  CLUSTER_ADDONS_ACTION_ID,
} from './actions/cluster/change/addons';
export {
  createClusterDecommissionAction,
  CLUSTER_DECOMMISSION_ACTION_ID,
} from './actions/cluster/decommission';
export { summarisePlacement } from './actions/workload/summarisePlacement';
export {
  createProviderExitPlanAction,
  PROVIDER_EXIT_PLAN_ACTION_ID,
} from './actions/provider/exitPlan';
export {
  planCluster,
  type ClusterPlan,
  type ClusterPlanOptions,
} from './planning/planCluster';
export type { PosturePreview } from '@sovereign-cloud/plugin-sovereign-cloud-common';
