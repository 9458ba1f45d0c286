/*
 * Property test: over random fleets and workloads (fast-check, fixed seed),
 * what Karmada receives keeps the hard constraints and, scheduled by
 * Karmada's rules alone, reproduces the plan. WORKLOAD_PROPERTY_RUNS sets
 * the runs (default 300).
 */
import fc from 'fast-check';
import {
  EU_MEMBER_STATES,
  planPlacement,
  type PlacementClusterInput,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { renderKarmadaDelivery } from './karmadaDelivery';
import { renderWorkload } from './renderWorkload';
import { testClusterEntity } from './testFleet';

const RUNS = Number(process.env.WORKLOAD_PROPERTY_RUNS ?? 300);
const SEED = 20261130;
const PROVIDERS = ['hetzner', 'ionos', 'scaleway', 'ovhcloud', 'aws'];
const COUNTRIES = ['DE', 'FR', 'NL', 'US', 'CH'];

const clusterArb = fc.record({
  provider: fc.constantFrom(...PROVIDERS),
  country: fc.constantFrom(...COUNTRIES),
  replication: fc.integer({ min: 1, max: 3 }),
  encryptedClass: fc.boolean(),
  pods: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
});

const fleetArb = fc
  .array(clusterArb, { minLength: 1, maxLength: 8 })
  .map(specs =>
    specs.map(
      (s, i): PlacementClusterInput => ({
        entity: testClusterEntity({
          name: `c${i}`,
          provider: s.provider,
          location: `l${i}`,
          country: s.country,
          storage: {
            replication: s.replication,
            classes: [
              { name: 'standard', default: true },
              ...(s.encryptedClass
                ? [{ name: 'encrypted', encrypted: true, replication: 3 }]
                : []),
            ],
          },
        }),
        countries: [s.country],
        capacity: s.pods === undefined ? undefined : { pods: s.pods },
      }),
    ),
  );

const workloadArb = fc.record({
  replicas: fc.integer({ min: 1, max: 40 }),
  stateful: fc.boolean(),
  encrypted: fc.boolean(),
  scheduling: fc.constantFrom<any>(
    { replicaSchedulingType: 'Duplicated' },
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
  ),
  euOnly: fc.boolean(),
  excluded: fc.option(fc.constantFrom(...PROVIDERS), { nil: undefined }),
  survive: fc.boolean(),
});

function workloadOf(w: any) {
  return {
    name: 'app',
    namespace: 'team',
    replicas: w.replicas,
    volumes: w.stateful
      ? [
          {
            name: 'data',
            sizeGiB: 1,
            mountPath: '/data',
            ...(w.encrypted ? { storage: { encrypted: true } } : {}),
          },
        ]
      : undefined,
    placement: { replicaScheduling: w.scheduling },
    sovereignty: {
      ...(w.euOnly ? { allowedJurisdictions: ['EU'] } : {}),
      ...(w.excluded ? { excludedProviders: [w.excluded] } : {}),
      ...(w.survive &&
      w.replicas >= 2 &&
      w.scheduling.replicaSchedulingType === 'Divided'
        ? { survivesProviderLoss: { minReplicas: Math.ceil(w.replicas / 2) } }
        : {}),
    },
    template: { image: 'registry.example.eu/team/app:1.0.0' },
  };
}

describe('Karmada delivery over random fleets', () => {
  it('keeps the hard constraints and reproduces the plan under Karmada rules alone', () => {
    let placed = 0;
    fc.assert(
      fc.property(fleetArb, workloadArb, (fleet, w) => {
        const workload = workloadOf(w);
        const plan = planPlacement(workload, fleet);
        if (!plan.schedulable) return;
        let rendered;
        try {
          rendered = renderWorkload(workload, plan, fleet);
        } catch (error) {
          // Only a missing encrypted class may stop a placeable workload.
          if (/no storage class on cluster "c\d+"/.test(String(error))) return;
          throw error;
        }
        placed++;
        const objects = renderKarmadaDelivery(rendered) as any[];
        const policy = objects.find(o => o.kind === 'PropagationPolicy');
        const names: string[] =
          policy.spec.placement.clusterAffinity.clusterNames;
        const byName = new Map(fleet.map(c => [c.entity.metadata.name, c]));
        const violations = names.flatMap(name => {
          const cluster = byName.get(name)!;
          const country = cluster.countries![0];
          const provider = cluster.entity.spec.provider;
          return [
            ...(w.euOnly && !EU_MEMBER_STATES.includes(country)
              ? [`${name} in ${country}`]
              : []),
            ...(w.excluded && provider.endsWith(`/${w.excluded}`)
              ? [`${name} at ${w.excluded}`]
              : []),
          ];
        });
        expect(violations).toEqual([]);
        const duplicated = w.scheduling.replicaSchedulingType === 'Duplicated';
        const sum = rendered.clusters.reduce((n, c) => n + c.replicas, 0);
        expect(sum).toBe(
          duplicated ? w.replicas * rendered.clusters.length : w.replicas,
        );
        // Karmada's own scheduling of the policy, without our constraints.
        const replanned = planPlacement(
          {
            name: 'app',
            replicas: w.replicas,
            placement: policy.spec.placement,
          },
          fleet,
        );
        const nonZero = (p: typeof plan) =>
          p.assignments
            .filter(a => a.replicas > 0)
            .map(a => [a.cluster, a.replicas]);
        expect(nonZero(replanned)).toEqual(nonZero(plan));
      }),
      { seed: SEED, numRuns: RUNS },
    );
    if (process.env.WORKLOAD_PROPERTY_RUNS)
      process.stdout.write(`placed ${placed} of ${RUNS}\n`);
    // The property must have exercised real placements.
    expect(placed).toBeGreaterThan(RUNS / 10);
  });
});
