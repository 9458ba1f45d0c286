// Runs every workspace's `bench` script once at a small size (BENCH_SIZE=smoke), as CI's smoke
// test of the benchmarks. Full-size runs are `yarn workspace <name> bench` (see README).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const workspaces = ['packages', 'plugins'].flatMap(dir =>
  existsSync(path.join(root, dir))
    ? readdirSync(path.join(root, dir)).map(name => path.join(root, dir, name))
    : [],
);
const benchmarked = workspaces
  .filter(dir => existsSync(path.join(dir, 'package.json')))
  .map(dir => JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')))
  .filter(pkg => pkg.scripts?.bench);

if (benchmarked.length === 0) console.log('No benchmarks yet.');
for (const pkg of benchmarked) {
  console.log(`\n${pkg.name}: bench (smoke size)`);
  const run = spawnSync('yarn', ['workspace', pkg.name, 'bench'], {
    stdio: 'inherit',
    env: { ...process.env, BENCH_SIZE: 'smoke' },
  });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
