import {
  ClusterChangeActionOptions,
  createClusterChangeAction,
} from './clusterChangeAction';
import { examples } from './upgrade.examples';

/** @public */
export const CLUSTER_UPGRADE_ACTION_ID = 'sovereign-cloud:cluster:upgrade';

/**
 * `sovereign-cloud:cluster:upgrade`: moves a cluster's topology version one
 * minor (or patch) up, refusing skips and versions its ClusterClass does not
 * support; shows the diff and posture preview, then applies.
 * @public
 */
export function createClusterUpgradeAction(
  options: ClusterChangeActionOptions,
) {
  return createClusterChangeAction({
    ...options,
    id: CLUSTER_UPGRADE_ACTION_ID,
    kind: 'upgrade',
    description:
      "Upgrades a sovereign cluster's Kubernetes version through the Cluster API topology version: one minor at a time, only versions its ClusterClass supports. Dry run: the diff and posture preview only.",
    examples,
    changeInput: {
      kubernetesVersion: z =>
        z.string().describe('Target Kubernetes version, e.g. v1.33.4.'),
    },
    changeOf: input => ({
      kind: 'upgrade',
      kubernetesVersion: input.kubernetesVersion,
    }),
  });
}
