import { parseDeployableWorkload } from './deployableWorkloadSchema';
import { PlacementInputError } from './PlacementInputError';
import { planPlacement } from './planPlacement';
import { testCluster } from './testClusters';

const workload = {
  name: 'api',
  namespace: 'shop',
  replicas: 3,
  resources: { cpuMilli: 100 },
  volumes: [{ name: 'data', sizeGiB: 1, mountPath: '/data' }],
  template: {
    image: 'registry.example.eu/shop/api:2.0.1',
    ports: [{ name: 'http', containerPort: 8080 }],
    env: [{ name: 'API_TOKEN', secretRef: { name: 'api', key: 'token' } }],
  },
};

function errorOf(value: unknown): PlacementInputError {
  try {
    parseDeployableWorkload(value);
  } catch (e) {
    return e as PlacementInputError;
  }
  throw new Error('expected an error');
}

describe('parseDeployableWorkload', () => {
  it('accepts a deployable workload, which the planner can place as it is', () => {
    expect(parseDeployableWorkload(workload).template.image).toBe(
      'registry.example.eu/shop/api:2.0.1',
    );
    const plan = planPlacement(workload, [
      testCluster({
        name: 'a',
        provider: 'hetzner',
        locations: ['fsn1'],
        storage: true,
      }),
    ]);
    expect(plan.assignments).toEqual([
      expect.objectContaining({ cluster: 'a', replicas: 3 }),
    ]);
  });

  it.each([
    [{ namespace: undefined }, 'workload.namespace'],
    [{ name: 'API' }, 'workload.name'],
    [{ template: { image: 'api' } }, 'workload.template.image'],
    [
      { template: { image: 'a:1', env: [{ name: 'API_TOKEN', value: 'x' }] } },
      'workload.template.env[0].value',
    ],
    [
      {
        template: {
          image: 'a:1',
          env: [{ name: 'A', secretRef: { name: 'S', key: 'k' } }],
        },
      },
      'workload.template.env[0].secretRef.name',
    ],
    [
      {
        volumes: [
          {
            name: 'data',
            sizeGiB: 1,
            mountPath: '/d',
            storage: { replication: 0 },
          },
        ],
      },
      'workload.volumes[0].storage.replication',
    ],
    [
      {
        volumes: [
          { name: 'd', sizeGiB: 1, mountPath: '/a' },
          { name: 'd', sizeGiB: 1, mountPath: '/b' },
        ],
      },
      'workload.volumes[1].name',
    ],
    [
      {
        replicas: 2,
        sovereignty: { survivesProviderLoss: { minReplicas: 3 } },
      },
      'workload.sovereignty.survivesProviderLoss.minReplicas',
    ],
  ])('names the field of bad input %#', (overrides, path) => {
    const error = errorOf({ ...workload, ...overrides });
    expect(error).toBeInstanceOf(PlacementInputError);
    expect(error.path).toBe(path);
  });
});
