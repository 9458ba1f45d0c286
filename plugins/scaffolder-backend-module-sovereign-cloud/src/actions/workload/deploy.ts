import {
  AuditorService,
  PermissionsService,
  RootConfigService,
} from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  parseDeployableWorkload,
  sovereignCloudWorkloadDeployPermission,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import {
  KubernetesClientFactory,
  renderArgoCdDelivery,
  renderDirectDelivery,
  renderKarmadaDelivery,
  renderWorkload,
} from '@sovereign-cloud/plugin-sovereign-cloud-node';
import { requirePermission } from '../requirePermission';
import {
  argoCdLocation,
  deliverAudited,
  Delivery,
  deliveryEngineInput,
  directDeliveries,
  karmadaNamespace,
  resolveEngineTargets,
  WORKLOAD_CONFIG,
  writeArgoCdFiles,
} from './delivery';
import { examples } from './deploy.examples';
import { fleetFilterInput } from './loadFleet';
import { planWorkload } from './planWorkload';
import { deployableWorkloadInput, placementPlanOutput } from './workloadInput';

/** @public */
export const WORKLOAD_DEPLOY_ACTION_ID = 'sovereign-cloud:workload:deploy';

export { WORKLOAD_CONFIG };

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
        ...deliveryEngineInput,
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
      const workload = parseDeployableWorkload(input.workload);
      const { karmada, argoCdCluster } = resolveEngineTargets(input, {
        kubernetes,
        config,
      });

      const { fleet, plan, summary } = await planWorkload({
        catalog,
        credentials,
        logger: ctx.logger,
        workload,
        filter: input.fleet,
      });
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
              karmadaNamespace(workload),
              ...renderKarmadaDelivery(rendered),
            ],
          },
        ];
      } else if (input.engine === 'argocd') {
        const location = argoCdLocation(input, config, workload);
        const delivery = renderArgoCdDelivery(rendered, {
          ...location,
          revision: input.argocd?.revision,
          project: input.argocd?.project,
        });
        deliveries = await writeArgoCdFiles({
          files: delivery.files,
          applicationSet: delivery.applicationSet,
          location,
          argoCdCluster,
          workspacePath: ctx.workspacePath,
          what: workload.name,
          logger: ctx.logger,
          output: (name, value) => ctx.output(name, value),
        });
      } else {
        deliveries = directDeliveries(
          kubernetes,
          fleet,
          renderDirectDelivery(rendered),
        );
      }
      if (deliveries.length === 0) return;

      await deliverAudited({
        auditor,
        eventId: 'workload-deploy',
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
        deliveries,
        placementId: rendered.placementId,
        dryRun,
        checkpoint: (key, fn) => ctx.checkpoint({ key, fn }),
        logger: ctx.logger,
        signal: ctx.signal,
        output: (name, value) => ctx.output(name, value),
      });
    },
  });
}
