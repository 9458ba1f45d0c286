/*
 * Fleet API benchmark (issue 4): with N SovereignClusters in a real catalog
 * (SQLite) and assessed by this plugin, drives our fleet summary and the
 * catalog's own query with the same page size, then a full listing on both,
 * 50 concurrent clients for 20 s each, one after the other (autocannon in its
 * own process). Target: ours no slower at p50 and p99, zero errors.
 *
 *   yarn workspace @sovereign-cloud/plugin-sovereign-cloud-backend bench
 *   BENCH_SIZE=smoke (50 clusters, 2 s per run: what CI runs) or BENCH_SIZE=<n>;
 *   BENCH_DURATION=<seconds>, BENCH_CONNECTIONS=<n>
 */
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { schedulerServiceFactory } from '@backstage/backend-defaults/scheduler';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import catalogModuleSovereignCloud from '@sovereign-cloud/plugin-catalog-backend-module-sovereign-cloud';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { readFileSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import path from 'node:path';
import { parse } from 'yaml';
import sovereignCloudPlugin from '../src';
import { POSTURE_REFRESH_TASK_ID } from '../src/plugin';

const size = process.env.BENCH_SIZE ?? '';
const smoke = size === 'smoke';
const N = smoke ? 50 : Number(size) || 5000;
const DURATION = Number(process.env.BENCH_DURATION) || (smoke ? 2 : 20);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS) || 50;
const PAGE = 100;

type ClusterEntity = {
  metadata: Record<string, unknown>;
  spec: Record<string, unknown>;
};

const fleetFile = (name: string) =>
  parse(
    readFileSync(
      path.resolve(__dirname, '../../../examples/fleet', name),
      'utf8',
    ),
  );

/** N clusters cloned round-robin from the example fleet, so providers, meshes and controls vary. */
function generatedFleet(n: number): ClusterEntity[] {
  const examples: ClusterEntity[] = fleetFile('clusters.yaml');
  return Array.from({ length: n }, (_, i) => {
    const example = examples[i % examples.length];
    return {
      ...example,
      metadata: {
        ...example.metadata,
        name: `${example.metadata.name}-${String(i).padStart(5, '0')}`,
        title: `${example.metadata.title} #${i}`,
      },
    };
  });
}

type Result = {
  label: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  requests: number;
};

/**
 * Runs autocannon in its own process, so load generation does not share the
 * server's event loop (asynchronously: the server lives in this process).
 */
