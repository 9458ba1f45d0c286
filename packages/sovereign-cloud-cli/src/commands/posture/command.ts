import { Command, Option } from 'commander';
import { WEIGHT_PROFILES } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { CliIo } from '../../io';
import { parseMinimumSeal } from './minimumSeal';
import { postureCommand } from './postureCommand';

/** Registers `posture`; its action reports the exit code. */
export function registerPostureCommand(
  program: Command,
  io: () => CliIo,
  setExitCode: (code: number) => void,
): void {
  program
    .command('posture')
    .description(
      'Assess the sovereignty posture of SovereignCluster entities (and their shared meshes) and gate on a minimum SEAL',
    )
    .argument(
      '<files...>',
      'YAML (multi-document or lists) or JSON files with SovereignCluster entities, optionally CloudProvider entities (override the shipped catalogue) and cluster-mesh Resources',
    )
    .option(
      '--min-seal <level>',
      'exit with code 1 when a cluster is below this indicative SEAL (0-4 or SEAL-0..SEAL-4)',
    )
    .option(
      '--profile <id>',
      `weight profile (${WEIGHT_PROFILES.map(p => p.id).join(', ')}; default ${
        WEIGHT_PROFILES[0].id
      })`,
    )
    .option(
      '--weights <file>',
      'custom weights per objective (YAML or JSON, summing to 100) instead of --profile',
    )
    .addOption(
      new Option('--format <format>', 'output format')
        .choices(['text', 'json'])
        .default('text'),
    )
    .action(async (files: string[], opts) => {
      setExitCode(
        await postureCommand(
          {
            files,
            minSeal:
              opts.minSeal === undefined
                ? undefined
                : parseMinimumSeal(opts.minSeal),
            profile: opts.profile,
            weights: opts.weights,
            format: opts.format,
          },
          io(),
        ),
      );
    });
}
