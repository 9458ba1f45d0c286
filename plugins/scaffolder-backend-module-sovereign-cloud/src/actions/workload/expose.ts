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
  edgeAnnotationsOf,
  edgeResilience,
  KubernetesClientFactory,
  parseEdgeRequest,
  renderArgoCdDelivery,
  renderDirectDelivery,
  renderEdge,
  renderWorkload,
  WorkloadFile,
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
  writeArgoCdFiles,
} from './delivery';
import { renderEdgeKarmadaDelivery } from './edgeKarmadaDelivery';
import { examples } from './expose.examples';
import { fleetFilterInput } from './loadFleet';
import { planWorkload } from './planWorkload';
import { deployableWorkloadInput } from './workloadInput';

/** @public */
export const WORKLOAD_EXPOSE_ACTION_ID = 'sovereign-cloud:workload:expose';

const EDGE_FILE = 'edge.yaml';
const KUSTOMIZATION_FILE = 'kustomization.yaml';
// Checkpoints of the edge stay apart from the deploy's on the same placement.
const CHECKPOINT_PREFIX = 'edge-';

/**
 * `sovereign-cloud:workload:expose`: plans the workload as
 * `sovereign-cloud:workload:deploy` does and puts one entry point in front of
 * the chosen clusters: per cluster a Gateway, route and cert-manager
 * Certificate, and the global entry (k8gb, external-dns or anycast),
 * delivered through the same engines. Outputs what losing each provider
 * does to the entry.
 * @public
 */
