import {
  ClusterChangeActionOptions,
  createClusterChangeAction,
} from './clusterChangeAction';
import { examples } from './nodePools.examples';

/** @public */
export const CLUSTER_NODE_POOLS_ACTION_ID =
  'sovereign-cloud:cluster:node-pools';

/**
 * `sovereign-cloud:cluster:node-pools`: scales, adds or removes node pools
 * (also at another provider or location, joined over the overlay) or rolls
 * them onto another machine type.
 * @public
 */
export function createClusterNodePoolsAction(
  options: ClusterChangeActionOptions,
) {
  return createClusterChangeAction({
    ...options,
    id: CLUSTER_NODE_POOLS_ACTION_ID,
    kind: 'node-pools',
    description:
      "Changes a sovereign cluster's node pools: scale, add (also at another provider or location, joined over the overlay), remove, change machine types. Dry run: the diff and posture preview only.",
    examples,
    changeInput: {
      scale: z =>
        z
          .array(z.object({ name: z.string(), count: z.number() }))
          .optional()
          .describe('Pools to scale: name and new node count.'),
      add: z =>
        z
          .array(z.object({}).passthrough())
          .optional()
          .describe(
            'Pools to add, as in a cluster request (name, location, machineType, count, optional provider, labels, taints).',
          ),
      remove: z =>
        z.array(z.string()).optional().describe('Names of pools to remove.'),
      machineTypes: z =>
        z
          .array(z.object({ name: z.string(), machineType: z.string() }))
          .optional()
          .describe('Pools to roll onto another machine type.'),
    },
    changeOf: input => ({
      kind: 'node-pools',
      ...pick(input, ['scale', 'add', 'remove', 'machineTypes']),
    }),
  });
}

function pick(input: Record<string, unknown>, keys: string[]) {
  return Object.fromEntries(
    keys.filter(k => input[k] !== undefined).map(k => [k, input[k]]),
  );
}
