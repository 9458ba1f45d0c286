import {
  PermissionsService,
  RootConfigService,
} from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { sovereignCloudClusterPlanPermission } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import {
  ClusterUnreachableError,
  diffManifestFiles,
  diffObjects,
  KubernetesClientFactory,
  ProvisioningClient,
  summariseDiff,
} from '@sovereign-cloud/plugin-sovereign-cloud-node';
import { PROVISION_FIELD_MANAGER } from '../../provisioning/applyPlanObjects';
import { resolveManagementCluster } from './provision';
import { requirePermission } from '../requirePermission';
import { loadProviderCatalogueOrShipped } from '../../planning/loadProviderCatalogue';
import { meshSlotFromRecords } from '../../planning/meshSlotFromRecords';
import { planCluster } from '../../planning/planCluster';
import { examples } from './plan.examples';
import { clusterPlanInput, posturePreviewOutput } from './planInput';

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
  /** The backend's provisioning records: which ClusterMesh slot the cluster would get. */
  records: Pick<ProvisioningClient, 'reserveMeshSlot' | 'saveRecord'>;
  /** With both: a cluster that exists already is diffed against its management cluster. */
  config?: RootConfigService;
  kubernetes?: KubernetesClientFactory;
}) {
  const { permissions, catalog, records, config, kubernetes } = options;

  return createTemplateAction({
    id: CLUSTER_PLAN_ACTION_ID,
    description:
      'Plans a sovereign cluster: Cluster API (or Crossplane) manifests, add-ons, the SovereignCluster entity and a posture preview. Fails when the request breaks its policy.',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        ...clusterPlanInput,
        managementCluster: z =>
          z
            .string()
            .optional()
            .describe(
              'Cluster of sovereignCloud.kubernetes.clusters to diff against. Default sovereignCloud.provisioning.managementCluster.',
            ),
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
        posture: posturePreviewOutput,
        summary: z =>
          z.string().describe('The plan in a few lines, for review.'),
        diff: z =>
          z
            .array(z.object({}).passthrough())
            .describe(
              'Per object: create, or for a cluster that exists the server-side-apply dry-run diff with field managers.',
            ),
        diffSummary: z => z.string().describe('The diff as Markdown.'),
      },
    },
    async handler(ctx) {
      const credentials = await ctx.getInitiatorCredentials();
      await requirePermission(
        permissions,
        {
          permission: sovereignCloudClusterPlanPermission,
          what: 'plan clusters',
        },
        credentials,
      );

      const catalogue = await loadProviderCatalogueOrShipped(
        catalog,
        credentials,
        ctx.logger,
      );
      const plan = planCluster(ctx.input.request, {
        catalogue,
        // Planning never reserves: the slot is taken when the cluster is provisioned.
        meshSlot: await meshSlotFromRecords(ctx.input.request, {
          records,
          credentials,
          reserve: false,
          logger: ctx.logger,
        }),
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

      const managementName =
        ctx.input.managementCluster ??
        config?.getOptionalString(
          'sovereignCloud.provisioning.managementCluster',
        );
      // A dry-run apply changes nothing, so diffing is as side-effect free as planning.
      let diff = diffManifestFiles({}, plan.files);
      if (config && kubernetes && managementName) {
        try {
          diff = await diffObjects(
            resolveManagementCluster({ config, kubernetes }, managementName)
              .client,
            plan.manifests,
            { fieldManager: PROVISION_FIELD_MANAGER, signal: ctx.signal },
          );
        } catch (error) {
          // Planning a new cluster must not depend on reaching the management cluster.
          if (!(error instanceof ClusterUnreachableError)) throw error;
          ctx.logger.warn(
            `Management cluster ${managementName} unreachable; the diff lists every object as created`,
          );
        }
      }
      ctx.output('diff', diff as unknown as Record<string, unknown>[]);
      ctx.output('diffSummary', summariseDiff(diff));
    },
  });
}
