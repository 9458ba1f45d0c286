import { mockCredentials } from '@backstage/backend-test-utils';
import { ClusterDetails } from '@backstage/plugin-kubernetes-node';
import { CapturingLogger } from '../__testUtils__/CapturingLogger';
import { SovereignClusterSupplier } from './SovereignClusterSupplier';

const configured: ClusterDetails = {
  name: 'shared',
  url: 'https://config.example.eu',
  authMetadata: {
    'kubernetes.io/auth-provider': 'serviceAccount',
    serviceAccountToken: 'x',
  },
};
const local: ClusterDetails = {
  name: 'local',
  url: 'http://localhost:8001',
  authMetadata: { 'kubernetes.io/auth-provider': 'localKubectlProxy' },
};

function sovereign(name: string): ClusterDetails {
  return {
    name,
    url: `https://api.${name}.example.eu`,
    authMetadata: {
      'kubernetes.io/auth-provider': 'sovereignCloud',
      'sovereign-cloud.io/cluster-ref': `sovereigncluster:default/${name}`,
      'sovereign-cloud.io/credential-ref': `{"configKey":"sovereignCloud.clusters.${name}.token"}`,
    },
  };
}

describe('SovereignClusterSupplier', () => {
  const credentials = mockCredentials.user();

  it('returns the default clusters followed by the sovereign ones', async () => {
    const defaultSupplier = {
      getClusters: jest.fn(async () => [configured, local]),
    };
    const supplier = SovereignClusterSupplier.create({
      defaultSupplier,
      sovereignClusters: {
        clusters: async () => [sovereign('eu-a'), sovereign('eu-b')],
      },
      logger: CapturingLogger.create(),
    });
    const clusters = await supplier.getClusters({ credentials });
    expect(clusters.map(c => c.name)).toEqual([
      'shared',
      'local',
      'eu-a',
      'eu-b',
    ]);
    expect(defaultSupplier.getClusters).toHaveBeenCalledWith({ credentials });
  });

  it("keeps the default supplier's cluster on a name clash and warns once", async () => {
    const logger = CapturingLogger.create();
    const supplier = SovereignClusterSupplier.create({
      defaultSupplier: { getClusters: async () => [configured] },
      sovereignClusters: {
        clusters: async () => [sovereign('shared'), sovereign('eu-a')],
      },
      logger,
    });
    const first = await supplier.getClusters({ credentials });
    await supplier.getClusters({ credentials });
    expect(first).toEqual([configured, sovereign('eu-a')]);
    expect(logger.messages('warn')).toEqual([
      "SovereignCluster 'shared' has the name of a cluster from kubernetes.clusterLocatorMethods; keeping that one",
    ]);
  });

  it('fails like the default supplier does, so its continue-on-error setting holds', async () => {
    const supplier = SovereignClusterSupplier.create({
      defaultSupplier: {
        getClusters: async () => Promise.reject(new Error('gke down')),
      },
      sovereignClusters: { clusters: async () => [sovereign('eu-a')] },
      logger: CapturingLogger.create(),
    });
    await expect(supplier.getClusters({ credentials })).rejects.toThrow(
      'gke down',
    );
  });
});