async function drive(label: string, url: string): Promise<Result> {
  const bin = require.resolve('autocannon/autocannon.js');
  const run = await promisify(execFile)(
    process.execPath,
    [
      bin,
      '--json',
      '-c',
      String(CONNECTIONS),
      '-d',
      String(DURATION),
      '-H',
      `Authorization=${mockCredentials.user.header()}`,
      url,
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const out = JSON.parse(run.stdout);
  return {
    label,
    requestsPerSecond: out.requests.average,
    p50: out.latency.p50,
    p99: out.latency.p99,
    // Connection errors, timeouts included.
    errors: out.errors,
    non2xx: out.non2xx,
    requests: out.requests.total,
  };
}

async function main() {
  const backend = await startTestBackend({
    features: [
      catalogPlugin,
      catalogModuleSovereignCloud,
      sovereignCloudPlugin,
      // The real scheduler: the mock one runs each task once at start-up only.
      schedulerServiceFactory,
      mockServices.rootConfig.factory({
        data: {
          backend: {
            database: { client: 'better-sqlite3', connection: ':memory:' },
          },
          sovereignCloud: {
            catalog: {
              // The example fleet's private data centre hosts some of the clusters.
              providerCatalogue: { overrides: [fleetFile('private-dc.yaml')] },
              clusters: generatedFleet(N),
            },
            // Assessed once the catalog holds the whole fleet (triggered below), not during the runs.
            posture: {
              schedule: {
                frequency: { hours: 6 },
                timeout: { minutes: 30 },
                // The task worker ignores triggers until its initial delay has passed.
                initialDelay: { seconds: 1 },
              },
            },
          },
        },
      }),
    ],
  });
  try {
    const { port } = backend.server.address() as AddressInfo;
    const base = `http://127.0.0.1:${port}/api`;
    const headers = { Authorization: mockCredentials.user.header() };
    const getJson = async (p: string) =>
      (await fetch(`${base}${p}`, { headers })).json();
    const deadline = Date.now() + Math.max(60_000, N * 100);
    const started = Date.now();
    let triggered = false;
    for (;;) {
      const catalog = await getJson(
        '/catalog/entities/by-query?limit=1&filter=kind=sovereigncluster',
      );
      const fleet = await getJson(`/sovereign-cloud/fleet?limit=${N}`);
      const assessed = (fleet.items ?? []).filter(
        (c: { evidenceStatus: string }) => c.evidenceStatus !== 'pending',
      ).length;
      if (catalog.totalItems === N && fleet.totalItems === N && assessed === N)
        break;
      if (catalog.totalItems === N && !triggered) {
        const trigger = await fetch(
          `${base}/sovereign-cloud/.backstage/scheduler/v1/tasks/${POSTURE_REFRESH_TASK_ID}/trigger`,
          { method: 'POST', headers },
        );
        triggered = trigger.ok;
      }
      if (Date.now() > deadline) {
        const seen = new Set(
          (
            await getJson(
              `/catalog/entities/by-query?limit=${N}&filter=kind=sovereigncluster&fields=metadata.name`,
            )
          ).items.map((e: { metadata: { name: string } }) => e.metadata.name),
        );
        const missing = generatedFleet(N)
          .map(c => c.metadata.name as string)
          .filter(name => !seen.has(name));
        throw new Error(
          `missing from the catalog: ${missing
            .slice(0, 10)
            .join(', ')}; timed out: catalog ${catalog.totalItems}, fleet ${
            fleet.totalItems
          }, assessed ${assessed} of ${N}`,
        );
      }
      console.log(
        `  waiting: catalog ${catalog.totalItems}, fleet ${fleet.totalItems}, assessed ${assessed} of ${N}`,
      );
      await new Promise(resolve => setTimeout(resolve, 2000));
    }
    console.log(
      `Fleet API, N = ${N} clusters ingested and assessed in ${(
        (Date.now() - started) /
        1000
      ).toFixed(1)} s; ${CONNECTIONS} clients, ${DURATION} s per run`,
    );
    const runs: Array<[string, string]> = [
      [
        `ours: fleet page (limit ${PAGE})`,
        `/sovereign-cloud/fleet?limit=${PAGE}`,
      ],
      [
        `catalog: by-query page (limit ${PAGE})`,
        `/catalog/entities/by-query?filter=kind=sovereigncluster&limit=${PAGE}`,
      ],
      [`ours: full fleet (limit ${N})`, `/sovereign-cloud/fleet?limit=${N}`],
      [
        `catalog: full by-query (limit ${N})`,
        `/catalog/entities/by-query?filter=kind=sovereigncluster&limit=${N}`,
      ],
    ];
    const results: Result[] = [];
    for (const [label, p] of runs)
      results.push(await drive(label, `${base}${p}`));
    console.table(
      results.map(r => ({
        run: r.label,
        'req/s': r.requestsPerSecond.toFixed(0),
        'p50 ms': r.p50,
        'p99 ms': r.p99,
        errors: r.errors,
        non2xx: r.non2xx,
        requests: r.requests,
      })),
    );
    const failures: string[] = [];
    for (let i = 0; i < results.length; i += 2) {
      const [ours, theirs] = [results[i], results[i + 1]];
      if (ours.errors + ours.non2xx > 0)
        failures.push(`${ours.label}: errors or non-2xx answers`);
      if (ours.requests === 0) failures.push(`${ours.label}: no requests`);
      if (!smoke && (ours.p50 > theirs.p50 || ours.p99 > theirs.p99))
        failures.push(
          `${ours.label}: p50 ${ours.p50}/${theirs.p50} ms, p99 ${ours.p99}/${theirs.p99} ms (target: no slower than the catalog)`,
        );
    }
    console.log(
      failures.length
        ? `Target missed:\n  ${failures.join('\n  ')}`
        : 'Target met.',
    );
    // Smoke runs only check that the benchmark works; our errors fail it at any size.
    if (
      results.some(r => r.label.startsWith('ours') && r.errors + r.non2xx > 0)
    )
      process.exitCode = 1;
  } finally {
    await backend.stop();
  }
}

main().then(
  // The scheduler's and catalog's timers would keep the process alive.
  () => process.exit(),
  error => {
    console.error(error);
    process.exit(1);
  },
);
