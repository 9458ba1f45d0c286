import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CliIo, diskWrites } from '../io';

/** The package's fixtures and the repository's example fleet. */
export const FIXTURES = resolve(__dirname, '../__fixtures__');
export const REPO_ROOT = resolve(__dirname, '../../../..');

/**
 * An io that records the output; `files` (by absolute path) are served
 * from memory, anything else from disk. Writes go to disk (use a temp dir).
 */
export function testIo(
  options: { cwd?: string; files?: Record<string, string> } = {},
) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    cwd: options.cwd ?? FIXTURES,
    stdout: text => out.push(text),
    stderr: text => err.push(text),
    readFile: async path =>
      options.files?.[path] ?? (await readFile(path, 'utf8')),
    ...diskWrites,
  };
  return {
    io,
    stdout: () => out.join(''),
    stderr: () => err.join(''),
  };
}
