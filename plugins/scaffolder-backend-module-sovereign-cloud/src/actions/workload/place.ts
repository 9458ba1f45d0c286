import { PermissionsService } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { createTemplateAction } from '@backstage/plugin-scaffolder-node';
import { sovereignCloudWorkloadPlacePermission } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { requirePermission } from '../requirePermission';
import { fleetFilterInput } from './loadFleet';
import { planWorkload } from './planWorkload';
import { examples } from './place.examples';
import { placementPlanOutput, placementWorkloadInput } from './workloadInput';

/** @public */
export const WORKLOAD_PLACE_ACTION_ID = 'sovereign-cloud:workload:place';

/**
 * `sovereign-cloud:workload:place`: plans where a workload's replicas go over
 * the SovereignClusters of the catalog (Karmada's scheduler plus hard
 * sovereignty constraints). No side effects; an unplaceable workload is a
 * plan with `schedulable: false` and the reason, not a failure.
 * @public
 */
export function createWorkloadPlaceAction(options: {
  permissions: PermissionsService;
  catalog: CatalogService;
}) {
  const { permissions, catalog } = options;
  return createTemplateAction({
    id: WORKLOAD_PLACE_ACTION_ID,
    description:
      'Plans the placement of a workload over the SovereignClusters of the catalog: Karmada filter, score, select and divide, plus hard sovereignty constraints (jurisdictions, minimum SEAL, excluded providers, data residency, surviving the loss of a provider). Every cluster gets a decision with reasons.',
    examples,
    supportsDryRun: true,
    schema: {
      input: {
        workload: placementWorkloadInput,
        fleet: fleetFilterInput,
      },
      output: {
        plan: placementPlanOutput,
        schedulable: z =>
          z.boolean().describe('Whether every replica has a cluster.'),
        reason: z =>
          z.string().optional().describe('Why the workload cannot be placed.'),
        summary: z => z.string().describe('The plan in a few lines.'),
      },
    },
    async handler(ctx) {
      const credentials = await ctx.getInitiatorCredentials();
      await requirePermission(
        permissions,
        {
          permission: sovereignCloudWorkloadPlacePermission,
          what: 'plan workload placements',
        },
        credentials,
      );
      const { plan, summary } = await planWorkload({
        catalog,
        credentials,
        logger: ctx.logger,
        workload: ctx.input.workload,
        filter: ctx.input.fleet,
      });
      ctx.logger.info(summary);
      ctx.output('plan', plan as unknown as Record<string, unknown> as never);
      ctx.output('schedulable', plan.schedulable);
      if (plan.reason) ctx.output('reason', plan.reason);
      ctx.output('summary', summary);
    },
  });
}
