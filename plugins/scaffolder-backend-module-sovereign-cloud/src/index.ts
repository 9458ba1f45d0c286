/**
 * Scaffolder module of the sovereign-cloud suite: the
 * `sovereign-cloud:cluster:plan` and `sovereign-cloud:cluster:provision` actions.
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
  planCluster,
  type ClusterPlan,
  type ClusterPlanOptions,
} from './planning/planCluster';
export type { PosturePreview } from '@sovereign-cloud/plugin-sovereign-cloud-common';
