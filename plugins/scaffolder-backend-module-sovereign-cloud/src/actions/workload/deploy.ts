import {
  AuditorService,
  LoggerService,
  PermissionsService,
  RootConfigService,
} from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  parseDeployableWorkload,
  planPlacement,
  sovereignCloudWorkloadDeployPermission,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import {
  KubernetesClientFactory,
  karmadaMemberOf,
  KubernetesObject,
  renderArgoCdDelivery,
  renderDirectDelivery,
  renderKarmadaDelivery,
  renderWorkload,
  WorkloadFile,
} from '@sovereign-cloud/plugin-sovereign-cloud-node';
import yaml from 'yaml';
import { requirePermission } from '../requirePermission';
import { loadProviderCatalogueOrShipped } from '../../planning/loadProviderCatalogue';
import {
  applyPlanObjects,
  Checkpoint,
  PlanApplyError,
} from '../../provisioning/applyPlanObjects';
import { writePlanFiles } from '../../provisioning/writePlanFiles';
import {
  configuredTarget,
  DeliveryTarget,
  directTargets,
} from './deliveryTargets';
import { examples } from './deploy.examples';
import { fleetFilterInput, loadPlacementFleet } from './loadFleet';
import { summarisePlacement } from './summarisePlacement';
import { deployableWorkloadInput, placementPlanOutput } from './workloadInput';

/** @public */
export const WORKLOAD_DEPLOY_ACTION_ID = 'sovereign-cloud:workload:deploy';

/** Config keys of the default delivery targets. */
export const WORKLOAD_CONFIG = {
  karmadaCluster: 'sovereignCloud.workloads.karmada.cluster',
  argoCdCluster: 'sovereignCloud.workloads.argocd.cluster',
  argoCdNamespace: 'sovereignCloud.workloads.argocd.namespace',
  argoCdRepoURL: 'sovereignCloud.workloads.argocd.repoURL',
} as const;

const APPLICATION_SET_FILE = 'applicationset.yaml';

/** One apply run: what goes where, and how messages name the target. */
type Delivery = {
  target: DeliveryTarget;
  description: string;
  objects: KubernetesObject[];
};

function filesOf(files: WorkloadFile[]): Record<string, string> {
  return Object.fromEntries(
    files.map(f => [
      f.path,
      f.objects.map(o => yaml.stringify(o)).join('---\n'),
    ]),
  );
}

/** Applies deliveries in order; on failure, `applied` covers every target so far. */
async function applyDeliveries(options: {
  deliveries: Delivery[];
  placementId: string;
  dryRun: boolean;
  checkpoint: Checkpoint;
  logger: LoggerService;
  signal?: AbortSignal;
}): Promise<string[]> {
  const applied: string[] = [];
  for (const delivery of options.deliveries) {
    const prefix = `${delivery.target.name}: `;
    try {
      const done = await applyPlanObjects({
        client: delivery.target.client,
        // The placement is part of the key: a changed placement applies again.
        clusterName: `${options.placementId}-${delivery.target.name}`,
        objects: delivery.objects,
        dryRun: options.dryRun,
        checkpoint: options.checkpoint,
        logger: options.logger,
        signal: options.signal,
        targetDescription: delivery.description,
      });
      applied.push(...done.map(d => prefix + d));
    } catch (error) {
      if (!(error instanceof PlanApplyError)) throw error;
      const all = [...applied, ...error.applied.map(d => prefix + d)];
      if (applied.length === 0) {
        // Same message; `applied` names the target like the success output does.
        error.applied.splice(0, error.applied.length, ...all);
        throw error;
      }
      throw new PlanApplyError(
        `Deploying to ${
          delivery.description
        } failed after applying to earlier clusters (${applied.join(', ')})`,
        all,
        error,
      );
    }
  }
  return applied;
}

/**
 * `sovereign-cloud:workload:deploy`: plans the workload like
 * `sovereign-cloud:workload:place`, renders it per chosen cluster and
 * delivers it through Karmada (resource templates and policies on the Karmada
 * API server), Argo CD (an ApplicationSet and per-cluster files) or direct
 * server-side apply to each cluster. The hard constraints travel with what
 * the engine receives, so a later reschedule cannot break them.
 * @public
 */
