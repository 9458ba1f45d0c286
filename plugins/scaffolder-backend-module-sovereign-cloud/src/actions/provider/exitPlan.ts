import { PermissionsService } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import {
  CLOUD_PROVIDER_KIND,
  PlacedWorkload,
  placedWorkloadOf,
  planProviderExit,
  sovereignCloudProviderExitPlanPermission,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { requirePermission } from '../requirePermission';
import { loadProviderCatalogueOrShipped } from '../../planning/loadProviderCatalogue';
import { fleetFilterInput, loadPlacementFleet } from '../workload/loadFleet';
import { examples } from './exitPlan.examples';
import { exitPlanSummary } from './exitPlanSummary';

/** @public */
export const PROVIDER_EXIT_PLAN_ACTION_ID =
  'sovereign-cloud:provider:exit-plan';

/**
 * `sovereign-cloud:provider:exit-plan`: the exit drill. Re-plans every
 * Component that runs on SovereignClusters without the chosen provider and
 * reports what moves where, what cannot move and why, and the fleet's
 * posture before and after. No side effects.
 * @public
 */
export function createProviderExitPlanAction(options: {
  permissions: PermissionsService;
  catalog: CatalogService;
}) {
  const { permissions, catalog } = options;
  return createTemplateAction({
    id: PROVIDER_EXIT_PLAN_ACTION_ID,
    description:
      'Exit drill for a CloudProvider: re-plans every workload that runs on its clusters without it, and reports what moves where, what cannot move and why (capacity, jurisdiction, storage, posture), and the fleet posture before and after.',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        provider: z =>
          z
            .string()
            .describe(
              'The CloudProvider to leave: a name (hetzner) or an entity ref (cloudprovider:default/hetzner).',
            ),
        fleet: fleetFilterInput,
      },
      output: {
        plan: z =>
          z
            .object({
              provider: z.string(),
              clustersLeft: z.array(z.string()),
              workloads: z.array(z.object({}).passthrough()),
              summary: z.object({
                unaffected: z.number(),
                moves: z.number(),
                cannotMove: z.number(),
              }),
              posture: z.object({}).passthrough(),
            })
            .passthrough()
            .describe('The exit plan, workload by workload.'),
        summary: z => z.string().describe('The exit plan as Markdown.'),
      },
    },
    async handler(ctx) {
      const credentials = await ctx.getInitiatorCredentials();
      const catalogue = await loadProviderCatalogueOrShipped(
        catalog,
        credentials,
        ctx.logger,
      );
      const provider = catalogue.find(ctx.input.provider.trim());
      if (!provider) {
        throw new InputError(
          `provider: ${JSON.stringify(
            ctx.input.provider,
          )} is not a known CloudProvider (known: ${catalogue.providers
            .map(p => p.metadata.name)
            .sort()
            .join(', ')})`,
        );
      }
      const providerRef = stringifyEntityRef({
        kind: CLOUD_PROVIDER_KIND,
        namespace: provider.metadata.namespace ?? 'default',
        name: provider.metadata.name,
      });
      await requirePermission(
        permissions,
        {
          permission: sovereignCloudProviderExitPlanPermission,
          resourceRef: providerRef,
          what: `run the exit drill for ${providerRef}`,
        },
        credentials,
      );

      const fleet = await loadPlacementFleet({
        catalog,
        credentials,
        catalogue,
        filter: ctx.input.fleet,
        logger: ctx.logger,
      });
      const { items: components } = await catalog.getEntities(
        { filter: { kind: 'Component' } },
        { credentials },
      );
      const workloads = components
        .map(placedWorkloadOf)
        .filter((w): w is PlacedWorkload => w !== undefined);
      const plan = planProviderExit(provider.metadata.name, workloads, fleet, {
        catalogue,
      });
      const summary = exitPlanSummary(plan);
      ctx.logger.info(
        `Exit drill for ${plan.provider}: ${plan.clustersLeft.length} clusters left, ${plan.summary.moves} workloads move, ${plan.summary.cannotMove} cannot move, ${plan.summary.unaffected} unaffected`,
      );
      ctx.output('plan', plan as unknown as Record<string, unknown> as never);
      ctx.output('summary', summary);
    },
  });
}
