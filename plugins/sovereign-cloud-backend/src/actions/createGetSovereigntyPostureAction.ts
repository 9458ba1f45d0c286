import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { parseEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { PostureService } from '../posture/PostureService';

/**
 * Registers `get-sovereignty-posture`: the same answer as
 * `GET /posture/:kind/:namespace/:name`, with the caller's credentials.
 */
export function createGetSovereigntyPostureAction(options: {
  actionsRegistry: ActionsRegistryService;
  posture: PostureService;
}) {
  const { actionsRegistry, posture } = options;
  actionsRegistry.register({
    name: 'get-sovereignty-posture',
    title: 'Get sovereignty posture',
    description: `Returns the sovereignty posture of a catalog entity against the EU Cloud Sovereignty Framework: for a SovereignCluster its own; for a Resource of spec.type cluster-mesh the aggregate over its member clusters with continuity after losing any one provider; for any other entity (e.g. a Component) the aggregate over the SovereignClusters it depends on.
The report holds the score (0..100 under a weight profile), the indicative SEAL level (0..4, the minimum over criteria caps, provisional when unknown evidence could lower it), per-objective results, findings with remediation, and drift between declared and observed facts. "evidence" says per cluster whether live evidence was observed, partial, failed (with the reason) or not configured.`,
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: z =>
        z.object({
          entityRef: z
            .string()
            .describe(
              'Entity reference, e.g. sovereigncluster:default/eu-prod-1, resource:default/eu-core or component:default/payments-api. A bare name means a SovereignCluster in the default namespace.',
            ),
          profile: z
            .string()
            .optional()
            .describe(
              'Weight profile id, e.g. csf-v1.2.1 or csf-calculator-2026-06; default: the configured profile',
            ),
        }),
      output: z =>
        z
          .object({
            entityRef: z.string(),
            subjectKind: z.enum(['cluster', 'mesh', 'component']),
            assessedAt: z.string(),
            report: z
              .object({
                score: z.number(),
                weightProfile: z.string(),
                seal: z
                  .object({
                    level: z.number(),
                    label: z.string(),
                    provisional: z.boolean(),
                  })
                  .passthrough(),
              })
              .passthrough(),
            evidence: z.array(
              z
                .object({
                  cluster: z.string(),
                  status: z.string(),
                  reason: z.string().optional(),
                })
                .passthrough(),
            ),
            members: z.array(z.object({}).passthrough()).optional(),
            continuity: z.array(z.object({}).passthrough()).optional(),
            survivesLossOfAnyProvider: z.boolean().optional(),
          })
          .passthrough(),
    },
    action: async ({ input, credentials }) => {
      let ref;
      try {
        ref = parseEntityRef(input.entityRef, {
          defaultKind: 'SovereignCluster',
          defaultNamespace: 'default',
        });
      } catch (error) {
        throw new InputError(`entityRef: ${(error as Error).message}`);
      }
      const output = await posture.getPosture(ref, {
        profile: input.profile,
        credentials,
      });
      return { output };
    },
  });
}
