import {
  AuditorService,
  BackstageCredentials,
  LoggerService,
  PermissionsService,
  RootConfigService,
} from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  createTemplateAction,
  TemplateExample,
} from '@backstage/plugin-scaffolder-node';
import {
  ClusterChangeKind,
  sovereignCloudClusterUpdatePermission,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import {
  KubernetesClientFactory,
  ProvisioningClient,
} from '@sovereign-cloud/plugin-sovereign-cloud-node';
import { z as zv3 } from 'zod/v3';
import { requirePermission } from '../../requirePermission';
import {
  applyPlanObjects,
  PlanApplyError,
} from '../../../provisioning/applyPlanObjects';
import { commitPlanFiles } from '../../../provisioning/commitPlanFiles';
import { writePlanFiles } from '../../../provisioning/writePlanFiles';
import { resolveManagementCluster } from '../provision';
import { changeModeOf, resolveChangeTarget } from './changeTarget';
import {
  ClusterChangePlan,
  planClusterChange,
  sovereignClusterRefOf,
} from './planClusterChange';

type Z = typeof zv3;

/** What the three change actions share: all but the change itself. */
export type ClusterChangeActionOptions = {
  permissions: PermissionsService;
  auditor: AuditorService;
  catalog: CatalogService;
  config: RootConfigService;
  kubernetes: KubernetesClientFactory;
  records: Pick<
    ProvisioningClient,
    'listProvisioningRecords' | 'saveChange' | 'saveRecord'
  >;
};

const previewOutput = (z: Z) =>
  z.object({
    score: z.number(),
    seal: z.number(),
    sealLabel: z.string(),
    provisional: z.boolean(),
  });

/**
 * Builds one change action: `changeInput` are its own fields, `changeOf`
 * turns them into the change `applyClusterChange` takes.
 */
export function createClusterChangeAction<
  TInput extends Record<string, (z: Z) => zv3.ZodTypeAny>,
>(
  options: ClusterChangeActionOptions & {
    id: string;
    kind: Exclude<ClusterChangeKind, 'decommission'>;
    description: string;
    examples: TemplateExample[];
    changeInput: TInput;
    changeOf: (input: Record<string, unknown>) => unknown;
  },
) {
  const { permissions, auditor, catalog, config, kubernetes, records } =
    options;
  return createTemplateAction({
    id: options.id,
    description: options.description,
    examples: options.examples,
    supportsDryRun: true,
    schema: {
      input: {
        cluster: (z: Z) =>
          z
            .string()
            .describe(
              'Entity reference of the SovereignCluster, e.g. sovereigncluster:default/hetzner-eu-prod.',
            ),
        ...options.changeInput,
        controlPlaneMachineType: (z: Z) =>
          z
            .string()
            .optional()
            .describe(
              'Machine type of the control plane, when the cluster was not provisioned through the portal (the entity does not record it).',
            ),
        mode: (z: Z) =>
          z
            .enum(['apply', 'gitops'])
            .optional()
            .describe(
              'apply: server-side apply to the management cluster; gitops: commit the changed files to the repository of sovereignCloud.provisioning.gitops (or, without one, write them into the workspace). Default gitops when spec.management.type is gitops, else apply.',
            ),
        managementCluster: (z: Z) =>
          z
            .string()
            .optional()
            .describe(
              'apply mode: cluster of sovereignCloud.kubernetes.clusters that reconciles it. Default sovereignCloud.provisioning.managementCluster.',
            ),
        targetPath: (z: Z) =>
          z
            .string()
            .optional()
            .describe(
              'gitops mode: the cluster directory in the repository. Default spec.management.path or clusters/<name>.',
            ),
        planOnly: (z: Z) =>
          z
            .boolean()
            .optional()
            .describe(
              'Only plan: output the diff and posture preview, apply and record nothing (as a dry run does).',
            ),
        settings: (z: Z) =>
          z
            .record(z.string())
            .optional()
            .describe(
              'Provider settings as at provisioning (project, network and image ids). Never credentials.',
            ),
      },
      output: {
        summary: (z: Z) => z.string().describe('The change in one line.'),
        diff: (z: Z) =>
          z
            .array(z.object({}).passthrough())
            .describe(
              'Per object: the server-side-apply dry-run diff (apply) or the diff to the files in the repository (gitops).',
            ),
        diffSummary: (z: Z) =>
          z.string().describe('The diff as Markdown, for review.'),
        posture: (z: Z) =>
          z
            .object({ before: previewOutput(z), after: previewOutput(z) })
            .describe('Posture preview before and after the change.'),
        files: (z: Z) =>
          z
            .array(z.string())
            .optional()
            .describe(
              'GitOps files of the changed cluster: written into the workspace (add-on settings live there) for a publish step, or committed (gitops mode with a repository).',
            ),
        commit: (z: Z) =>
          z
            .string()
            .optional()
            .describe(
              'gitops mode: the commit holding the changed files; absent when the repository had them already.',
            ),
        applied: (z: Z) =>
          z
            .array(z.string())
            .optional()
            .describe('The objects applied, as "Kind namespace/name".'),
      },
    },
    async handler(ctx) {
      const input = ctx.input as Record<string, unknown> & {
        cluster: string;
        controlPlaneMachineType?: string;
        mode?: 'apply' | 'gitops';
        managementCluster?: string;
        targetPath?: string;
        settings?: Record<string, string>;
        planOnly?: boolean;
      };
      const credentials = await ctx.getInitiatorCredentials();
      const dryRun = ctx.isDryRun === true || input.planOnly === true;
      // Before the catalog: a wrong cluster name should not wait for it.
      const management =
        input.mode === 'apply' ||
        (input.mode === undefined && input.managementCluster !== undefined)
          ? resolveManagementCluster(
              { config, kubernetes },
              input.managementCluster,
            )
          : undefined;
      const change = options.changeOf(input);
      const entityRef = sovereignClusterRefOf(input.cluster);
      const changePlan = async () =>
        planClusterChange({
          cluster: entityRef,
          change,
          overrides: input.controlPlaneMachineType
            ? { controlPlane: { machineType: input.controlPlaneMachineType } }
            : undefined,
          planOptions: { settings: input.settings },
          catalog,
          records,
          target: async entity =>
            management && changeModeOf(entity, input.mode) === 'apply'
              ? { mode: 'apply', management }
              : resolveChangeTarget({
                  entity,
                  mode: input.mode,
                  managementCluster: input.managementCluster,
                  targetPath: input.targetPath,
                  catalog,
                  credentials,
                  config,
                  kubernetes,
                }),
          credentials,
          logger: ctx.logger,
          signal: ctx.signal,
        });
      // Permission on the cluster itself, before the catalog or the management cluster is read.
      await requirePermission(
        permissions,
        {
          permission: sovereignCloudClusterUpdatePermission,
          resourceRef: entityRef,
          what: `change cluster ${entityRef}`,
        },
        credentials,
      );
      const planned = await changePlan();
      const preview = (p: typeof planned.posture.before) => ({
        score: p.score,
        seal: p.seal,
        sealLabel: p.sealLabel,
        provisional: p.provisional,
      });
      ctx.output('summary', planned.summary);
      ctx.output('diff', planned.diff as unknown as Record<string, unknown>[]);
      ctx.output('diffSummary', planned.diffSummary);
      ctx.output('posture', {
        before: preview(planned.posture.before),
        after: preview(planned.posture.after),
      });
      ctx.logger.info(
        `${planned.summary} on ${entityRef}: posture ${
          planned.posture.before.sealLabel
        } (${planned.posture.before.score}) → ${
          planned.posture.after.sealLabel
        } (${planned.posture.after.score})${
          dryRun ? ' (dry run, nothing applied)' : ''
        }`,
      );
      if (dryRun) return;

      const { target } = planned;
      const id = `${ctx.task.id}:${options.id}`;
      const record = {
        id,
        cluster: entityRef,
        kind: options.kind,
        summary: planned.summary,
        diff: planned.diff,
        mode: target.mode,
      };
      // Recorded once per task: a retry keeps the diff the reviewer saw.
      await ctx.checkpoint({
        key: 'change-planned',
        fn: async () => {
          await records.saveChange(
            { ...record, status: 'planned' },
            { credentials },
          );
        },
      });
      const event = await auditor.createEvent({
        eventId: 'cluster-change',
        severityLevel: 'high',
        meta: {
          entityRef,
          kind: options.kind,
          summary: planned.summary,
          mode: target.mode,
          ...(target.mode === 'apply'
            ? { managementCluster: target.management.name }
            : {
                directory: target.directory,
                repository: target.repository?.url ?? null,
              }),
          initiator: ctx.user?.ref ?? null,
        },
      });
      let applied: string[] = [];
      try {
        if (target.mode === 'apply') {
          applied = await applyPlanObjects({
            client: target.management.client,
            clusterName: planned.after.name,
            objects: planned.plan.manifests,
            dryRun: false,
            checkpoint: (key, fn) => ctx.checkpoint({ key, fn }),
            logger: ctx.logger,
            signal: ctx.signal,
          });
          ctx.output('applied', applied);
          // Add-on settings reach the cluster through its GitOps files, not the management cluster.
          ctx.output(
            'files',
            await writePlanFiles(ctx.workspacePath, planned.plan.files),
          );
        } else if (target.repository) {
          const { repository, directory } = target;
          // Once per task: a retry does not commit twice.
          const committed = await ctx.checkpoint({
            key: 'change-gitops-commit',
            fn: async () => {
              const { commit, changed, files } = await commitPlanFiles({
                repository,
                directory,
                files: planned.plan.files,
                message: `${planned.summary} on ${planned.after.name} (${entityRef})`,
                logger: ctx.logger,
              });
              return { commit, changed, files };
            },
          });
          ctx.output('files', committed.files);
          if (committed.changed) ctx.output('commit', committed.commit);
        } else {
          const files = await writePlanFiles(
            ctx.workspacePath,
            planned.plan.files,
          );
          ctx.output('files', files);
          ctx.logger.info(
            `No GitOps repository in sovereignCloud.provisioning.gitops: wrote ${files.length} files of ${entityRef} under ${target.directory} for a publish step`,
          );
        }
      } catch (error) {
        const done = error instanceof PlanApplyError ? error.applied : [];
        if (target.mode === 'apply') ctx.output('applied', done);
        await records.saveChange(
          {
            ...record,
            status: 'failed',
            error: error instanceof Error ? error.message : String(error),
          },
          { credentials },
        );
        await event.fail({ error: error as Error, meta: { applied: done } });
        throw error;
      }
      await records.saveChange(
        { ...record, status: 'applied' },
        { credentials },
      );
      await event.success({ meta: { applied } });
      await keepRequestCurrent(planned, {
        records,
        credentials,
        logger: ctx.logger,
      });
    },
  });
}

/**
 * Re-saves the cluster's provisioning record with the changed request, so
 * the next change starts from it. The backend replaces a cluster's record
 * (one per entity); id, entity, mode and requestedAt stay as provisioned.
 */
async function keepRequestCurrent(
  planned: ClusterChangePlan,
  options: {
    records: Pick<ProvisioningClient, 'saveRecord'>;
    credentials: BackstageCredentials;
    logger: LoggerService;
  },
) {
  const { record } = planned;
  if (!record) return;
  try {
    await options.records.saveRecord(
      {
        id: record.id,
        entity: record.entity,
        requestedAt: record.requestedAt,
        ...(record.mode ? { mode: record.mode } : {}),
        request: planned.after as unknown as Record<string, unknown>,
      },
      { credentials: options.credentials },
    );
  } catch (error) {
    // The change is done; failing the task now would hide that it was.
    options.logger.warn(
      `Could not update the provisioning record of ${
        planned.entityRef
      } with the changed request (${
        error instanceof Error ? error.message : String(error)
      }); the next change starts from the request before this one`,
    );
  }
}
