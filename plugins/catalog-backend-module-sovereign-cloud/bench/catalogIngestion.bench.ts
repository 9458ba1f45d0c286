/*
 * Catalog ingestion benchmark (DESIGN.md, performance targets): N generated
 * SovereignCluster entities against N plain Resource entities with the same
 * owner and dependency relations, each fed by the same kind of entity
 * provider into a real catalog backend (this module loaded, SQLite), timed
 * from the provider's full mutation until all N are queryable through the
 * catalog API with their relations. Target: ratio ≤ 1.3. A third run with Resources as big
 * as the clusters shows how much of the difference is entity size rather than this module.
 *
 *   yarn workspace @sovereign-cloud/plugin-catalog-backend-module-sovereign-cloud bench
 *   BENCH_SIZE=smoke (50 entities, one round: what CI runs) or BENCH_SIZE=<n>;
 *   BENCH_ROUNDS=<n> (default 3, order alternating; medians are reported)
 */
import { createBackendModule } from '@backstage/backend-plugin-api';
import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import {
  catalogProcessingExtensionPoint,
  EntityProvider,
  EntityProviderConnection,
} from '@backstage/plugin-catalog-node';
import { spawnSync } from 'node:child_process';
import { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import catalogModuleSovereignCloud from '../src';

const size = process.env.BENCH_SIZE ?? '';
const N = size === 'smoke' ? 50 : Number(size) || 5000;
const TARGET_RATIO = 1.3;
const OWNER = 'group:default/bench-team';

/** Hands its entities to the catalog in one full mutation and notes when. */
class StaticEntityProvider implements EntityProvider {
  appliedAt = 0;
  cpuAtApply = process.cpuUsage();
  constructor(
    private readonly name: string,
    private readonly entities: Entity[],
  ) {}
  getProviderName() {
    return this.name;
  }
  async connect(connection: EntityProviderConnection) {
    this.appliedAt = performance.now();
    this.cpuAtApply = process.cpuUsage();
    const location = `bench:${this.name}`;
    await connection.applyMutation({
      type: 'full',
      entities: this.entities.map(entity => ({
        entity: {
          ...entity,
          metadata: {
            ...entity.metadata,
            annotations: {
              'backstage.io/managed-by-location': location,
              'backstage.io/managed-by-origin-location': location,
            },
          },
        },
        locationKey: this.name,
      })),
    });
  }
}

const team: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Group',
  metadata: { name: 'bench-team' },
  spec: { type: 'team', children: [] },
};

function cluster(i: number): Entity {
  const name = `bench-cluster-${String(i).padStart(5, '0')}`;
  return {
    apiVersion: 'sovereign-cloud.io/v1alpha1',
    kind: 'SovereignCluster',
    metadata: { name, description: `Generated cluster ${i}` },
    spec: {
      owner: OWNER,
      lifecycle: 'production',
      provider: 'hetzner',
      locations: ['fsn1', 'nbg1'],
      distribution: { name: 'kubeadm', version: '1.34.1' },
      controlPlane: { replicas: 3 },
      nodePools: [
        { name: 'md-0', machineType: 'cx33', count: 3, location: 'fsn1' },
        { name: 'md-1', machineType: 'cx33', count: 2, location: 'nbg1' },
      ],
      network: {
        overlay: 'cilium-wireguard',
        encryption: { mode: 'wireguard' },
      },
      management: {
        type: 'cluster-api',
        managementCluster: 'mgmt-eu',
        namespace: 'tenants',
        clusterName: name,
      },
      status: { phase: 'Ready' },
    },
  };
}

function resource(i: number): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: {
      name: `bench-resource-${String(i).padStart(5, '0')}`,
      description: `Generated resource ${i}`,
    },
    spec: {
      type: 'database',
      owner: OWNER,
      dependsOn: ['resource:default/bench-target'],
    },
  };
}

/**
 * A Resource as big as a generated cluster (the same spec fields beside type, owner and
 * dependsOn): the catalog stores and indexes it the same way, so comparing against it
 * separates the cost of this module from the cost of a bigger entity.
 */
