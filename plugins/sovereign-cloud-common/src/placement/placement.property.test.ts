/*
 * Property-based tests of planPlacement over random fleets and workloads
 * (fast-check, fixed seed). PLACEMENT_PROPERTY_RUNS sets the runs per
 * property (default 1,000, i.e. 3,000 in total); `yarn
 * test:placement-properties` runs 34,000 each (102,000 in total).
 */
import fc from 'fast-check';
import { EEA_COUNTRIES, EU_MEMBER_STATES } from '../jurisdictions/countries';
import { SEAL_LEVELS } from '../entities/vocabulary';
import { PlacementClusterInput } from './fleet';
import { planPlacement } from './planPlacement';
import { PlacementPlan } from './planTypes';
import { testCluster } from './testClusters';

const RUNS = Number(process.env.PLACEMENT_PROPERTY_RUNS ?? 1000);
const SEED = 20261130;
const TIMEOUT_MS = Math.max(60_000, RUNS * 20);

const PROVIDERS = ['ionos', 'scaleway', 'hetzner', 'aws'];
const COUNTRIES = ['DE', 'FR', 'NL', 'NO', 'US', 'CH'];

const clusterArb = fc.record({
  provider: fc.constantFrom(...PROVIDERS),
  location: fc.constantFrom('l1', 'l2', 'l3'),
  countries: fc.array(fc.constantFrom(...COUNTRIES), {
    minLength: 1,
    maxLength: 2,
  }),
  seal: fc.option(fc.constantFrom(...SEAL_LEVELS), { nil: undefined, freq: 8 }),
  storage: fc.integer({ min: 0, max: 3 }).map(n => n > 0),
  kmsCountry: fc.option(fc.constantFrom(...COUNTRIES), { nil: undefined }),
  pods: fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }),
  tier: fc.constantFrom('prod', 'dev'),
  tainted: fc.integer({ min: 0, max: 5 }).map(n => n === 0),
  decommissioning: fc.integer({ min: 0, max: 9 }).map(n => n === 0),
});

const fleetArb = fc
  .array(clusterArb, { minLength: 0, maxLength: 14 })
  .map(specs =>
    specs.map(
      (s, i): PlacementClusterInput => ({
        ...testCluster({
          name: `c${i}`,
          provider: s.provider,
          locations: [s.location],
          countries: s.countries,
          seal: s.seal,
          storage: s.storage,
          kmsCountry: s.kmsCountry,
          pods: s.pods,
          labels: { tier: s.tier },
          phase: s.decommissioning ? 'Decommissioning' : 'Ready',
        }),
        taints: s.tainted ? [{ key: 'maintenance', effect: 'NoSchedule' }] : [],
      }),
    ),
  );

const replicaSchedulingArb = fc.constantFrom(
  undefined,
  { replicaSchedulingType: 'Duplicated' },
  { replicaSchedulingType: 'Divided', replicaDivisionPreference: 'Weighted' },
  { replicaSchedulingType: 'Divided', replicaDivisionPreference: 'Aggregated' },
  {
    replicaSchedulingType: 'Divided',
    replicaDivisionPreference: 'Weighted',
    weightPreference: { dynamicWeight: 'AvailableReplicas' },
  },
  {
    replicaSchedulingType: 'Divided',
    replicaDivisionPreference: 'Weighted',
    weightPreference: {
      staticWeightList: [
        {
          targetCluster: {
            fieldSelector: {
              matchExpressions: [
                { key: 'provider', operator: 'In', values: ['ionos'] },
              ],
            },
          },
          weight: 3,
        },
        {
          targetCluster: { labelSelector: { matchLabels: { tier: 'prod' } } },
          weight: 1,
        },
      ],
    },
  },
);