export function createWorkloadExposeAction(options: {
  permissions: PermissionsService;
  auditor: AuditorService;
  catalog: CatalogService;
  config: RootConfigService;
  kubernetes: KubernetesClientFactory;
}) {
  const { permissions, auditor, catalog, config, kubernetes } = options;

  return createTemplateAction({
    id: WORKLOAD_EXPOSE_ACTION_ID,
    description:
      'Exposes a placed workload under one hostname: per chosen cluster a Gateway API Gateway and route with TLS from cert-manager, and a global entry by k8gb, external-dns or MetalLB anycast; delivered through Karmada, Argo CD or server-side apply. Reports what losing each provider does to the entry.',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        workload: deployableWorkloadInput,
        fleet: fleetFilterInput,
        edge: z =>
          z
            .object({
              hostname: z.string().describe('The one name of the entry.'),
              gatewayClassName: z.string(),
              tls: z.object({}).passthrough(),
              globalEntry: z
                .object({
                  strategy: z.enum(['k8gb', 'external-dns', 'anycast']),
                })
                .passthrough(),
            })
            .passthrough()
            .describe(
              'The edge: hostname, protocol, gateway class, TLS issuer and global entry strategy. Secrets by reference only.',
            ),
        ...deliveryEngineInput,
      },
      output: {
        summary: z => z.string().describe('The placement in a few lines.'),
        placementId: z => z.string().optional(),
        hostname: z => z.string().optional().describe('The entry hostname.'),
        resilience: z =>
          z
            .array(
              z.object({
                provider: z.string(),
                outcome: z.enum(['keeps-serving', 'degrades', 'fails']),
                reason: z.string(),
                remainingClusters: z.array(z.string()),
              }),
            )
            .optional()
            .describe('What losing each provider does to the entry.'),
        annotations: z =>
          z
            .record(z.string(), z.string())
            .optional()
            .describe(
              "Annotations declaring the entry point on the workload's Component (catalog-info.yaml), for its posture, Entry points card and exit drill.",
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
          what: 'expose workloads',
        },
        credentials,
      );
      const workload = parseDeployableWorkload(input.workload);
      // Before the catalog: a wrong edge field should not wait for it.
      const edge = parseEdgeRequest(input.edge);
      const { karmada, argoCdCluster } = resolveEngineTargets(input, {
        kubernetes,
        config,
      });

      const { catalogue, fleet, plan, summary } = await planWorkload({
        catalog,
        credentials,
        logger: ctx.logger,
        workload,
        filter: input.fleet,
      });
      ctx.output('summary', summary);
      if (!plan.schedulable) {
        throw new InputError(
          `workload: "${workload.name}" cannot be placed: ${plan.reason}`,
        );
      }
      const rendered = renderWorkload(workload, plan, fleet);
      const renderedEdge = renderEdge(edge, rendered, fleet, {
        providers: catalogue.providers,
      });
      const resilience = edgeResilience(edge, rendered);
      ctx.output('placementId', rendered.placementId);
      ctx.output('hostname', renderedEdge.hostname);
      ctx.output('resilience', resilience);
      ctx.output('annotations', edgeAnnotationsOf(edge));
      ctx.logger.info(
        `Entry ${renderedEdge.hostname} (${
          renderedEdge.strategy
        }) in front of ${renderedEdge.clusters.map(c => c.cluster).join(', ')}`,
      );
      for (const r of resilience) {
        ctx.logger.info(`Losing ${r.provider}: ${r.outcome}, ${r.reason}`);
      }
      const dryRun = ctx.isDryRun === true;

      let deliveries: Delivery[] = [];
      if (karmada) {
        deliveries = [
          {
            target: karmada,
            description: `Karmada API server ${karmada.name}`,
            // The same Namespace as deploy: the edge also works before or without it.
            objects: [
              karmadaNamespace(workload),
              ...renderEdgeKarmadaDelivery(renderedEdge),
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
        const edgeOf = new Map(renderedEdge.clusters.map(c => [c.cluster, c]));
        // The Applications sync <path>/<cluster> through its kustomization: the edge joins it.
        const files: WorkloadFile[] = delivery.files.map(f => {
          if (!f.path.endsWith(`/${KUSTOMIZATION_FILE}`)) return f;
          return {
            ...f,
            objects: f.objects.map(k => ({
              ...k,
              resources: [...((k.resources as string[]) ?? []), EDGE_FILE],
            })),
          };
        });
        for (const file of delivery.files) {
          if (!file.path.endsWith(`/${KUSTOMIZATION_FILE}`)) continue;
          const dir = file.path.slice(0, -KUSTOMIZATION_FILE.length - 1);
          const cluster = edgeOf.get(dir.slice(dir.lastIndexOf('/') + 1))!;
          files.push({
            path: `${dir}/${EDGE_FILE}`,
            objects: [cluster.clusterIssuer, ...cluster.objects],
          });
        }
        deliveries = await writeArgoCdFiles({
          files,
          applicationSet: delivery.applicationSet,
          location,
          argoCdCluster,
          workspacePath: ctx.workspacePath,
          what: `the edge of ${workload.name}`,
          logger: ctx.logger,
          output: (name, value) => ctx.output(name, value),
        });
      } else {
        // The same Namespace object as deploy, so neither takes fields from the other.
        const namespaceOf = new Map(
          renderDirectDelivery(rendered).map(d => [d.cluster, d.objects[0]]),
        );
        deliveries = directDeliveries(
          kubernetes,
          fleet,
          renderedEdge.clusters.map(c => ({
            cluster: c.cluster,
            objects: [
              namespaceOf.get(c.cluster)!,
              c.clusterIssuer,
              ...c.objects,
            ],
          })),
        );
      }
      if (deliveries.length === 0) return;

      await deliverAudited({
        auditor,
        eventId: 'workload-expose',
        meta: {
          workload: `${workload.namespace}/${workload.name}`,
          hostname: renderedEdge.hostname,
          strategy: renderedEdge.strategy,
          engine: input.engine,
          placementId: rendered.placementId,
          targets: deliveries.map(d => d.target.name),
          initiator: ctx.user?.ref ?? null,
        },
        deliveries,
        placementId: rendered.placementId,
        keyPrefix: CHECKPOINT_PREFIX,
        dryRun,
        checkpoint: (key, fn) => ctx.checkpoint({ key, fn }),
        logger: ctx.logger,
        signal: ctx.signal,
        output: (name, value) => ctx.output(name, value),
      });
    },
  });
}
