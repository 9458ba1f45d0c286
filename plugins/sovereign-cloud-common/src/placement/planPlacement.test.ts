import { createProviderCatalogue } from '../catalogue/ProviderCatalogue';
import { defaultCloudProviders } from '../providers';
import { PlacementInputError } from './PlacementInputError';
import { planPlacement } from './planPlacement';
import { preparePlacementFleet } from './fleet';
import { testCluster } from './testClusters';

const catalogue = createProviderCatalogue(defaultCloudProviders());

const fleet = [
  testCluster({
    name: 'hz-fsn1',
    provider: 'hetzner',
    locations: ['fsn1'],
    seal: 'SEAL-3',
    storage: true,
    labels: { tier: 'prod' },
  }),
  testCluster({
    name: 'hz-ash',
    provider: 'hetzner',
    locations: ['ash'],
    seal: 'SEAL-3',
    storage: true,
    labels: { tier: 'prod' },
  }),
  testCluster({
    name: 'aws-fra',
    provider: 'aws',
    locations: ['eu-central-1'],
    seal: 'SEAL-1',
    storage: true,
    labels: { tier: 'prod' },
  }),
  testCluster({
    name: 'hz-hel1',
    provider: 'cloudprovider:default/hetzner',
    locations: ['hel1'],
    seal: 'SEAL-2',
    labels: { tier: 'dev' },
  }),
];

const decision = (plan: ReturnType<typeof planPlacement>, cluster: string) =>
  plan.decisions.find(d => d.cluster === cluster)!;