const workloadArb = fc
  .record({
    replicas: fc.integer({ min: 0, max: 24 }),
    replicaScheduling: replicaSchedulingArb,
    spread: fc.constantFrom('none', 'cluster', 'region'),
    prodOnly: fc.boolean(),
    tolerate: fc.boolean(),
    resources: fc.boolean(),
    volumes: fc.boolean(),
    allowed: fc.option(
      fc.subarray(['EU', 'EEA', ...COUNTRIES], { minLength: 1 }),
      { nil: undefined, freq: 3 },
    ),
    residency: fc.option(fc.subarray(['EU', ...COUNTRIES], { minLength: 1 }), {
      nil: undefined,
      freq: 3,
    }),
    minimumSeal: fc.option(fc.constantFrom('SEAL-0', 'SEAL-1', 'SEAL-2'), {
      nil: undefined,
    }),
    excluded: fc.subarray(PROVIDERS, { maxLength: 1 }),
    survive: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
    previous: fc.array(
      fc.record({
        i: fc.integer({ min: 0, max: 11 }),
        replicas: fc.integer({ min: 0, max: 5 }),
      }),
      { maxLength: 3 },
    ),
    uid: fc.constantFrom('', '4858ca61-uid', 'd43fdeeb-uid'),
  })
  .map(w => ({
    name: 'w',
    replicas: w.replicas,
    uid: w.uid,
    ...(w.resources ? { resources: { cpuMilli: 100 } } : {}),
    ...(w.volumes ? { volumes: [{ name: 'data', sizeGiB: 1 }] } : {}),
    previous: [...new Map(w.previous.map(p => [`c${p.i}`, p.replicas]))].map(
      ([cluster, replicas]) => ({ cluster, replicas }),
    ),
    placement: {
      ...(w.replicaScheduling
        ? { replicaScheduling: w.replicaScheduling }
        : {}),
      ...(w.prodOnly
        ? {
            clusterAffinity: {
              labelSelector: { matchLabels: { tier: 'prod' } },
            },
          }
        : {}),
      ...(w.tolerate
        ? { clusterTolerations: [{ key: 'maintenance', operator: 'Exists' }] }
        : {}),
      ...(w.spread === 'cluster'
        ? {
            spreadConstraints: [
              { spreadByField: 'cluster', minGroups: 1, maxGroups: 3 },
            ],
          }
        : {}),
      ...(w.spread === 'region'
        ? {
            spreadConstraints: [
              { spreadByField: 'region', minGroups: 1, maxGroups: 2 },
              { spreadByField: 'cluster', minGroups: 1, maxGroups: 4 },
            ],
          }
        : {}),
    },
    sovereignty: {
      ...(w.allowed ? { allowedJurisdictions: w.allowed } : {}),
      ...(w.residency ? { dataResidency: w.residency } : {}),
      ...(w.minimumSeal ? { minimumSeal: w.minimumSeal } : {}),
      excludedProviders: w.excluded,
      ...(w.survive !== undefined && w.survive <= w.replicas
        ? { survivesProviderLoss: { minReplicas: w.survive } }
        : {}),
    },
  }));

type Workload = typeof workloadArb extends fc.Arbitrary<infer T> ? T : never;

function expand(codes: readonly string[]): Set<string> {
  const groups: Record<string, readonly string[]> = {
    EU: EU_MEMBER_STATES,
    EEA: EEA_COUNTRIES,
  };
  return new Set(codes.flatMap(c => groups[c] ?? [c]));
}

/** Replica sums equal the request (each cluster for Duplicated), or the plan says why not. */
function replicaProblems(
  replicas: number,
  fleetSize: number,
  plan: PlacementPlan,
): string[] {
  const problems: string[] = [];
  if (plan.decisions.length !== fleetSize)
    problems.push('a decision per cluster');
  if (!plan.schedulable) {
    if (!/\w/.test(plan.reason ?? ''))
      problems.push('unschedulable without reason');
    if (plan.assignments.length > 0)
      problems.push('unschedulable with assignments');
    return problems;
  }
  const placed = plan.assignments.map(a => a.replicas);
  if (plan.strategy === 'Duplicated') {
    if (!placed.every(r => r === replicas))
      problems.push(`duplicated ${placed}`);
  } else if (placed.reduce((s, r) => s + r, 0) !== replicas) {
    problems.push(`divided ${placed} != ${replicas}`);
  }
  for (const a of plan.assignments) {
    const d = plan.decisions.find(x => x.cluster === a.cluster);
    if (replicas > 0 && d?.outcome !== 'selected')
      problems.push(`${a.cluster} not selected`);
  }
  return problems;
}

