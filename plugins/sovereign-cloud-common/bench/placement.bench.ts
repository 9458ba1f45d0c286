/*
 * Placement benchmark: plan 1,000 workloads over 2,000 SovereignClusters
 * (BENCH_SIZE=smoke for 20 over 50) and, in the same run, a bare loop that
 * only evaluates every (workload, cluster) filter pair (sovereignty
 * constraints + Karmada filter plugins). Both use one prepared fleet.
 * Target: planning ≤ 5 × the bare filter loop. Prints numbers, asserts
 * nothing about time.
 */
import {
  filterForPlacement,
  parsePlacementWorkload,
  placementFilterStage,
  planPlacement,
  preparePlacementFleet,
  PlacementClusterInput,
  PlacementWorkload,
} from '../src/placement';
import { SovereignClusterEntity } from '../src/entities/SovereignCluster';
import { SEAL_LEVELS } from '../src/entities/vocabulary';

const smoke = process.env.BENCH_SIZE === 'smoke';
const CLUSTERS = smoke ? 50 : 2_000;
const WORKLOADS = smoke ? 20 : 1_000;
const ROUNDS = smoke ? 1 : 5;

const PROVIDERS = [
  'ionos',
  'scaleway',
  'ovhcloud',
  'stackit',
  'hetzner',
  'aws',
];
const COUNTRIES = ['DE', 'FR', 'NL', 'PL', 'NO', 'US', 'CH'];

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)];
}

function generateClusters(count: number): PlacementClusterInput[] {
  const next = random(7);
  return Array.from({ length: count }, (_, i) => {
    const provider = pick(next, PROVIDERS);
    const entity = {
      apiVersion: 'sovereign-cloud.io/v1alpha1',
      kind: 'SovereignCluster',
      metadata: {
        name: `cluster-${i}`,
        labels: { tier: pick(next, ['prod', 'staging', 'dev']) },
      },
      spec: {
        owner: 'group:platform',
        lifecycle: 'production',
        provider,
        locations: [`${provider}-r${Math.floor(next() * 6)}`],
        distribution: { name: 'kubeadm', version: '1.33.4' },
        controlPlane: { replicas: 3 },
        nodePools: [{ name: 'workers', machineType: 'm', count: 5 }],
        network: { overlay: 'none', encryption: { mode: 'none' } },
        management: { type: 'external' },
        ...(next() < 0.7 ? { storage: { backend: 'rook-ceph' } } : {}),
      },
    } as SovereignClusterEntity;
    return {
      entity,
      seal: pick(next, SEAL_LEVELS),
      capacity: {
        pods: Math.floor(next() * 40),
        cpuMilli: Math.floor(next() * 16000),
      },
      countries: [pick(next, COUNTRIES)],
      taints:
        next() < 0.05 ? [{ key: 'maintenance', effect: 'NoSchedule' }] : [],
    };
  });
}

function spreadOf(draw: number) {
  if (draw < 0.3) {
    return {
      spreadConstraints: [
        { spreadByField: 'cluster', minGroups: 2, maxGroups: 4 },
      ],
    };
  }
  if (draw < 0.5) {
    return {
      spreadConstraints: [
        { spreadByField: 'region', minGroups: 2, maxGroups: 3 },
        { spreadByField: 'cluster', minGroups: 2, maxGroups: 5 },
      ],
    };
  }
  return {};
}

function generateWorkloads(count: number): PlacementWorkload[] {
  const next = random(11);
  const schedulings = [
    undefined,
    { replicaSchedulingType: 'Divided', replicaDivisionPreference: 'Weighted' },
    {
      replicaSchedulingType: 'Divided',
      replicaDivisionPreference: 'Aggregated',
    },
    {
      replicaSchedulingType: 'Divided',
      replicaDivisionPreference: 'Weighted',
      weightPreference: { dynamicWeight: 'AvailableReplicas' },
    },
  ] as const;
  return Array.from({ length: count }, (_, i): PlacementWorkload => {
    const replicas = 1 + Math.floor(next() * 12);
    const spread = next();
    return {
      name: `workload-${i}`,
      replicas,
      resources: { cpuMilli: 250 },
      ...(next() < 0.4 ? { volumes: [{ name: 'data', sizeGiB: 10 }] } : {}),
      placement: {
        replicaScheduling: pick(next, schedulings),
        clusterAffinity: {
          labelSelector: {
            matchLabels: { tier: pick(next, ['prod', 'staging', 'dev']) },
          },
        },
        ...spreadOf(spread),
      },
      sovereignty: {
        allowedJurisdictions: next() < 0.6 ? ['EU'] : ['EEA', 'CH'],
        ...(next() < 0.5
          ? { minimumSeal: pick(next, ['SEAL-1', 'SEAL-2', 'SEAL-3'] as const) }
          : {}),
        ...(next() < 0.5 ? { excludedProviders: ['aws'] } : {}),
        ...(next() < 0.3 ? { dataResidency: ['DE', 'FR', 'NL'] } : {}),
        ...(next() < 0.3 && replicas > 1
          ? { survivesProviderLoss: { minReplicas: Math.ceil(replicas / 2) } }
          : {}),
      },
    };
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time<T>(fn: () => T): { ms: number; result: T } {
  const start = performance.now();
  const result = fn();
  return { ms: performance.now() - start, result };
}

const fleet = preparePlacementFleet(generateClusters(CLUSTERS));
const workloads = generateWorkloads(WORKLOADS);

const filterTimes: number[] = [];
const planTimes: number[] = [];
let passes = 0;
let schedulable = 0;
let placedReplicas = 0;
for (let round = 0; round < ROUNDS + 1; round++) {
  const filtered = time(() => {
    let pass = 0;
    for (const workload of workloads) {
      const stage = placementFilterStage(parsePlacementWorkload(workload));
      for (const cluster of fleet.clusters) {
        if (filterForPlacement(cluster, stage).pass) pass++;
      }
    }
    return pass;
  });
  const planned = time(() => workloads.map(w => planPlacement(w, fleet)));
  passes = filtered.result;
  schedulable = planned.result.filter(p => p.schedulable).length;
  placedReplicas = planned.result.reduce(
    (s, p) => s + p.assignments.reduce((t, a) => t + a.replicas, 0),
    0,
  );
  if (round > 0 || smoke) {
    filterTimes.push(filtered.ms);
    planTimes.push(planned.ms);
  }
}

const filterMs = median(filterTimes);
const planMs = median(planTimes);
// eslint-disable-next-line no-console -- the benchmark's output
console.log(
  [
    `placement planner benchmark (${smoke ? 'smoke' : 'full'}, node ${
      process.version
    })`,
    `  input:   ${WORKLOADS} workloads × ${CLUSTERS} clusters = ${
      WORKLOADS * CLUSTERS
    } pairs, ${passes} pass the filters`,
    `  plans:   ${schedulable} schedulable, ${
      WORKLOADS - schedulable
    } unschedulable, ${placedReplicas} replicas placed`,
    `  filter:  ${filterMs.toFixed(1)} ms (bare filter loop, median of ${
      filterTimes.length
    })`,
    `  plan:    ${planMs.toFixed(
      1,
    )} ms (planPlacement incl. validation, median of ${planTimes.length})`,
    `  ratio:   ${(planMs / filterMs).toFixed(2)} (target ≤ 5)`,
  ].join('\n'),
);
