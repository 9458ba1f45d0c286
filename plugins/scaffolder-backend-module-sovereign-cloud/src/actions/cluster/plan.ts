import {
  PermissionsService,
  RootConfigService,
} from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  isSovereignCluster,
  sovereignCloudClusterPlanPermission,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import {
  ClusterUnreachableError,
  diffManifestFiles,
  diffObjects,
  KubernetesClientFactory,
  ProvisioningClient,
  summariseDiff,
} from '@sovereign-cloud/plugin-sovereign-cloud-node';
import { PROVISION_FIELD_MANAGER } from '../../provisioning/applyPlanObjects';
import { readClusterFiles } from '../../provisioning/readClusterFiles';
import { changeModeOf, resolveChangeTarget } from './change/changeTarget';
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
  /**
   * With both: a cluster that exists already is diffed against its management
   * cluster, or (managed by GitOps) against its files in the repository.
   */
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
        mode: z =>
          z
            .enum(['apply', 'gitops'])
            .optional()
            .describe(
              'What to diff against: apply, the management cluster; gitops, the cluster files in the repository of sovereignCloud.provisioning.gitops. Default gitops for a cluster whose spec.management.type is gitops, else apply.',
            ),
        managementCluster: z =>
          z
            .string()
            .optional()
            .describe(
              'apply mode: cluster of sovereignCloud.kubernetes.clusters to diff against. Default sovereignCloud.provisioning.managementCluster.',
            ),
        targetPath: z =>
          z
            .string()
            .optional()
            .describe(
              'gitops mode: the cluster directory in the repository. Default spec.management.path or clusters/<name>.',
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
              'Per object: create, or for a cluster that exists the server-side-apply dry-run diff with field managers (apply) or the diff to its files in the repository (gitops).',
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

      if (ctx.input.mode === 'apply' && ctx.input.targetPath) {
        throw new InputError('targetPath: only in gitops mode');
      }
      const catalogue = await loadProviderCatalogueOrShipped(
        catalog,
        credentials,
        ctx.logger,
      );
      const planOptions = {
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
      };
      let plan = planCluster(ctx.input.request, planOptions);

      // A cluster managed by GitOps is diffed against its files, not a management cluster.
      let gitops: Awaited<ReturnType<typeof resolveChangeTarget>> | undefined;
      if (config && kubernetes && ctx.input.mode !== 'apply') {
        const found = await catalog.getEntityByRef(
          stringifyEntityRef(plan.entity),
          { credentials },
        );
        const existing = found && isSovereignCluster(found) ? found : undefined;
        const mode = existing
          ? changeModeOf(existing, ctx.input.mode)
          : ctx.input.mode ?? 'apply';
        if (mode === 'gitops') {
          gitops = await resolveChangeTarget({
            entity: existing ?? plan.entity,
            mode,
            managementCluster: ctx.input.managementCluster,
            targetPath: ctx.input.targetPath,
            catalog,
            credentials,
            config,
            kubernetes,
          });
        }
      }
      if (gitops?.mode === 'gitops') {
        plan = planCluster(ctx.input.request, {
          ...planOptions,
          basePath: gitops.directory,
        });
      }

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
      if (gitops?.mode === 'gitops') {
        if (gitops.repository) {
          diff = diffManifestFiles(
            await readClusterFiles({
              repository: gitops.repository,
              directory: gitops.directory,
              logger: ctx.logger,
            }),
            plan.files,
          );
        } else {
          ctx.logger.warn(
            `No GitOps repository in sovereignCloud.provisioning.gitops; the diff lists every object of ${gitops.directory} as created`,
          );
        }
      } else if (config && kubernetes && managementName) {
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