function sizeMatchedResource(i: number): Entity {
  const { spec } = cluster(i);
  return {
    ...resource(i),
    spec: {
      ...spec,
      type: 'database',
      owner: OWNER,
      dependsOn: ['resource:default/bench-target'],
    },
  };
}

const target: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Resource',
  metadata: { name: 'bench-target' },
  spec: { type: 'cluster', owner: OWNER },
};

interface Scenario {
  label: string;
  entities: Entity[];
  /** Matches an entity only once its relations are stitched. */
  filter: string;
  /** The shared dependency, whose reverse relations must reach N too. */
  target: { ref: string; relation: string };
}

const resourceScenario = (
  label: string,
  make: (i: number) => Entity,
  n: number,
): Scenario => ({
  label,
  entities: [team, target, ...Array.from({ length: n }, (_, i) => make(i))],
  filter: `kind=resource,relations.ownedby=${OWNER},relations.dependson=resource:default/bench-target`,
  target: { ref: 'resource/default/bench-target', relation: 'dependencyOf' },
});

const scenarios = (n: number): Scenario[] => [
  resourceScenario('Resource', resource, n),
  resourceScenario('SizeMatchedResource', sizeMatchedResource, n),
  {
    label: 'SovereignCluster',
    entities: [team, ...Array.from({ length: n }, (_, i) => cluster(i))],
    filter: `kind=sovereigncluster,relations.ownedby=${OWNER},relations.hostedby=cloudprovider:default/hetzner`,
    target: { ref: 'cloudprovider/default/hetzner', relation: 'hosts' },
  },
];

/** Wall-clock and CPU seconds (the whole process: catalog and this module) until done. */
interface Measurement {
  wall: number;
  cpu: number;
}

