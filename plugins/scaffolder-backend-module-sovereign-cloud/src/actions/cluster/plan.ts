import {
  AuthService,
  BackstageCredentials,
  LoggerService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { NotAllowedError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  createProviderCatalogue,
  defaultCloudProviders,
  ProviderCatalogue,
  sovereignCloudClusterPlanPermission,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { loadProviderCatalogue } from '../../planning/loadProviderCatalogue';
import { planCluster } from '../../planning/planCluster';
import { examples } from './plan.examples';
import { clusterRequestInput } from './requestInput';

/** @public */
export const CLUSTER_PLAN_ACTION_ID = 'sovereign-cloud:cluster:plan';

/**
 * `sovereign-cloud:cluster:plan`: validates a cluster request, enforces its
 * policy and returns the manifests, the SovereignCluster entity and a posture
 * preview. No side effects, so a dry run does exactly the same.
 * @public
 */
export function createClusterPlanAction(options: {
  permissions: PermissionsService;
  catalog: CatalogService;
  /** Kept for actions that act on the plugin's behalf (provisioning records). */
  auth?: AuthService;
}) {
  const { permissions, catalog } = options;

  async function catalogueFor(
    credentials: BackstageCredentials,
    logger: LoggerService,
  ): Promise<ProviderCatalogue> {
    try {
      return await loadProviderCatalogue(catalog, credentials);
    } catch (error) {
      // The shipped catalogue still covers every built-in provider.
      logger.warn(
        `Could not read CloudProviders from the catalog, planning with the shipped catalogue: ${error}`,
      );
      return createProviderCatalogue(defaultCloudProviders());
    }
  }

  return createTemplateAction({
    id: CLUSTER_PLAN_ACTION_ID,
    description:
      'Plans a sovereign cluster: Cluster API (or Crossplane) manifests, add-ons, the SovereignCluster entity and a posture preview. Fails when the request breaks its policy.',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        request: z => clusterRequestInput(z),
        settings: z =>
          z
            .record(z.string())
            .optional()
            .describe(
              'Provider settings that are not part of a request (project, network and image ids, e.g. datacenterID for IONOS). Never credentials.',
            ),
        delivery: z =>
          z
            .enum(['flux', 'argocd'])
            .optional()
            .describe('How add-ons are delivered. Default flux.'),
        repoURL: z =>
          z
            .string()
            .optional()
            .describe('Git URL of the GitOps repository (needed for argocd).'),
      },
      output: {
        entity: z =>
          z.object({}).passthrough().describe('The SovereignCluster entity.'),
        manifests: z =>
          z
            .array(z.object({}).passthrough())
            .describe('Objects for the management cluster.'),
        files: z =>
          z
            .record(z.string())
            .describe('GitOps layout: clusters/<name>/… path to YAML text.'),
        posture: z =>
          z
            .object({
              score: z.number(),
              seal: z.number(),
              sealLabel: z.string(),
              provisional: z.boolean(),
              binding: z.array(z.object({ id: z.string(), title: z.string() })),
            })
            .describe('Posture preview from the declarations.'),
        summary: z =>
          z.string().describe('The plan in a few lines, for review.'),
      },
    },
    async handler(ctx) {
      const credentials = await ctx.getInitiatorCredentials();
      const [decision] = await permissions.authorize(
        [{ permission: sovereignCloudClusterPlanPermission }],
        { credentials },
      );
      if (decision.result !== AuthorizeResult.ALLOW) {
        throw new NotAllowedError(
          `Not allowed to plan clusters (${sovereignCloudClusterPlanPermission.name})`,
        );
      }

      const catalogue = await catalogueFor(credentials, ctx.logger);
      const plan = planCluster(ctx.input.request, {
        catalogue,
        settings: ctx.input.settings,
        delivery: ctx.input.delivery,
        repoURL: ctx.input.repoURL,
      });

      ctx.logger.info(
        `Planned cluster ${plan.entity.metadata.name}: ${
          plan.manifests.length
        } management objects, ${
          Object.keys(plan.files).length
        } files, posture preview ${plan.posture.sealLabel}${
          plan.posture.provisional ? ' (provisional)' : ''
        }${ctx.isDryRun ? ' (dry run)' : ''}`,
      );
      ctx.output('entity', plan.entity as unknown as Record<string, unknown>);
      ctx.output(
        'manifests',
        plan.manifests as unknown as Record<string, unknown>[],
      );
      ctx.output('files', plan.files);
      ctx.output('posture', plan.posture);
      ctx.output('summary', plan.summary);
    },
  });
}
