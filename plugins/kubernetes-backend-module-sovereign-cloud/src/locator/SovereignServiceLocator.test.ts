import { mockCredentials } from '@backstage/backend-test-utils';
import {
  ClusterDetails,
  KubernetesServiceLocator,
  ServiceLocatorRequestContext,
} from '@backstage/plugin-kubernetes-node';
import { component } from '../__testUtils__/entities';
import { SovereignServiceLocator } from './SovereignServiceLocator';

function sovereign(name: string, namespace = 'default'): ClusterDetails {
  return {
    name,
    url: `https://api.${name}.example.eu`,
    authMetadata: {
      'kubernetes.io/auth-provider': 'oidc',
      'sovereign-cloud.io/cluster-ref': `sovereigncluster:${namespace}/${name}`,
    },
  };
}
const fromConfig: ClusterDetails = {
  name: 'eu-shadowed',
  url: 'https://config.example.eu',
  authMetadata: { 'kubernetes.io/auth-provider': 'oidc' },
};
const otherConfig: ClusterDetails = { ...fromConfig, name: 'legacy' };

describe('SovereignServiceLocator', () => {
  const context: ServiceLocatorRequestContext = {
    objectTypesToFetch: new Set(),
    customResources: [],
    credentials: mockCredentials.user(),
  };
  let defaultLocator: jest.Mocked<KubernetesServiceLocator>;
  let locator: SovereignServiceLocator;

  beforeEach(() => {
    defaultLocator = {
      getClustersByEntity: jest.fn(async (_entity, _context) => ({
        clusters: [otherConfig],
      })),
    };
    locator = SovereignServiceLocator.create({
      defaultLocator,
      clusterSupplier: {
        getClusters: async () => [
          fromConfig,
          otherConfig,
          sovereign('eu-a'),
          sovereign('eu-b'),
          sovereign('eu-c', 'payments'),
        ],
      },
    });
  });

  const namesFor = async (entity: ReturnType<typeof component>) =>
    (await locator.getClustersByEntity(entity, context)).clusters.map(
      c => c.name,
    );

  it('picks only the SovereignClusters the entity depends on', async () => {
    expect(
      await namesFor(
        component('payments', [
          'sovereigncluster:default/eu-b',
          'sovereigncluster:payments/eu-c',
          'resource:default/database',
        ]),
      ),
    ).toEqual(['eu-b', 'eu-c']);
    expect(defaultLocator.getClustersByEntity).not.toHaveBeenCalled();
  });

  it('matches refs case-insensitively, as the catalog does', async () => {
    expect(
      await namesFor(component('x', ['SovereignCluster:default/EU-A'])),
    ).toEqual(['eu-a']);
  });

  it('reads the cluster annotation too', async () => {
    expect(
      await namesFor(
        component('x', [], {
          'sovereign-cloud.io/cluster': 'eu-a, sovereigncluster:payments/eu-c',
        }),
      ),
    ).toEqual(['eu-a', 'eu-c']);
  });

  it('follows a dependency to the default supplier cluster that kept its name', async () => {
    expect(
      await namesFor(component('x', ['sovereigncluster:default/eu-shadowed'])),
    ).toEqual(['eu-shadowed']);
  });

  it('returns no cluster when the depended-on cluster is not available', async () => {
    expect(
      await namesFor(component('x', ['sovereigncluster:default/gone'])),
    ).toEqual([]);
    expect(defaultLocator.getClustersByEntity).not.toHaveBeenCalled();
  });

  it('leaves entities without such dependencies to the default locator', async () => {
    const entity = component('x', ['resource:default/database']);
    expect(await namesFor(entity)).toEqual(['legacy']);
    expect(defaultLocator.getClustersByEntity).toHaveBeenCalledWith(
      entity,
      context,
    );
  });
});
