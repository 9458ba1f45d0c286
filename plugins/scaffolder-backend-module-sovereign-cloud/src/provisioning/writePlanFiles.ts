import { resolveSafeChildPath } from '@backstage/backend-plugin-api';
import fs from 'node:fs/promises';
import path from 'node:path';

/** Writes a plan's GitOps files into the workspace; returns their paths, relative to it. */
export async function writePlanFiles(
  workspacePath: string,
  files: Record<string, string>,
): Promise<string[]> {
  const written: string[] = [];
  for (const [file, text] of Object.entries(files)) {
    const target = resolveSafeChildPath(workspacePath, file);
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.writeFile(target, text, 'utf8');
    written.push(file);
  }
  return written;
}
