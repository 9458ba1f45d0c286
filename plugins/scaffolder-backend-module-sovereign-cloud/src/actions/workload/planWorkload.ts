import {
  BackstageCredentials,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { planPlacement } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { loadProviderCatalogueOrShipped } from '../../planning/loadProviderCatalogue';
import { FleetFilter, loadPlacementFleet } from './loadFleet';
import { summarisePlacement } from './summarisePlacement';

/**
 * The placement of a workload over the SovereignClusters the initiator can
 * see: the provider catalogue, the fleet, the plan and its summary.
 */
export async function planWorkload(options: {
  catalog: CatalogService;
  credentials: BackstageCredentials;
  logger: LoggerService;
  workload: unknown;
  filter?: FleetFilter;
}) {
  const { catalog, credentials, logger, filter } = options;
  const catalogue = await loadProviderCatalogueOrShipped(
    catalog,
    credentials,
    logger,
  );
  const fleet = await loadPlacementFleet({
    catalog,
    credentials,
    catalogue,
    filter,
    logger,
  });
  const plan = planPlacement(options.workload, fleet, { catalogue });
  return { catalogue, fleet, plan, summary: summarisePlacement(plan) };
}
