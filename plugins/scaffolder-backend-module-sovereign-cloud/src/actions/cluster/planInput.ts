import { z as zv3 } from 'zod/v3';
import { clusterRequestInput } from './requestInput';

type Z = typeof zv3;

/** The input of `sovereign-cloud:cluster:plan`, shared by the actions that plan first. */
export const clusterPlanInput = {
  request: (z: Z) => clusterRequestInput(z),
  settings: (z: Z) =>
    z
      .record(z.string())
      .optional()
      .describe(
        'Provider settings that are not part of a request (project, network and image ids, e.g. datacenterID for IONOS). Never credentials.',
      ),
  delivery: (z: Z) =>
    z
      .enum(['flux', 'argocd'])
      .optional()
      .describe('How add-ons are delivered. Default flux.'),
  repoURL: (z: Z) =>
    z
      .string()
      .optional()
      .describe('Git URL of the GitOps repository (needed for argocd).'),
};

/** The posture preview both actions output. */
export const posturePreviewOutput = (z: Z) =>
  z
    .object({
      score: z.number(),
      seal: z.number(),
      sealLabel: z.string(),
      provisional: z.boolean(),
      binding: z.array(z.object({ id: z.string(), title: z.string() })),
    })
    .describe('Posture preview from the declarations.');