export function createWorkloadDeployAction(options: {
  permissions: PermissionsService;
  auditor: AuditorService;
  catalog: CatalogService;
  config: RootConfigService;
  kubernetes: KubernetesClientFactory;
}) {
  const { permissions, auditor, catalog, config, kubernetes } = options;

  return createTemplateAction({
    id: WORKLOAD_DEPLOY_ACTION_ID,
    description:
      'Places a workload over the SovereignClusters of the catalog and deploys it: through Karmada (PropagationPolicy and resource templates on the Karmada API server), an Argo CD ApplicationSet with per-cluster files, or server-side apply to each chosen cluster. Fails with the planner’s reason when the workload cannot be placed.',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        workload: deployableWorkloadInput,
        fleet: fleetFilterInput,
        engine: z =>
          z
            .enum(['karmada', 'argocd', 'direct'])
            .describe(
              'karmada: apply to the Karmada API server; argocd: ApplicationSet plus files; direct: server-side apply to each cluster.',
            ),
        karmada: z =>
          z
            .object({
              cluster: z
                .string()
                .optional()
                .describe(
                  `The Karmada API server, a cluster of sovereignCloud.kubernetes.clusters. Default ${WORKLOAD_CONFIG.karmadaCluster}.`,
                ),
            })
            .optional(),
        argocd: z =>
          z
            .object({
              repoURL: z
                .string()
                .optional()
                .describe(
                  `Git repository Argo CD syncs from. Default ${WORKLOAD_CONFIG.argoCdRepoURL}.`,
                ),
              path: z
                .string()
                .optional()
                .describe(
                  'Directory of the workload in the repository (and the workspace). Default workloads/<namespace>/<name>.',
                ),
              revision: z.string().optional(),
              project: z.string().optional(),
              namespace: z
                .string()
                .optional()
                .describe(
                  `Namespace of Argo CD. Default ${WORKLOAD_CONFIG.argoCdNamespace}, else argocd.`,
                ),
              apply: z
                .boolean()
                .optional()
                .describe(
                  'Apply the ApplicationSet to the Argo CD cluster; otherwise it is written into the workspace with the other files for a publish step.',
                ),
              cluster: z
                .string()
                .optional()
                .describe(
                  `The cluster Argo CD runs on, of sovereignCloud.kubernetes.clusters. Default ${WORKLOAD_CONFIG.argoCdCluster}.`,
                ),
            })
            .optional(),
      },
      output: {
        plan: placementPlanOutput,
        summary: z => z.string().describe('The plan in a few lines.'),
        placementId: z =>
          z
            .string()
            .optional()
            .describe(
              'Label value (sovereign-cloud.io/placement) of the objects.',
            ),
        applied: z =>
          z
            .array(z.string())
            .optional()
            .describe('Objects applied, as "<cluster>: Kind ns/name".'),
        files: z =>
          z
            .array(z.string())
            .optional()
            .describe('argocd: files written, relative to the workspace.'),
      },
    },
    async handler(ctx) {
      const { input } = ctx;
      const credentials = await ctx.getInitiatorCredentials();
      await requirePermission(
        permissions,
        {
          permission: sovereignCloudWorkloadDeployPermission,
          what: 'deploy workloads',
        },
        credentials,
      );
      if (input.karmada && input.engine !== 'karmada') {
        throw new InputError('karmada: only with engine karmada');
      }
      if (input.argocd && input.engine !== 'argocd') {
        throw new InputError('argocd: only with engine argocd');
      }
      const workload = parseDeployableWorkload(input.workload);
      // Before planning: a wrong cluster name should not wait for the catalog.
      const karmada =
        input.engine === 'karmada'
          ? configuredTarget({
              kubernetes,
              config,
              field: 'karmada.cluster',
              value: input.karmada?.cluster,
              configKey: WORKLOAD_CONFIG.karmadaCluster,
              role: 'Karmada API server',
            })
          : undefined;
      const argoCdCluster =
        input.engine === 'argocd' && input.argocd?.apply
          ? configuredTarget({
              kubernetes,
              config,
              field: 'argocd.cluster',
              value: input.argocd.cluster,
              configKey: WORKLOAD_CONFIG.argoCdCluster,
              role: 'cluster Argo CD runs on',
            })
          : undefined;

      const catalogue = await loadProviderCatalogueOrShipped(
        catalog,
        credentials,
        ctx.logger,
      );
      const fleet = await loadPlacementFleet({
        catalog,
        credentials,
        catalogue,
        filter: input.fleet,
        logger: ctx.logger,
      });
      const plan = planPlacement(workload, fleet, { catalogue });
      const summary = summarisePlacement(plan);
      ctx.output('plan', plan as unknown as Record<string, unknown> as never);
      ctx.output('summary', summary);
      if (!plan.schedulable) {
        throw new InputError(
          `workload: "${workload.name}" cannot be placed: ${plan.reason}`,
        );
      }
      ctx.logger.info(summary);
      const rendered = renderWorkload(workload, plan, fleet);
      ctx.output('placementId', rendered.placementId);
      const dryRun = ctx.isDryRun === true;

      let deliveries: Delivery[] = [];
      if (karmada) {
        deliveries = [
          {
            target: karmada,
            description: `Karmada API server ${karmada.name}`,
            objects: [
              // Karmada propagates the namespace to the members that get the workload.
              {
                apiVersion: 'v1',
                kind: 'Namespace',
                metadata: { name: workload.namespace },
              },
              ...renderKarmadaDelivery(rendered),
            ],
          },
        ];
      } else if (input.engine === 'argocd') {
        const repoURL =
          // An empty form field means "not given".
          input.argocd?.repoURL ||
          config.getOptionalString(WORKLOAD_CONFIG.argoCdRepoURL);
        if (!repoURL) {
          throw new InputError(
            `argocd.repoURL: is required; give it or set ${WORKLOAD_CONFIG.argoCdRepoURL}`,
          );
        }
        const path =
          input.argocd?.path ||
          `workloads/${workload.namespace}/${workload.name}`;
        const delivery = renderArgoCdDelivery(rendered, {
          repoURL,
          path,
          revision: input.argocd?.revision,
          project: input.argocd?.project,
          namespace:
            input.argocd?.namespace ??
            config.getOptionalString(WORKLOAD_CONFIG.argoCdNamespace),
        });
        const files = [...delivery.files];
        if (!argoCdCluster) {
          files.push({
            path: `${path.replace(/\/+$/, '')}/${APPLICATION_SET_FILE}`,
            objects: [delivery.applicationSet],
          });
        }
        const written = await writePlanFiles(ctx.workspacePath, filesOf(files));
        ctx.output('files', written);
        ctx.logger.info(
          `Wrote ${written.length} files of ${workload.name} under ${path}; a publish step pushes them to ${repoURL}`,
        );
        if (argoCdCluster) {
          deliveries = [
            {
              target: argoCdCluster,
              description: `Argo CD cluster ${argoCdCluster.name}`,
              objects: [delivery.applicationSet],
            },
          ];
        }
      } else {
        const byMember = new Map(
          fleet.map(c => [karmadaMemberOf(c.entity), c.entity]),
        );
        const direct = renderDirectDelivery(rendered);
        const entities = direct.map(d => byMember.get(d.cluster)!);
        const targets = directTargets(kubernetes, entities);
        deliveries = direct.map((d, i) => {
          const target = targets.get(entities[i])!;
          return {
            target,
            description: `cluster ${d.cluster} (${target.name})`,
            objects: d.objects,
          };
        });
      }
      if (deliveries.length === 0) return;

      // Applying changes clusters: an audit trail names who deployed what where.
      const event = dryRun
        ? undefined
        : await auditor.createEvent({
            eventId: 'workload-deploy',
            severityLevel: 'high',
            meta: {
              workload: `${workload.namespace}/${workload.name}`,
              engine: input.engine,
              placementId: rendered.placementId,
              targets: deliveries.map(d => d.target.name),
              assignments: plan.assignments.map(a => ({
                cluster: a.cluster,
                replicas: a.replicas,
              })),
              initiator: ctx.user?.ref ?? null,
            },
          });
      let applied: string[];
      try {
        applied = await applyDeliveries({
          deliveries,
          placementId: rendered.placementId,
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
    },
  });
}
