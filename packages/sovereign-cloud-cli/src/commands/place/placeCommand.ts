import {
  assessDeclaredCluster,
  PlacementClusterInput,
  PlacementInputError,
  planPlacement,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { summarisePlacement } from '@sovereign-cloud/plugin-scaffolder-backend-module-sovereign-cloud';
import { CliInputError, EXIT_CODES } from '../../errors';
import { CliIo } from '../../io';
import { providerCatalogueOf } from '../posture/assessFleet';
import { collectEntities } from '../posture/collectEntities';
import { readDocuments } from '../posture/readDocuments';
import { readWorkload } from './readWorkload';

/** The options of `sovereign-cloud place`, parsed. */
export interface PlaceOptions {
  workload: string;
  fleet: string[];
  format: 'text' | 'json';
}

/**
 * Plans a workload over the SovereignClusters of the fleet files as the
 * `sovereign-cloud:workload:place` action does (SEAL from each cluster's
 * declarations) and prints the plan. Returns 1 when it cannot be placed;
 * bad input throws `CliInputError`.
 */
export async function placeCommand(
  options: PlaceOptions,
  io: CliIo,
): Promise<number> {
  const workload = await readWorkload(options.workload, io);
  const fleet = collectEntities(await readDocuments(options.fleet, io));
  for (const note of fleet.ignored) io.stderr(`Ignored ${note}\n`);
  if (fleet.clusters.length === 0) {
    throw new CliInputError(
      `--fleet: no SovereignCluster in ${options.fleet.join(', ')}`,
    );
  }
  const { catalogue } = providerCatalogueOf(fleet.providers);
  const clusters: PlacementClusterInput[] = fleet.clusters.map(
    ({ entity }) => ({
      entity,
      seal: assessDeclaredCluster(entity, catalogue).seal.label,
    }),
  );
  let plan;
  try {
    plan = planPlacement(workload, clusters, { catalogue });
  } catch (error) {
    if (error instanceof PlacementInputError) {
      throw new CliInputError(`${options.workload}: ${error.message}`);
    }
    throw error;
  }
  io.stdout(
    options.format === 'json'
      ? `${JSON.stringify(plan, null, 2)}\n`
      : `${summarisePlacement(plan)}\n`,
  );
  return plan.schedulable ? EXIT_CODES.ok : EXIT_CODES.unschedulable;
}
