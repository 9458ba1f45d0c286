import {
  ClusterChangeActionOptions,
  createClusterChangeAction,
} from './clusterChangeAction';
import { examples } from './addons.examples';

/** @public */
export const CLUSTER_ADDONS_ACTION_ID = 'sovereign-cloud:cluster:addons';

/**
 * `sovereign-cloud:cluster:addons`: changes storage settings and the
 * observability endpoints of a running cluster. Overlay, mesh membership and
 * CIDRs are fixed once the cluster runs and are refused with the reason.
 * @public
 */
export function createClusterAddonsAction(options: ClusterChangeActionOptions) {
  return createClusterChangeAction({
    ...options,
    id: CLUSTER_ADDONS_ACTION_ID,
    kind: 'addons',
    description:
      "Changes a sovereign cluster's add-ons: storage backend, replication and failure domain, observability and its remote-write receiver. Overlay, mesh and CIDRs of a running cluster are refused. Dry run: the diff and posture preview only.",
    examples,
    changeInput: {
      storage: z =>
        z
          .object({
            backend: z.string().optional(),
            replication: z.number().optional(),
            failureDomain: z.string().optional(),
          })
          .optional()
          .describe('Storage settings to change.'),
      observability: z =>
        z
          .object({
            enabled: z.boolean().optional(),
            remoteWrite: z.object({ url: z.string() }).nullable().optional(),
          })
          .optional()
          .describe(
            'Observability stack and its Prometheus remote-write receiver (null removes it).',
          ),
      network: z =>
        z
          .object({})
          .passthrough()
          .optional()
          .describe(
            'Overlay settings; overlay, mesh and CIDRs only as they are (a running cluster keeps them).',
          ),
    },
    changeOf: input =>
      Object.fromEntries(
        Object.entries({
          kind: 'addons',
          storage: input.storage,
          observability: input.observability,
          network: input.network,
        }).filter(([, v]) => v !== undefined),
      ),
  });
}
