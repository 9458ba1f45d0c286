import { Entity } from '@backstage/catalog-model';
import { clusterEntity } from '../../__testUtils__/entities';
import { expandCompactCluster } from '../config/compactCluster';
import { DiscoveredCluster } from '../discovery/DiscoveredCluster';
import {
  ClusterChangeRecord,
  ProvisioningRecord,
} from '../provisioning/ProvisioningRecordSource';
import { mergeClusterSources } from './mergeClusterSources';

const managed = (name: string, clusterName = name) => ({
  type: 'cluster-api',
  managementCluster: 'mgmt-eu',
  namespace: 'tenants',
  clusterName,
});

function discovered(name: string): DiscoveredCluster {
  return {
    entity: clusterEntity({
      metadata: { name, namespace: 'default' },
      spec: {
        distribution: { name: 'kubeadm', version: 'v1.34.2' },
        management: managed(name) as any,
        status: { phase: 'Ready' },
        network: { overlay: 'none', encryption: { mode: 'none' } },
      },
    }),
    identity: { managementCluster: 'mgmt-eu', namespace: 'tenants', name },
  };
}

function record(
  id: string,
  name: string,
  requestedAt = '2026-11-30T10:00:00.000Z',
): ProvisioningRecord {
  return {
    id,
    requestedAt,
    entity: clusterEntity({
      metadata: { name },
      spec: { management: managed(name) as any },
    }),
  };
}

const annotations = (entity: Entity) => entity.metadata.annotations ?? {};

describe('mergeClusterSources', () => {
  it('emits a record nothing else knows as its planned cluster, Provisioning', () => {
    const { entities } = mergeClusterSources({
      declared: [],
      discovered: [],
      records: [record('p-1', 'new-1')],
    });
    expect(entities).toHaveLength(1);
    expect(annotations(entities[0])).toMatchObject({
      'sovereign-cloud.io/source': 'provisioning',
      'sovereign-cloud.io/provisioning-id': 'p-1',
      'backstage.io/managed-by-location': 'sovereign-cloud:provisioning/p-1',
    });
    expect(entities[0].spec?.status).toEqual({
      phase: 'Provisioning',
      message:
        'Provisioning requested; waiting for the cluster to appear in management cluster mgmt-eu',
      lastTransitionTime: '2026-11-30T10:00:00.000Z',
    });
  });

  it('keeps the newest record of a cluster requested twice', () => {
    const { entities, conflicts } = mergeClusterSources({
      declared: [],
      discovered: [],
      records: [
        record('p-1', 'new-1'),
        record('p-2', 'new-1', '2026-12-01T00:00:00.000Z'),
      ],
    });
    expect(conflicts).toEqual([]);
    expect(
      entities.map(e => annotations(e)['sovereign-cloud.io/provisioning-id']),
    ).toEqual(['p-2']);
  });

  it('drops a record once its cluster is discovered, keeping only its id', () => {
    const { entities } = mergeClusterSources({
      declared: [],
      discovered: [discovered('new-1')],
      records: [record('p-1', 'new-1')],
    });
    expect(entities).toHaveLength(1);
    expect(annotations(entities[0])['sovereign-cloud.io/source']).toBe(
      'cluster-api',
    );
    expect(annotations(entities[0])['sovereign-cloud.io/provisioning-id']).toBe(
      'p-1',
    );
    expect(entities[0].spec?.status).toEqual({ phase: 'Ready' });
  });

  it('lets declared fields win over discovered ones, except status and version', () => {
    const declared = expandCompactCluster({
      name: 'web-1',
      owner: 'group:default/web-team',
      kubernetesVersion: '1.30.0',
      status: { phase: 'Planned' },
      nodePools: [{ name: 'big', machineType: 'cx53', count: 9 }],
      network: { overlay: 'kilo', encryption: { mode: 'wireguard' } },
    });
    const { entities } = mergeClusterSources({
      declared: [{ entity: declared, compact: true }],
      discovered: [discovered('web-1')],
      records: [],
    });
    expect(entities).toHaveLength(1);
    expect(entities[0].spec).toMatchObject({
      owner: 'group:default/web-team',
      distribution: { name: 'kubeadm', version: 'v1.34.2' },
      nodePools: [{ name: 'big', machineType: 'cx53', count: 9 }],
      network: { overlay: 'kilo', encryption: { mode: 'wireguard' } },
      status: { phase: 'Ready' },
    });
  });

  it('fills defaults into a compact cluster only nobody else describes', () => {
    const declared = expandCompactCluster({
      name: 'solo',
      provider: 'ionos',
      location: 'de/fra',
      kubernetesVersion: '1.33.4',
    });
    const { entities } = mergeClusterSources({
      declared: [{ entity: declared, compact: true }],
      discovered: [],
      records: [],
    });
    expect(entities[0].spec).toEqual({
      provider: 'ionos',
      locations: ['de/fra'],
      distribution: { name: 'kubeadm', version: '1.33.4' },
      network: { overlay: 'none', encryption: { mode: 'none' } },
      management: { type: 'external', description: 'Declared in app-config' },
    });
    expect(annotations(entities[0])['sovereign-cloud.io/source']).toBe(
      'config',
    );
  });

  it('never emits two entities with one name', () => {
    const { entities, conflicts } = mergeClusterSources({
      declared: [],
      discovered: [
        discovered('dup'),
        {
          ...discovered('dup'),
          identity: {
            managementCluster: 'mgmt-eu',
            namespace: 'other',
            name: 'dup',
          },
        },
      ],
      records: [],
    });
    expect(entities).toHaveLength(1);
    expect(conflicts).toEqual([
      'Cluster mgmt-eu/other/dup has the entity name default/dup, which another cluster already has',
    ]);
  });

  describe('decommissioning', () => {
    const change = (
      name: string,
      status: ClusterChangeRecord['status'],
    ): ClusterChangeRecord => ({
      id: `decom-${name}`,
      cluster: `sovereigncluster:default/${name}`,
      kind: 'decommission',
      status,
      summary: `Decommission ${name}`,
      diff: [],
      requestedAt: '2026-11-30T11:00:00.000Z',
    });

    it('shows a planned cluster Decommissioning, and drops it once decommissioned', () => {
      const open = mergeClusterSources({
        declared: [],
        discovered: [discovered('seen')],
        records: [record('p-1', 'planned')],
        decommissions: [change('planned', 'decommissioning')],
      });
      expect(open.entities.map(e => e.spec?.status)).toEqual([
        { phase: 'Ready' },
        expect.objectContaining({
          phase: 'Decommissioning',
          message: expect.stringContaining('management cluster mgmt-eu'),
        }),
      ]);
      expect([...open.discoveredRefs]).toEqual(['default/seen']);

      const done = mergeClusterSources({
        declared: [],
        discovered: [],
        records: [record('p-1', 'planned')],
        decommissions: [
          change('planned', 'decommissioning'),
          {
            ...change('planned', 'decommissioned'),
            id: 'later',
            requestedAt: '2026-11-30T12:00:00.000Z',
          },
        ],
      });
      expect(done.entities).toEqual([]);
    });

    it('shows a cluster asked for again after its decommissioning', () => {
      const { entities } = mergeClusterSources({
        declared: [],
        discovered: [],
        records: [record('p-2', 'again', '2026-11-30T13:00:00.000Z')],
        decommissions: [change('again', 'decommissioned')],
      });
      expect(entities.map(e => (e.spec?.status as any)?.phase)).toEqual([
        'Provisioning',
      ]);
    });
  });
});