/** Independent re-statement of the hard constraints (not the planner's filter). */
function violations(
  w: Workload,
  fleet: PlacementClusterInput[],
  plan: PlacementPlan,
): string[] {
  const problems: string[] = [];
  const byName = new Map(fleet.map(c => [c.entity.metadata.name, c]));
  const s = w.sovereignty;
  for (const a of plan.assignments) {
    const c = byName.get(a.cluster)!;
    const countries = c.countries!;
    if (c.entity.spec.status?.phase === 'Decommissioning')
      problems.push(`${a.cluster} decommissioning`);
    if (s.excludedProviders.includes(c.entity.spec.provider))
      problems.push(`${a.cluster} excluded provider`);
    if (
      s.allowedJurisdictions &&
      !countries.every(x => expand(s.allowedJurisdictions!).has(x))
    ) {
      problems.push(`${a.cluster} jurisdiction`);
    }
    if (
      s.minimumSeal &&
      (!c.seal ||
        SEAL_LEVELS.indexOf(c.seal) < SEAL_LEVELS.indexOf(s.minimumSeal))
    ) {
      problems.push(`${a.cluster} seal`);
    }
    if (w.volumes) {
      if (!c.entity.spec.storage) problems.push(`${a.cluster} no storage`);
      const kms = c.entity.spec.sovereignty?.keyManagement?.kms?.country;
      const data = [...countries, ...(kms ? [kms] : [])];
      if (
        s.dataResidency &&
        !data.every(x => expand(s.dataResidency!).has(x))
      ) {
        problems.push(`${a.cluster} residency`);
      }
    }
  }
  const min = s.survivesProviderLoss?.minReplicas;
  if (min !== undefined && plan.schedulable) {
    const perProvider = new Map<string, number>();
    let total = 0;
    for (const a of plan.assignments) {
      perProvider.set(
        a.provider,
        (perProvider.get(a.provider) ?? 0) + a.replicas,
      );
      total += a.replicas;
    }
    if (total - Math.max(0, ...perProvider.values()) < min)
      problems.push('provider loss');
  }
  return problems;
}

const params = { seed: SEED, numRuns: RUNS };

describe('planPlacement properties', () => {
  it(
    'never violates a hard constraint',
    () => {
      fc.assert(
        fc.property(fleetArb, workloadArb, (fleet, w) => {
          expect(violations(w, fleet, planPlacement(w, fleet))).toEqual([]);
        }),
        params,
      );
    },
    TIMEOUT_MS,
  );

  it(
    'places exactly the requested replicas, or says why not',
    () => {
      fc.assert(
        fc.property(fleetArb, workloadArb, (fleet, w) => {
          const plan = planPlacement(w, fleet);
          expect(replicaProblems(w.replicas, fleet.length, plan)).toEqual([]);
        }),
        params,
      );
    },
    TIMEOUT_MS,
  );

  it(
    'is deterministic, whatever the order of the clusters',
    () => {
      fc.assert(
        fc.property(
          fleetArb.chain(fleet =>
            fc.tuple(
              fc.constant(fleet),
              fc.shuffledSubarray(fleet, { minLength: fleet.length }),
            ),
          ),
          workloadArb,
          ([fleet, shuffled], w) => {
            const plan = planPlacement(w, fleet);
            expect(planPlacement(w, fleet)).toEqual(plan);
            expect(planPlacement(w, shuffled)).toEqual(plan);
          },
        ),
        params,
      );
    },
    TIMEOUT_MS,
  );
});
