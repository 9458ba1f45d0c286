/**
 * The `sovereign-cloud` command line: sovereignty posture of entity files
 * for pipelines. This entry point only wires the process to `run`.
 *
 * @packageDocumentation
 */

import { processIo } from './io';
import { run } from './run';

// A reader that stops early (`| head`) is not an error of the command.
process.stdout.on('error', error => {
  if ((error as NodeJS.ErrnoException).code === 'EPIPE') process.exit();
  throw error;
});

run(process.argv.slice(2), processIo()).then(code => {
  process.exitCode = code;
});
