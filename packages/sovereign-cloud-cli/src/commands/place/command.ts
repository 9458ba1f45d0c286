import { Command, Option } from 'commander';
import { CliIo } from '../../io';
import { placeCommand } from './placeCommand';

/** Registers `place`; its action reports the exit code. */
export function registerPlaceCommand(
  program: Command,
  io: () => CliIo,
  setExitCode: (code: number) => void,
): void {
  program
    .command('place')
    .description(
      'Plan where a workload runs over SovereignClusters as the sovereign-cloud:workload:place scaffolder action does; exit 1 when it cannot be placed',
    )
    .argument(
      '<workload>',
      'YAML or JSON file: a workload (name, replicas, resources, placement, sovereignty), or { workload } as the action takes',
    )
    .requiredOption(
      '--fleet <files...>',
      'YAML or JSON files with SovereignCluster entities, optionally CloudProvider entities (override the shipped catalogue)',
    )
    .addOption(
      new Option('-o, --output <format>', 'output format')
        .choices(['text', 'json'])
        .default('text'),
    )
    .action(async (workload: string, opts) => {
      setExitCode(
        await placeCommand(
          { workload, fleet: opts.fleet, format: opts.output },
          io(),
        ),
      );
    });
}