async function ingest(scenario: Scenario, n: number): Promise<Measurement> {
  const provider = new StaticEntityProvider(
    `bench-${scenario.label.toLowerCase()}`,
    scenario.entities,
  );
  const backend = await startTestBackend({
    features: [
      catalogPlugin,
      catalogModuleSovereignCloud,
      createBackendModule({
        pluginId: 'catalog',
        moduleId: 'bench-entities',
        register(env) {
          env.registerInit({
            deps: { catalog: catalogProcessingExtensionPoint },
            async init({ catalog }) {
              catalog.addEntityProvider(provider);
            },
          });
        },
      }),
      mockServices.rootConfig.factory({
        data: {
          backend: {
            database: { client: 'better-sqlite3', connection: ':memory:' },
          },
        },
      }),
    ],
  });
  try {
    const { port } = backend.server.address() as AddressInfo;
    const base = `http://127.0.0.1:${port}/api/catalog`;
    const headers = { Authorization: mockCredentials.user.header() };
    const getJson = async (path: string) =>
      (await fetch(`${base}${path}`, { headers })).json();
    const deadline = Date.now() + Math.max(120_000, n * 600);
    const waitUntil = async (what: string, done: () => Promise<boolean>) => {
      while (!(await done())) {
        if (Date.now() > deadline)
          throw new Error(`${scenario.label}: timed out waiting for ${what}`);
        // Polls cost the catalog too (a count over the search table): not too often.
        await new Promise(resolve => setTimeout(resolve, 250));
      }
    };
    // Every entity with its own relations, then the reverse relations on the shared target.
    await waitUntil(`${n} entities with their relations`, async () => {
      const body = await getJson(
        `/entities/by-query?limit=1&filter=${encodeURIComponent(
          scenario.filter,
        )}`,
      );
      return body.totalItems === n;
    });
    await waitUntil(
      `${n} ${scenario.target.relation} relations on ${scenario.target.ref}`,
      async () => {
        const [kind, namespace, name] = scenario.target.ref.split('/');
        const filter = encodeURIComponent(
          `kind=${kind},metadata.namespace=${namespace},metadata.name=${name}`,
        );
        const body =
          (
            await getJson(
              `/entities/by-query?filter=${filter}&fields=relations`,
            )
          ).items?.[0] ?? {};
        const count = (body.relations ?? []).filter(
          (r: { type: string }) => r.type === scenario.target.relation,
        ).length;
        return count === n;
      },
    );
    const cpu = process.cpuUsage(provider.cpuAtApply);
    return {
      wall: (performance.now() - provider.appliedAt) / 1000,
      cpu: (cpu.user + cpu.system) / 1e6,
    };
  } finally {
    await backend.stop();
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? sorted[middle]
    : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** One timed ingestion in this (fresh) process, after a small warm-up of the same scenario. */
async function child(label: string) {
  const pick = (n: number) => scenarios(n).find(s => s.label === label)!;
  await ingest(pick(Math.min(N, 100)), Math.min(N, 100));
  const measurement = await ingest(pick(N), N);
  console.log(`BENCH_RESULT ${JSON.stringify(measurement)}`);
}

/** Runs one scenario in a child process, so no run inherits another's heap, timers or database. */
function runIsolated(label: string): Measurement {
  const run = spawnSync(process.execPath, [...process.execArgv, __filename], {
    env: { ...process.env, BENCH_CHILD: label },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const line = run.stdout?.split('\n').find(l => l.startsWith('BENCH_RESULT '));
  if (run.status !== 0 || !line) {
    throw new Error(
      `${label} run failed (exit ${run.status}):\n${run.stdout}\n${run.stderr}`,
    );
  }
  return JSON.parse(line.slice('BENCH_RESULT '.length));
}

async function main() {
  // Rounds alternate the order and medians count: the machine is shared and noisy. CPU
  // seconds are reported beside wall-clock seconds because other load hardly moves them.
  const rounds = Number(process.env.BENCH_ROUNDS) || (size === 'smoke' ? 1 : 3);
  console.log(
    `Catalog ingestion, N = ${N}, ${rounds} round(s) (SQLite, catalog backend + sovereign-cloud module)`,
  );
  const labels = ['Resource', 'SovereignCluster', 'SizeMatchedResource'];
  const results: Record<string, Measurement[]> = Object.fromEntries(
    labels.map(l => [l, []]),
  );
  for (let round = 0; round < rounds; round++) {
    for (const label of round % 2 ? [...labels].reverse() : labels) {
      const measurement = runIsolated(label);
      results[label].push(measurement);
      console.log(
        `  round ${
          round + 1
        }: ${N} ${label} entities in ${measurement.wall.toFixed(
          2,
        )} s (CPU ${measurement.cpu.toFixed(2)} s)`,
      );
    }
  }
  const summary = (label: string) => ({
    wall: median(results[label].map(m => m.wall)),
    cpu: median(results[label].map(m => m.cpu)),
  });
  const [resources, clusters, sized] = labels.map(summary);
  const line = (label: string, m: Measurement) =>
    console.log(
      `  ${label.padEnd(34)} ${m.wall.toFixed(2)} s (CPU ${m.cpu.toFixed(
        2,
      )} s, medians)`,
    );
  console.log(
    `Until all ${N} are queryable through the catalog API with their relations, both ways:`,
  );
  line(`${N} Resource`, resources);
  line(`${N} SovereignCluster`, clusters);
  line(`${N} Resource as big as a cluster`, sized);
  const ratio = clusters.wall / resources.wall;
  console.log(
    `  ratio SovereignCluster / Resource: ${ratio.toFixed(2)} wall-clock, ${(
      clusters.cpu / resources.cpu
    ).toFixed(2)} CPU (target ≤ ${TARGET_RATIO})`,
  );
  console.log(
    `  of which the module (SovereignCluster / same-size Resource): ${(
      clusters.wall / sized.wall
    ).toFixed(2)} wall-clock, ${(clusters.cpu / sized.cpu).toFixed(2)} CPU`,
  );
  if (ratio > TARGET_RATIO && size !== 'smoke') {
    console.log('  above target: profile with `node --cpu-prof` (see README)');
  }
}

const entry = process.env.BENCH_CHILD ? child(process.env.BENCH_CHILD) : main();
entry.then(
  () => process.exit(0),
  error => {
    console.error(error);
    process.exit(1);
  },
);
