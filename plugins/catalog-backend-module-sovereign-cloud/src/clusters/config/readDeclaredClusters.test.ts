import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { clusterEntity } from '../../__testUtils__/entities';
import { readDeclaredClusters } from './readDeclaredClusters';

const read = (clusters: unknown) => {
  const logger = mockServices.logger.mock();
  const result = readDeclaredClusters(
    new ConfigReader({ sovereignCloud: { catalog: { clusters } } } as any),
    logger,
  );
  return { result, warnings: logger.warn.mock.calls.map(c => String(c[0])) };
};

describe('readDeclaredClusters', () => {
  it('reads whole entities as written', () => {
    const entity = clusterEntity();
    expect(read([entity]).result).toEqual([{ entity, compact: false }]);
  });

  it('expands the compact form and its shorthands', () => {
    const { result } = read([
      {
        name: 'eu-prod-1',
        title: 'EU production',
        tags: ['prod'],
        owner: 'platform-team',
        lifecycle: 'production',
        provider: 'ionos',
        location: 'de/fra',
        distribution: 'talos',
        kubernetesVersion: '1.33.4',
        mesh: 'eu-mesh',
        managementCluster: {
          name: 'mgmt-eu',
          namespace: 'tenants',
          clusterName: 'prod-1',
        },
        controlPlane: { replicas: 3 },
      },
      { name: 'imported', managementCluster: 'mgmt-eu' },
    ]);
    expect(result[0]).toEqual({
      compact: true,
      entity: {
        apiVersion: 'sovereign-cloud.io/v1alpha1',
        kind: 'SovereignCluster',
        metadata: { name: 'eu-prod-1', title: 'EU production', tags: ['prod'] },
        spec: {
          owner: 'platform-team',
          lifecycle: 'production',
          provider: 'ionos',
          locations: ['de/fra'],
          distribution: { name: 'talos', version: '1.33.4' },
          network: { mesh: 'eu-mesh' },
          management: {
            type: 'cluster-api',
            managementCluster: 'mgmt-eu',
            namespace: 'tenants',
            clusterName: 'prod-1',
          },
          controlPlane: { replicas: 3 },
        },
      },
    });
    expect(result[1].entity.spec).toEqual({
      management: {
        type: 'cluster-api',
        managementCluster: 'mgmt-eu',
        namespace: 'default',
      },
    });
  });

  it('skips entries it cannot name, with a warning', () => {
    const { result, warnings } = read([
      'eu-prod-1',
      { owner: 'x' },
      { metadata: {} },
      null,
    ]);
    expect(result).toEqual([]);
    expect(warnings).toEqual([
      expect.stringContaining(
        'clusters[0]: expected a SovereignCluster entity or its compact form',
      ),
      expect.stringContaining('clusters[1]: it has no name'),
      expect.stringContaining('clusters[2]: it has no name'),
      expect.stringContaining('clusters[3]'),
    ]);
  });
});