describe('planPlacement', () => {
  it('filters by jurisdiction from the catalogue and says why', () => {
    const plan = planPlacement(
      {
        name: 'web',
        replicas: 4,
        sovereignty: { allowedJurisdictions: ['EU'] },
      },
      fleet,
      { catalogue },
    );
    expect(plan.schedulable).toBe(true);
    expect(decision(plan, 'hz-ash')).toMatchObject({
      outcome: 'filtered',
      filteredBy: 'Jurisdiction',
      reasons: ['Jurisdiction: country US is not allowed'],
    });
    // No replicaScheduling = Duplicated: every feasible cluster gets all replicas.
    expect(plan.assignments.map(a => [a.cluster, a.replicas])).toEqual([
      ['aws-fra', 4],
      ['hz-fsn1', 4],
      ['hz-hel1', 4],
    ]);
  });

  it('takes empty lists from a form as no constraint', () => {
    const plan = planPlacement(
      {
        name: 'web',
        replicas: 4,
        sovereignty: { allowedJurisdictions: [], dataResidency: [] },
      },
      fleet,
      { catalogue },
    );
    expect(plan.schedulable).toBe(true);
    expect(decision(plan, 'hz-ash').outcome).not.toBe('filtered');
  });

  it('applies minimum SEAL, excluded providers and data residency', () => {
    const plan = planPlacement(
      {
        name: 'db',
        replicas: 3,
        volumes: [{ name: 'data', sizeGiB: 10 }],
        placement: {
          replicaScheduling: {
            replicaSchedulingType: 'Divided',
            replicaDivisionPreference: 'Weighted',
          },
        },
        sovereignty: {
          minimumSeal: 'SEAL-2',
          excludedProviders: ['cloudprovider:aws'],
          dataResidency: ['DE'],
        },
      },
      fleet,
      { catalogue },
    );
    expect(decision(plan, 'aws-fra').filteredBy).toBe('ExcludedProvider');
    expect(decision(plan, 'hz-ash').reasons[0]).toBe(
      'DataResidency: data would be stored in US',
    );
    expect(decision(plan, 'hz-hel1').reasons[0]).toBe(
      'DataResidency: no persistent storage declared',
    );
    expect(plan.assignments).toEqual([
      {
        cluster: 'hz-fsn1',
        entityRef: 'sovereigncluster:default/hz-fsn1',
        provider: 'hetzner',
        replicas: 3,
      },
    ]);
  });

  it('reports unschedulable with the filters that removed every cluster', () => {
    const plan = planPlacement(
      { name: 'x', replicas: 1, sovereignty: { minimumSeal: 'SEAL-4' } },
      fleet,
      { catalogue },
    );
    expect(plan.schedulable).toBe(false);
    expect(plan.reason).toBe(
      'no cluster passes the filters (4 clusters; 4 by MinimumSeal)',
    );
    expect(plan.assignments).toEqual([]);
  });

  it('rebalances to survive the loss of any one provider', () => {
    const clusters = [
      testCluster({
        name: 'a1',
        provider: 'ionos',
        locations: ['de/fra'],
        pods: 10,
      }),
      testCluster({
        name: 'a2',
        provider: 'ionos',
        locations: ['de/txl'],
        pods: 10,
      }),
      testCluster({
        name: 'b1',
        provider: 'scaleway',
        locations: ['fr-par'],
        pods: 10,
      }),
    ];
    const workload = {
      name: 'api',
      replicas: 6,
      placement: {
        replicaScheduling: {
          replicaSchedulingType: 'Divided',
          replicaDivisionPreference: 'Weighted',
        },
      },
    };
    const plain = planPlacement(workload, clusters);
    expect(plain.assignments.map(a => a.replicas)).toEqual([2, 2, 2]);
    const plan = planPlacement(
      {
        ...workload,
        sovereignty: { survivesProviderLoss: { minReplicas: 3 } },
      },
      clusters,
    );
    expect(plan.schedulable).toBe(true);
    expect(plan.providerLoss).toMatchObject({
      survives: true,
      rebalanced: true,
      worstCaseReplicas: 3,
    });
    expect(plan.assignments.map(a => [a.cluster, a.replicas])).toEqual([
      ['a1', 2],
      ['a2', 1],
      ['b1', 3],
    ]);
    expect(decision(plan, 'b1').reasons).toContain(
      'rebalanced from 2 to 3 to survive the loss of any one provider',
    );
  });

  it('is unschedulable when one provider cannot be lost', () => {
    const clusters = [
      testCluster({ name: 'a1', provider: 'ionos', locations: ['de/fra'] }),
      testCluster({ name: 'a2', provider: 'ionos', locations: ['de/txl'] }),
    ];
    const plan = planPlacement(
      {
        name: 'api',
        replicas: 2,
        sovereignty: { survivesProviderLoss: { minReplicas: 1 } },
      },
      clusters,
    );
    expect(plan.schedulable).toBe(false);
    expect(plan.reason).toContain(
      'losing provider ionos would leave 0 of the required 1 replicas',
    );
  });

  it('uses the Karmada member name and prefers where the workload already runs', () => {
    const clusters = [
      testCluster({
        name: 'entity-a',
        karmadaMember: 'member-a',
        provider: 'ionos',
        locations: ['de/fra'],
      }),
      testCluster({
        name: 'entity-b',
        provider: 'ionos',
        locations: ['de/txl'],
      }),
    ];
    const plan = planPlacement(
      {
        name: 'api',
        replicas: 1,
        previous: [{ cluster: 'entity-b', replicas: 1 }],
        placement: {
          spreadConstraints: [
            { spreadByField: 'cluster', minGroups: 1, maxGroups: 1 },
          ],
        },
      },
      clusters,
    );
    expect(plan.assignments.map(a => a.cluster)).toEqual(['entity-b']);
    expect(decision(plan, 'entity-b').reasons[0]).toBe(
      'score 100 (already runs here), capacity not estimated',
    );
    expect(decision(plan, 'member-a').reasons).toContain(
      'feasible, not chosen by the spread constraints',
    );
  });

  it('reports capacity shortage of a dynamic division as unschedulable', () => {
    const clusters = [
      testCluster({
        name: 'a',
        provider: 'ionos',
        locations: ['de/fra'],
        pods: 2,
      }),
      testCluster({
        name: 'b',
        provider: 'scaleway',
        locations: ['fr-par'],
        pods: 3,
      }),
    ];
    const plan = planPlacement(
      {
        name: 'api',
        replicas: 9,
        placement: {
          replicaScheduling: {
            replicaSchedulingType: 'Divided',
            replicaDivisionPreference: 'Weighted',
            weightPreference: { dynamicWeight: 'AvailableReplicas' },
          },
        },
      },
      clusters,
    );
    expect(plan.schedulable).toBe(false);
    expect(plan.reason).toBe(
      'divide: Clusters available replicas are not enough to schedule',
    );
  });

  it.each([
    [{ name: '', replicas: 1 }, 'workload.name'],
    [{ name: 'a', replicas: -1 }, 'workload.replicas'],
    [
      { name: 'a', replicas: 1, sovereignty: { allowedJurisdictions: ['XX'] } },
      'workload.sovereignty.allowedJurisdictions[0]',
    ],
    [
      { name: 'a', replicas: 1, sovereignty: { minimumSeal: 'SEAL-9' } },
      'workload.sovereignty.minimumSeal',
    ],
    [
      {
        name: 'a',
        replicas: 1,
        placement: {
          spreadConstraints: [
            { spreadByField: 'cluster', minGroups: 3, maxGroups: 2 },
          ],
        },
      },
      'workload.placement.spreadConstraints[0].maxGroups',
    ],
    [
      {
        name: 'a',
        replicas: 1,
        sovereignty: { survivesProviderLoss: { minReplicas: 2 } },
      },
      'workload.sovereignty.survivesProviderLoss.minReplicas',
    ],
  ])('rejects bad input %j naming %s', (workload, path) => {
    const error = (() => {
      try {
        planPlacement(workload, fleet);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(PlacementInputError);
    expect((error as PlacementInputError).path).toBe(path);
  });

  it('rejects two clusters with one member name', () => {
    const clusters = [
      testCluster({ name: 'a', provider: 'ionos', locations: ['de/fra'] }),
      testCluster({
        name: 'b',
        karmadaMember: 'a',
        provider: 'ionos',
        locations: ['de/fra'],
      }),
    ];
    expect(() => preparePlacementFleet(clusters)).toThrow(
      'clusters[1]: member name "a" is used by another cluster',
    );
  });
});
