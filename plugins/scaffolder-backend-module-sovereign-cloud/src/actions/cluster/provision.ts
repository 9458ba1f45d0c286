import {
  AuditorService,
  PermissionsService,
  RootConfigService,
} from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  parseClusterRequest,
  sovereignCloudClusterProvisionPermission,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import {
  KubernetesClientFactory,
  KubernetesClusterClient,
  ProvisioningClient,
} from '@sovereign-cloud/plugin-sovereign-cloud-node';
import { requirePermission } from '../requirePermission';
import { loadProviderCatalogueOrShipped } from '../../planning/loadProviderCatalogue';
import { meshSlotFromRecords } from '../../planning/meshSlotFromRecords';
import { planCluster } from '../../planning/planCluster';
import {
  applyPlanObjects,
  PlanApplyError,
} from '../../provisioning/applyPlanObjects';
import { commitPlanFiles } from '../../provisioning/commitPlanFiles';
import { readGitOpsRepositoryConfig } from '../../provisioning/gitOpsRepositoryConfig';
import { waitForConditions } from '../../provisioning/waitForCluster';
import { writePlanFiles } from '../../provisioning/writePlanFiles';
import { clusterPlanInput, posturePreviewOutput } from './planInput';
import { examples } from './provision.examples';

/** @public */
export const CLUSTER_PROVISION_ACTION_ID = 'sovereign-cloud:cluster:provision';

const DEFAULT_WAIT_SECONDS = 1800;
const PATH_PATTERN = /^[A-Za-z0-9._-]+(\/[A-Za-z0-9._-]+)*$/;

