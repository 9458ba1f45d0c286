import { Command } from 'commander';
import { CliIo } from '../../io';
import { planCommand } from './planCommand';

/** Registers `plan`; its action reports the exit code. */
export function registerPlanCommand(
  program: Command,
  io: () => CliIo,
  setExitCode: (code: number) => void,
): void {
  program
    .command('plan')
    .description(
      'Plan a cluster request as the sovereign-cloud:cluster:plan scaffolder action does and write its GitOps files',
    )
    .argument(
      '<request>',
      'YAML or JSON file: a ClusterRequest, or { request, settings?, delivery?, repoURL? } as the action takes',
    )
    .requiredOption(
      '-o, --output <dir>',
      'directory to write the files to (created; must be empty unless --force)',
    )
    .option(
      '--providers <files...>',
      'files with CloudProvider entities that replace or add to the shipped provider catalogue',
    )
    .option('--force', 'write into a non-empty output directory', false)
    .action(async (request: string, opts) => {
      setExitCode(
        await planCommand(
          {
            request,
            output: opts.output,
            providers: opts.providers,
            force: opts.force === true,
          },
          io(),
        ),
      );
    });
}
