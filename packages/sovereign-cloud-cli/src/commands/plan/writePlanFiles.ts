import { isAbsolute, join, relative, resolve } from 'node:path';
import { CliInputError } from '../../errors';
import { CliIo } from '../../io';

/**
 * Writes the plan's files (path → YAML) under `dir`, creating it. A
 * directory with anything in it is refused unless `force`, so an earlier
 * plan or a checkout is not mixed into silently. Returns the paths written,
 * as `dir/...` the way the caller named it.
 */
export async function writePlanFiles(
  dir: string,
  files: Record<string, string>,
  options: { force: boolean },
  io: CliIo,
): Promise<string[]> {
  const root = resolve(io.cwd, dir);
  let entries: string[] | undefined;
  try {
    entries = await io.listDirectory(root);
  } catch (error) {
    throw new CliInputError(
      `${dir}: cannot be used as the output directory: ${
        (error as Error)?.message
      }`,
    );
  }
  if (entries && entries.length > 0 && !options.force) {
    throw new CliInputError(
      `${dir}: the output directory is not empty (${entries.length} ${
        entries.length === 1 ? 'entry' : 'entries'
      }); nothing was written. Use --force to write into it anyway`,
    );
  }

  const written: string[] = [];
  for (const [path, text] of Object.entries(files)) {
    const target = resolve(root, path);
    const inside = relative(root, target);
    // The planner builds paths from validated names; this keeps it that way.
    if (inside.startsWith('..') || isAbsolute(inside)) {
      throw new Error(`plan file ${path} lies outside the output directory`);
    }
    await io.writeFile(target, text);
    written.push(join(dir, path));
  }
  return written;
}