function targetPathOf(value: string | undefined, name: string): string {
  if (value === undefined) return `clusters/${name}`;
  const trimmed = value.replace(/^\.\//, '').replace(/\/+$/, '');
  if (
    !PATH_PATTERN.test(trimmed) ||
    trimmed.split('/').some(part => part === '.' || part === '..')
  ) {
    throw new InputError(
      `targetPath: must be a relative path of plain segments (letters, digits, . _ -), got ${JSON.stringify(
        value,
      )}`,
    );
  }
  return trimmed;
}

/**
 * The management cluster to apply to: the one named, else
 * `sovereignCloud.provisioning.managementCluster`; it must be configured.
 */
export function resolveManagementCluster(
  options: { config: RootConfigService; kubernetes: KubernetesClientFactory },
  name: string | undefined,
): { name: string; client: KubernetesClusterClient } {
  const { config, kubernetes } = options;
  const chosen =
    name ??
    config.getOptionalString('sovereignCloud.provisioning.managementCluster');
  const known = kubernetes.listConfiguredClusters().map(c => c.name);
  if (!chosen) {
    throw new InputError(
      'managementCluster: is required in apply mode; give it or set sovereignCloud.provisioning.managementCluster',
    );
  }
  if (!known.includes(chosen)) {
    throw new InputError(
      `managementCluster: ${JSON.stringify(
        chosen,
      )} is not in sovereignCloud.kubernetes.clusters (configured: ${
        known.join(', ') || 'none'
      })`,
    );
  }
  return { name: chosen, client: kubernetes.forConfiguredCluster(chosen) };
}

/**
 * `sovereign-cloud:cluster:provision`: plans a cluster like
 * `sovereign-cloud:cluster:plan`, then either server-side applies the plan to
 * a management cluster (`apply`) or writes its GitOps files into the
 * workspace for a following `publish:*` step (`gitops`).
 * @public
 */
export function createClusterProvisionAction(options: {
  permissions: PermissionsService;
  auditor: AuditorService;
  catalog: CatalogService;
  config: RootConfigService;
  kubernetes: KubernetesClientFactory;
  /** The backend's provisioning records: mesh slots and the record the catalog shows. */
  records: Pick<ProvisioningClient, 'reserveMeshSlot' | 'saveRecord'>;
  /** How often `wait` reads the Cluster. Default 10 seconds. */
  waitPollIntervalMs?: number;
}) {
  const { permissions, auditor, catalog, config, kubernetes, records } =
    options;
  const pollIntervalMs = options.waitPollIntervalMs ?? 10_000;

  const managementClusterFor = (name: string | undefined) =>
    resolveManagementCluster({ config, kubernetes }, name);

  return createTemplateAction({
    id: CLUSTER_PROVISION_ACTION_ID,
    description:
      'Provisions a sovereign cluster: plans it like sovereign-cloud:cluster:plan, then server-side applies the plan to a management cluster (mode apply) or writes its GitOps files into the workspace for a publish step (mode gitops).',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        ...clusterPlanInput,
        mode: z =>
          z
            .enum(['apply', 'gitops'])
            .describe(
              'apply: server-side apply to the management cluster; gitops: write the files into the workspace for a publish step.',
            ),
        managementCluster: z =>
          z
            .string()
            .optional()
            .describe(
              'Cluster of sovereignCloud.kubernetes.clusters to apply to. Default sovereignCloud.provisioning.managementCluster.',
            ),
        wait: z =>
          z
            .object({
              conditions: z
                .array(z.string())
                .optional()
                .describe(
                  'Conditions of the Cluster to wait for. Default [Ready].',
                ),
              timeoutSeconds: z
                .number()
                .positive()
                .optional()
                .describe(`How long to wait. Default ${DEFAULT_WAIT_SECONDS}.`),
            })
            .optional()
            .describe(
              'apply mode: wait until the Cluster reports these conditions True.',
            ),
        targetPath: z =>
          z
            .string()
            .optional()
            .describe(
              'Directory of the cluster in the GitOps repository (and the workspace). Default clusters/<name>.',
            ),
        commit: z =>
          z
            .boolean()
            .optional()
            .describe(
              'gitops mode: commit the files to the repository of sovereignCloud.provisioning.gitops instead of leaving them for a publish step.',
            ),
      },
      output: {
        applied: z =>
          z
            .array(z.string())
            .optional()
            .describe(
              'apply mode: the objects applied, as "Kind namespace/name".',
            ),
        files: z =>
          z
            .array(z.string())
            .optional()
            .describe(
              'gitops mode: the files written, relative to the workspace.',
            ),
        entityRef: z =>
          z.string().describe('Reference of the SovereignCluster entity.'),
        commit: z =>
          z
            .string()
            .optional()
            .describe('gitops mode with commit: the commit holding the files.'),
        posture: posturePreviewOutput,
      },
    },
    async handler(ctx) {
      const { input } = ctx;
      const credentials = await ctx.getInitiatorCredentials();
      await requirePermission(
        permissions,
        {
          permission: sovereignCloudClusterProvisionPermission,
          what: 'provision clusters',
        },
        credentials,
      );
      if (input.mode === 'gitops' && input.wait) {
        throw new InputError(
          'wait: only in apply mode; in gitops mode the objects reach the management cluster after the publish step',
        );
      }
      if (input.mode === 'apply' && input.commit) {
        throw new InputError('commit: only in gitops mode');
      }
      const repository = input.commit
        ? readGitOpsRepositoryConfig(config)
        : undefined;
      if (input.commit && !repository) {
        throw new InputError(
          'commit: needs the GitOps repository in sovereignCloud.provisioning.gitops',
        );
      }
      const name = (input.request as { name?: unknown }).name;
      const targetPath = targetPathOf(
        input.targetPath,
        typeof name === 'string' ? name : '',
      );
      // Before planning: a wrong cluster name should not wait for the catalog.
      const management =
        input.mode === 'apply'
          ? managementClusterFor(input.managementCluster)
          : undefined;

      const dryRun = ctx.isDryRun === true;
      const planOptions = {
        catalogue: await loadProviderCatalogueOrShipped(
          catalog,
          credentials,
          ctx.logger,
        ),
        settings: input.settings,
        delivery: input.delivery,
        repoURL: input.repoURL,
        basePath: targetPath,
      };
      // A request that breaks policy fails here, before a mesh slot is reserved for it.
      planCluster(input.request, planOptions);
      const slotOf = (reserve: boolean) =>
        meshSlotFromRecords(input.request, {
          records,
          credentials,
          reserve,
          logger: ctx.logger,
        });
      // Reserved once per task: a retry gets the same slot back.
      const meshSlot = dryRun
        ? await slotOf(false)
        : (await ctx.checkpoint({
            key: 'mesh-slot',
            fn: async () => (await slotOf(true)) ?? null,
          })) ?? undefined;
      const plan = planCluster(input.request, { ...planOptions, meshSlot });
      const clusterName = plan.entity.metadata.name;
      ctx.output('entityRef', stringifyEntityRef(plan.entity));
      ctx.output('posture', plan.posture);
      // The catalog shows the cluster as Provisioning from here on, once per task.
      const saveRecord = async () => {
        if (dryRun) return;
        await ctx.checkpoint({
          key: 'provisioning-record',
          fn: async () => {
            await records.saveRecord(
              {
                id: ctx.task.id,
                entity: plan.entity,
                requestedAt: new Date().toISOString(),
                mode: input.mode,
                // Day-2 changes start from what was asked, not from the entity.
                request: parseClusterRequest(input.request),
              },
              { credentials },
            );
          },
        });
      };

      if (!management) {
        const files = await writePlanFiles(ctx.workspacePath, plan.files);
        ctx.output('files', files);
        if (!repository) {
          ctx.logger.info(
            `Wrote ${files.length} files of cluster ${clusterName} under ${targetPath}; a publish step pushes them to the GitOps repository`,
          );
        } else if (dryRun) {
          ctx.logger.info(
            `Dry run: would commit ${files.length} files of cluster ${clusterName} under ${targetPath} to ${repository.url} (${repository.branch})`,
          );
        } else {
          const committed = await ctx.checkpoint({
            key: 'gitops-commit',
            fn: async () =>
              (
                await commitPlanFiles({
                  repository,
                  directory: targetPath,
                  files: plan.files,
                  message: `Provision cluster ${clusterName} (${stringifyEntityRef(
                    plan.entity,
                  )})`,
                  logger: ctx.logger,
                })
              ).commit,
          });
          ctx.logger.info(
            `Committed ${files.length} files of cluster ${clusterName} to ${repository.url} (${repository.branch}) as ${committed}`,
          );
          ctx.output('commit', committed);
        }
        await saveRecord();
        return;
      }

      const waitFor = plan.manifests.find(
        o =>
          o.kind === 'Cluster' && o.apiVersion.startsWith('cluster.x-k8s.io/'),
      );
      if (input.wait && !waitFor) {
        throw new InputError(
          `wait: the plan of ${clusterName} has no Cluster API Cluster to wait for (provider ${plan.entity.spec.provider})`,
        );
      }
      // Applying changes the management cluster: an audit trail names who asked for what.
      const event = dryRun
        ? undefined
        : await auditor.createEvent({
            eventId: 'cluster-provision',
            severityLevel: 'high',
            meta: {
              entityRef: stringifyEntityRef(plan.entity),
              mode: 'apply',
              managementCluster: management.name,
              initiator: ctx.user?.ref ?? null,
            },
          });
      let applied: string[];
      try {
        applied = await applyPlanObjects({
          client: management.client,
          clusterName,
          objects: plan.manifests,
          dryRun,
          checkpoint: (key, fn) => ctx.checkpoint({ key, fn }),
          logger: ctx.logger,
          signal: ctx.signal,
        });
      } catch (error) {
        const done = error instanceof PlanApplyError ? error.applied : [];
        if (error instanceof PlanApplyError) ctx.output('applied', done);
        await event?.fail({ error: error as Error, meta: { applied: done } });
        throw error;
      }
      await event?.success({ meta: { applied } });
      ctx.output('applied', applied);
      await saveRecord();

      if (!input.wait) return;
      if (dryRun) {
        ctx.logger.info(`Dry run: not waiting for ${clusterName}`);
        return;
      }
      await waitForConditions({
        client: management.client,
        object: waitFor!,
        conditions: input.wait.conditions?.length
          ? input.wait.conditions
          : ['Ready'],
        timeoutMs: (input.wait.timeoutSeconds ?? DEFAULT_WAIT_SECONDS) * 1000,
        pollIntervalMs,
        logger: ctx.logger,
        signal: ctx.signal,
      });
    },
  });
}
