import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

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
  /** Writes a file, creating its parent directories. */
  writeFile(path: string, text: string): Promise<void>;
  /** The entries of a directory, or `undefined` when it does not exist. */
  listDirectory(path: string): Promise<string[] | undefined>;
}

/** Writes and lists files on disk: what the process and the tests use. */
export const diskWrites: Pick<CliIo, 'writeFile' | 'listDirectory'> = {
  async writeFile(path, text) {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text, 'utf8');
  },
  async listDirectory(path) {
    try {
      return await readdir(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException)?.code === 'ENOENT') return undefined;
      throw error;
    }
  },
};

/** The io of the running process. */
export function processIo(): CliIo {
  return {
    cwd: process.cwd(),
    stdout: text => process.stdout.write(text),
    stderr: text => process.stderr.write(text),
    readFile: path => readFile(path, 'utf8'),
    ...diskWrites,
  };
}
