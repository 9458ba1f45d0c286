import { z as zv3 } from 'zod/v3';

type Z = typeof zv3;

/*
 * The workload as the scaffolder's JSON schema (forms, docs). Types and
 * descriptions only, objects open: the handler validates with the planner's
 * schema, whose errors name the field and the reason.
 */
export function placementWorkloadInput(z: Z) {
  return z
    .object({
      name: z.string().describe('Workload name.'),
      replicas: z.number().describe('Replicas to place.'),
      resources: z
        .object({
          cpuMilli: z.number().optional(),
          memoryMiB: z.number().optional(),
        })
        .passthrough()
        .optional()
        .describe('Requests per replica; enables capacity estimates.'),
      placement: z
        .object({})
        .passthrough()
        .optional()
        .describe(
          'Karmada placement: clusterAffinity, clusterTolerations, spreadConstraints, replicaScheduling.',
        ),
      sovereignty: z
        .object({
          allowedJurisdictions: z.array(z.string()).optional(),
          minimumSeal: z
            .enum(['SEAL-0', 'SEAL-1', 'SEAL-2', 'SEAL-3', 'SEAL-4'])
            .optional(),
          excludedProviders: z.array(z.string()).optional(),
          dataResidency: z.array(z.string()).optional(),
          survivesProviderLoss: z
            .object({ minReplicas: z.number() })
            .passthrough()
            .optional(),
        })
        .passthrough()
        .optional()
        .describe('Hard sovereignty constraints.'),
    })
    .passthrough()
    .describe('The workload to place.');
}

/** The placement plan as output. */
export const placementPlanOutput = (z: Z) =>
  z
    .object({
      workload: z.string(),
      replicas: z.number(),
      schedulable: z.boolean(),
      reason: z.string().optional(),
      assignments: z.array(z.object({}).passthrough()),
      decisions: z.array(z.object({}).passthrough()),
    })
    .passthrough()
    .describe(
      'The placement: assignments per cluster and a decision with reasons for every cluster.',
    );

/** The deployable workload: the placement workload plus namespace, volumes and pod template. */
export function deployableWorkloadInput(z: Z) {
  return placementWorkloadInput(z)
    .extend({
      namespace: z.string().describe('Namespace on every cluster.'),
      volumes: z
        .array(
          z
            .object({
              name: z.string(),
              sizeGiB: z.number(),
              mountPath: z.string(),
            })
            .passthrough(),
        )
        .optional()
        .describe(
          'Persistent volumes (makes it a StatefulSet); each gets the storage class that fits the cluster.',
        ),
      template: z
        .object({
          image: z.string().describe('Image with a pinned tag or digest.'),
        })
        .passthrough()
        .describe(
          'Pod template: image, ports, env (secrets by secretRef only), limits.',
        ),
    })
    .describe('The workload to place and deploy.');
}
