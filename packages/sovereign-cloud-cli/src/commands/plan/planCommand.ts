import { EXIT_CODES } from '../../errors';
import { CliIo } from '../../io';
import { providerCatalogueOf } from '../posture/assessFleet';
import { collectEntities } from '../posture/collectEntities';
import { readDocuments } from '../posture/readDocuments';
import { formatPlan, formatRefusal } from './formatPlan';
import { planRequest } from './planRequest';
import { readPlanInput } from './readPlanInput';
import { writePlanFiles } from './writePlanFiles';

/** The options of `sovereign-cloud plan`, parsed. */
export interface PlanOptions {
  request: string;
  output: string;
  providers?: string[];
  force: boolean;
}

/**
 * Plans a cluster request as the `sovereign-cloud:cluster:plan` action does
 * and writes the plan's files under the output directory. Returns 1 when the
 * request's policy refuses the plan; bad input throws `CliInputError`.
 */
export async function planCommand(
  options: PlanOptions,
  io: CliIo,
): Promise<number> {
  const input = await readPlanInput(options.request, io);
  const overrides = collectEntities(
    await readDocuments(options.providers ?? [], io),
  );
  for (const note of overrides.ignored) io.stderr(`Ignored ${note}\n`);
  for (const cluster of overrides.clusters) {
    io.stderr(
      `Ignored ${cluster.entityRef}: --providers only reads CloudProvider entities\n`,
    );
  }
  if (overrides.meshes.length > 0) {
    io.stderr(
      `Ignored ${overrides.meshes.length} cluster-mesh Resource(s): --providers only reads CloudProvider entities\n`,
    );
  }
  const { catalogue } = providerCatalogueOf(overrides.providers);

  const outcome = planRequest(options.request, input, catalogue);
  if (outcome.refusal) {
    const name = (input.request as { name?: unknown }).name;
    io.stdout(formatRefusal(String(name), outcome.refusal));
    return EXIT_CODES.refused;
  }
  const written = await writePlanFiles(
    options.output,
    outcome.plan.files,
    { force: options.force },
    io,
  );
  io.stdout(formatPlan(outcome.plan, written));
  return EXIT_CODES.ok;
}
