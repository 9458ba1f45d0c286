// The whole unit and integration test suite, then which databases the database-backed tests
// ran against, so that a local run without PostgreSQL says so instead of passing quietly.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

// The renderer tests check generated manifests with the upstream schema kit beside the
// repository (../shared/schemas); install its dependencies once, from the npm registry.
const schemaKit = path.resolve(import.meta.dirname, '../../shared/schemas');
if (existsSync(schemaKit) && !existsSync(path.join(schemaKit, 'node_modules/ajv'))) {
  spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: schemaKit,
    stdio: 'inherit',
  });
}

const run = spawnSync(
  'backstage-cli',
  ['repo', 'test', '--coverage', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
  },
);

const variable = 'BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING';
console.log(
  process.env[variable]
    ? `\nDatabase-backed tests ran against SQLite and PostgreSQL (${variable}).`
    : `\nDatabase-backed tests ran against SQLite only: the PostgreSQL variants were not run.\n` +
        `Set ${variable}=postgresql://postgres@127.0.0.1:5432 to include them (see README).`,
);
process.exit(run.status ?? 1);
