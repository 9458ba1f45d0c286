import { readFile } from 'node:fs/promises';

/**
 * Where a command reads and writes: the process, or a test's buffers.
 * @public
 */
export interface CliIo {
  /** Relative file arguments are resolved against this directory. */
  cwd: string;
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): Promise<string>;
}

/** The io of the running process. */
export function processIo(): CliIo {
  return {
    cwd: process.cwd(),
    stdout: text => process.stdout.write(text),
    stderr: text => process.stderr.write(text),
    readFile: path => readFile(path, 'utf8'),
  };
}
