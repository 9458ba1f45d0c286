import { Seal } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { CliInputError, EXIT_CODES } from '../../errors';
import { CliIo } from '../../io';
import { assessFleet } from './assessFleet';
import { collectEntities } from './collectEntities';
import { formatJson } from './formatJson';
import { formatText } from './formatText';
import { applyMinimumSeal } from './minimumSeal';
import { readDocuments } from './readDocuments';
import { resolveProfile } from './resolveProfile';

/** The options of `sovereign-cloud posture`, parsed. */
export interface PostureOptions {
  files: string[];
  minSeal?: Seal;
  profile?: string;
  weights?: string;
  format: 'text' | 'json';
}

/**
 * Reads the entity files, assesses every cluster and shared mesh, writes
 * the result and returns the exit code: 1 when a cluster is below the
 * minimum SEAL. Bad input throws `CliInputError` before anything is written.
 */
export async function postureCommand(
  options: PostureOptions,
  io: CliIo,
): Promise<number> {
  const profile = await resolveProfile(options, io);
  const fleet = collectEntities(await readDocuments(options.files, io));
  for (const note of fleet.ignored) io.stderr(`Ignored ${note}\n`);
  if (fleet.clusters.length === 0) {
    throw new CliInputError(
      `No SovereignCluster entities in ${options.files.join(', ')}`,
    );
  }

  const posture = assessFleet(fleet, profile);
  const gate = applyMinimumSeal(posture, options.minSeal);
  io.stdout(
    options.format === 'json'
      ? formatJson(posture, gate, fleet.ignored)
      : formatText(posture, gate),
  );
  return gate.passed ? EXIT_CODES.ok : EXIT_CODES.belowMinimumSeal;
}
