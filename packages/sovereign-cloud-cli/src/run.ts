import { isError } from '@backstage/errors';
import { Command, CommanderError } from 'commander';
import { resolve } from 'node:path';
import { registerPlaceCommand } from './commands/place';
import { registerPlanCommand } from './commands/plan';
import { registerPostureCommand } from './commands/posture';
import { CliInputError, EXIT_CODES } from './errors';
import { CliIo } from './io';

/** Exit code for a failure that is not the input's fault (a bug). */
const INTERNAL_ERROR = 3;

/**
 * Runs the CLI on arguments (without `node` and the script) and returns
 * the exit code; all output goes through `io`.
 * @public
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode: number = EXIT_CODES.ok;
  const program = new Command('sovereign-cloud')
    .description('Sovereign Cloud for Backstage, for pipelines')
    .option(
      '--cwd <dir>',
      'resolve file arguments against this directory (default: the current directory)',
    )
    .exitOverride()
    .configureOutput({
      writeOut: text => io.stdout(text),
      writeErr: text => io.stderr(text),
    });
  const commandIo = (): CliIo => {
    const cwd: string | undefined = program.opts().cwd;
    return cwd ? { ...io, cwd: resolve(io.cwd, cwd) } : io;
  };
  const setExitCode = (code: number) => {
    exitCode = code;
  };
  registerPostureCommand(program, commandIo, setExitCode);
  registerPlanCommand(program, commandIo, setExitCode);
  registerPlaceCommand(program, commandIo, setExitCode);

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has printed the message or the help already.
      return error.exitCode === 0 ? EXIT_CODES.ok : EXIT_CODES.usage;
    }
    if (error instanceof CliInputError) {
      io.stderr(`sovereign-cloud: ${error.message}\n`);
      return EXIT_CODES.usage;
    }
    io.stderr(
      `sovereign-cloud: unexpected error: ${
        isError(error) ? error.stack ?? error.message : String(error)
      }\n`,
    );
    return INTERNAL_ERROR;
  }
}
