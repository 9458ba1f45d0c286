import {
  AuditorService,
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
import { writePlanFiles } from '../../../provisioning/writePlanFiles';
import { resolveManagementCluster } from '../provision';
import { planClusterChange, sovereignClusterRefOf } from './planClusterChange';

type Z = typeof zv3;

/** What the three change actions share: all but the change itself. */
export type ClusterChangeActionOptions = {
  permissions: PermissionsService;
  auditor: AuditorService;
  catalog: CatalogService;
  config: RootConfigService;
  kubernetes: KubernetesClientFactory;
  records: Pick<ProvisioningClient, 'listProvisioningRecords' | 'saveChange'>;
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
        managementCluster: (z: Z) =>
          z
            .string()
            .optional()
            .describe(
              'Cluster of sovereignCloud.kubernetes.clusters that reconciles it. Default sovereignCloud.provisioning.managementCluster.',
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
            .describe('Server-side-apply dry-run diff per object.'),
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
              'GitOps files of the changed cluster written into the workspace (add-on settings live there), for a publish step.',
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
        managementCluster?: string;
        settings?: Record<string, string>;
        planOnly?: boolean;
      };
      const credentials = await ctx.getInitiatorCredentials();
      const dryRun = ctx.isDryRun === true || input.planOnly === true;
      // Before the catalog: a wrong cluster name should not wait for it.
      const management = resolveManagementCluster(
        { config, kubernetes },
        input.managementCluster,
      );
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
          management,
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

      const id = `${ctx.task.id}:${options.id}`;
      const record = {
        id,
        cluster: entityRef,
        kind: options.kind,
        summary: planned.summary,
        diff: planned.diff,
        mode: 'apply' as const,
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
          managementCluster: management.name,
          initiator: ctx.user?.ref ?? null,
        },
      });
      let applied: string[];
      try {
        applied = await applyPlanObjects({
          client: management.client,
          clusterName: planned.after.name,
          objects: planned.plan.manifests,
          dryRun: false,
          checkpoint: (key, fn) => ctx.checkpoint({ key, fn }),
          logger: ctx.logger,
          signal: ctx.signal,
        });
      } catch (error) {
        const done = error instanceof PlanApplyError ? error.applied : [];
        ctx.output('applied', done);
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
      ctx.output('applied', applied);
      // Add-on settings reach the cluster through its GitOps files, not the management cluster.
      ctx.output(
        'files',
        await writePlanFiles(ctx.workspacePath, planned.plan.files),
      );
      await records.saveChange(
        { ...record, status: 'applied' },
        { credentials },
      );
      await event.success({ meta: { applied } });
    },
  });
}
