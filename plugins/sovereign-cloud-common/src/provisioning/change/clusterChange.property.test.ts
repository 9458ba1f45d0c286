import { InputError } from '@backstage/errors';
import fc from 'fast-check';
import { ClusterRequest } from '../clusterRequest';
import { applyClusterChange } from './clusterChange';

/*
 * Property: whatever change a person (or a template) sends, applying it
 * either returns a valid request or throws an InputError whose problems each
 * name a path; never a TypeError or an internal validator error.
 * 3,000 runs with a fixed seed.
 */

const SEED = 42;
const RUNS = 3_000;

const request: ClusterRequest = {
  name: 'hetzner-fsn-prod',
  owner: 'group:default/platform-team',
  provider: 'hetzner',
  locations: ['fsn1', 'nbg1'],
  kubernetesVersion: 'v1.33.4',
  controlPlane: { replicas: 3, machineType: 'cx33' },
  nodePools: [
    { name: 'fsn-workers', location: 'fsn1', machineType: 'cx42', count: 4 },
    { name: 'nbg-workers', location: 'nbg1', machineType: 'cx42', count: 4 },
  ],
  network: { overlay: 'cilium-wireguard', mesh: 'eu-core' },
  storage: { backend: 'longhorn', replication: 3, failureDomain: 'zone' },
  observability: { enabled: true },
  management: { managementCluster: 'mgmt-fra', namespace: 'hetzner' },
};

const odd = fc.constantFrom<unknown>(
  null,
  undefined,
  '',
  -1,
  0,
  2.5,
  Number.NaN,
  '1.34',
  'v1.33.5',
  'v2.0.0',
  'fsn-workers',
  'nbg-workers',
  'ghost',
  'fsn1',
  'hel1',
  'rook-ceph',
  'zone',
  'rack',
  'kilo',
  '10.0.0.0/8',
  'https://metrics.example.eu/write',
  'https://user:pw@x',
  [],
  {},
);
const value: fc.Arbitrary<unknown> = fc.letrec<{ v: unknown }>(tie => ({
  v: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    odd,
    fc.anything({ maxDepth: 1 }),
    fc.array(tie('v'), { maxLength: 3 }),
    fc.dictionary(
      fc.constantFrom(
        'name',
        'count',
        'location',
        'machineType',
        'provider',
        'url',
        'enabled',
        'replication',
        'backend',
        'x',
      ),
      tie('v'),
      { maxKeys: 4 },
    ),
  ),
})).v;

const change = fc.record(
  {
    kind: fc.constantFrom<unknown>(
      'upgrade',
      'node-pools',
      'addons',
      'nope',
      3,
    ),
    kubernetesVersion: value,
    scale: value,
    add: value,
    remove: value,
    machineTypes: value,
    storage: value,
    observability: value,
    network: value,
  },
  { requiredKeys: ['kind'] },
);

// Changes close to valid ones, so the property also covers the paths that succeed.
const pool = fc.constantFrom('fsn-workers', 'nbg-workers', 'ghost');
const plausible = fc.oneof(
  fc.record({
    kind: fc.constant('upgrade'),
    kubernetesVersion: fc
      .tuple(fc.integer({ min: 31, max: 36 }), fc.integer({ min: 0, max: 9 }))
      .map(([minor, patch]) => `v1.${minor}.${patch}`),
  }),
  fc.record(
    {
      kind: fc.constant('node-pools'),
      scale: fc.array(
        fc.record({ name: pool, count: fc.integer({ min: -1, max: 9 }) }),
        { maxLength: 2 },
      ),
      remove: fc.uniqueArray(pool, { maxLength: 2 }),
      machineTypes: fc.array(
        fc.record({ name: pool, machineType: fc.constantFrom('cx52', '') }),
        { maxLength: 2 },
      ),
      add: fc.array(
        fc.record({
          name: fc.constantFrom('edge', 'fsn-workers'),
          location: fc.constantFrom('fsn1', 'hel1', 'muc-dc1'),
          provider: fc.constantFrom(undefined, 'private-dc'),
          machineType: fc.constant('r640'),
          count: fc.integer({ min: 0, max: 3 }),
        }),
        { maxLength: 1 },
      ),
    },
    { requiredKeys: ['kind'] },
  ),
  fc.record(
    {
      kind: fc.constant('addons'),
      storage: fc.record(
        {
          replication: fc.integer({ min: 0, max: 3 }),
          failureDomain: fc.constantFrom('host', 'zone', 'rack'),
          backend: fc.constantFrom('rook-ceph', 'nfs'),
        },
        { requiredKeys: [] },
      ),
      observability: fc.record(
        {
          enabled: fc.boolean(),
          remoteWrite: fc.constantFrom(null, { url: 'https://m.example.eu/w' }),
        },
        { requiredKeys: [] },
      ),
      network: fc.record(
        {
          overlay: fc.constantFrom('cilium-wireguard', 'kilo'),
          mesh: fc.constantFrom('eu-core', null),
        },
        { requiredKeys: [] },
      ),
    },
    { requiredKeys: ['kind'] },
  ),
);

describe('applyClusterChange (property)', () => {
  it('returns a request or an InputError naming paths, for any change', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof(plausible, change, value), input => {
        try {
          applyClusterChange(request, input);
          accepted++;
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
          const problems = (
            error as { problems?: { path: string; message: string }[] }
          ).problems;
          if (!problems?.length) throw error;
          for (const problem of problems) {
            if (
              !problem.path ||
              /internal validator error/.test(problem.message)
            ) {
              throw error;
            }
          }
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
    // Some arbitrary changes are valid ones: the property is not only about refusals.
    expect(accepted).toBeGreaterThan(RUNS / 20);
  });
});
