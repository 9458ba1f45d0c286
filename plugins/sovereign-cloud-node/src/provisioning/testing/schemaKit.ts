import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

// Test-only: the repository checkout, not an installed package.
// eslint-disable-next-line no-restricted-syntax
const repoRoot = path.resolve(__dirname, '../../../../..');

/** The upstream schema kit: `../shared/schemas` beside the repository. */
export const SCHEMA_KIT_VALIDATOR = path.resolve(
  repoRoot,
  '../shared/schemas/validate.mjs',
);

/**
 * Whether the kit's dependencies are installed (`npm install` in its
 * directory; `.ci/run` does it). In CI a missing kit fails the tests: a
 * silent skip would let manifests land that no controller could reconcile.
 */
export function schemaKitInstalled(): boolean {
  const installed = fs.existsSync(
    path.join(path.dirname(SCHEMA_KIT_VALIDATOR), 'node_modules', 'ajv'),
  );
  if (!installed && process.env.CI) {
    throw new Error(
      `The schema kit is not installed: run npm install in ${path.dirname(
        SCHEMA_KIT_VALIDATOR,
      )}`,
    );
  }
  return installed;
}

/** Runs `validate.mjs --strict` on a directory; the last line is the summary. */
export function validateStrict(dir: string) {
  const result = spawnSync(
    process.execPath,
    [SCHEMA_KIT_VALIDATOR, '--strict', dir],
    { encoding: 'utf8' },
  );
  return {
    status: result.status,
    stdout: result.stdout,
    summary: result.stdout.trim().split('\n').pop(),
  };
}
