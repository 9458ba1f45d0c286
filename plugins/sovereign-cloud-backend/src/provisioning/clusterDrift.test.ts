import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import {
  ClusterChangeInput,
  SovereignClusterEntity,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import {
  DefaultKubernetesClientFactory,
  diffObjects,
} from '@sovereign-cloud/plugin-sovereign-cloud-node';
import { KubernetesTestServer } from '@sovereign-cloud/plugin-sovereign-cloud-node/testUtils';
import request from 'supertest';
import { clusterEntity, startPlugin } from '../__testUtils__';
import { checkDrift } from './clusterDrift';

jest.setTimeout(60_000);

const api = '/api/sovereign-cloud';
const CANARY = 'canary-mgmt-token-7d1e3a90c2';

/** A Cluster API Cluster CRD that keeps any field, enough for the test server. */
const clusterCrd = {
  apiVersion: 'apiextensions.k8s.io/v1',
  kind: 'CustomResourceDefinition',
  metadata: { name: 'clusters.cluster.x-k8s.io' },
  spec: {
    group: 'cluster.x-k8s.io',
    names: {
      kind: 'Cluster',
      listKind: 'ClusterList',
      plural: 'clusters',
      singular: 'cluster',
    },
    scope: 'Namespaced',
    versions: [
      {
        name: 'v1beta1',
        served: true,
        storage: true,
        schema: {
          openAPIV3Schema: {
            type: 'object',
            'x-kubernetes-preserve-unknown-fields': true,
          },
        },
      },
    ],
  },
};

const capiCluster = (replicas: number) => ({
  apiVersion: 'cluster.x-k8s.io/v1beta1',
  kind: 'Cluster',
  metadata: { name: 'scw-par', namespace: 'tenants' },
  spec: {
    topology: {
      class: 'scaleway',
      version: 'v1.33.1',
      workers: {
        machineDeployments: [
          { class: 'default', name: 'pool-a', replicas },
          { class: 'default', name: 'pool-b', replicas: 2 },
        ],
      },
    },
  },
});

/** The node pool change as the scaffolder action saved it after applying. */
const applied: ClusterChangeInput = {
  id: 'task-pools-1',
  cluster: 'scw-par',
  kind: 'node-pools',
  status: 'applied',
  summary: 'pool-a 3 → 5 nodes',
  mode: 'apply',
  diff: [
    {
      apiVersion: 'cluster.x-k8s.io/v1beta1',
      kind: 'Cluster',
      namespace: 'tenants',
      name: 'scw-par',
      action: 'update',
      fields: [
        {
          path: 'spec.topology.workers.machineDeployments[name=pool-a].replicas',
          change: 'changed',
          before: 3,
          after: 5,
          managers: ['sovereign-cloud'],
        },
        {
          path: 'spec.topology.version',
          change: 'changed',
          before: 'v1.32.4',
          after: 'v1.33.1',
          managers: ['sovereign-cloud'],
        },
      ],
    },
    {
      apiVersion: 'v1',
      kind: 'ConfigMap',
      namespace: 'tenants',
      name: 'scw-par-pools',
      action: 'create',
      fields: [
        {
          path: 'data.pools',
          change: 'added',
          after: 'pool-a,pool-b',
          managers: [],
        },
      ],
    },
  ],
};

function capiManaged(name: string): SovereignClusterEntity {
  const entity = clusterEntity(name, {
    provider: 'scaleway',
    location: 'fr-par',
  });
  entity.spec.management = {
    type: 'cluster-api',
    managementCluster: 'mgmt-eu',
    namespace: 'tenants',
  };
  return entity;
}

describe('drift of the newest applied change', () => {
  let mgmt: KubernetesTestServer;

  beforeEach(async () => {
    mgmt = await KubernetesTestServer.start({
      name: 'mgmt-eu',
      objects: [clusterCrd, capiCluster(5)],
    });
    mgmt.load({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'scw-par-pools', namespace: 'tenants' },
      data: { pools: 'pool-a,pool-b' },
    });
  });
  afterEach(() => mgmt.stop());

  const kubernetes = (token = mgmt.token!) => ({
    kubernetes: {
      clusters: [{ name: 'mgmt-eu', url: mgmt.url, token }],
      requestTimeout: '2s',
    },
  });

  async function start(config: object = { sovereignCloud: kubernetes() }) {
    const logger = mockServices.logger.mock();
    const backend = await startPlugin({
      entities: [
        capiManaged('scw-par'),
        clusterEntity('ext', { provider: 'ionos', location: 'de/fra' }),
      ],
      config: config as any,
      services: [logger.factory],
    });
    const saved = await request(backend.server)
      .post(`${api}/provisioning/changes`)
      .send(applied);
    expect(saved.status).toBe(200);
    const changes = () =>
      request(backend.server).get(`${api}/clusters/default/scw-par/changes`);
    return { ...backend, changes, logger };
  }

  it('reports no drift while the live objects hold what the change set', async () => {
    const { changes } = await start();
    const res = await changes();
    expect(res.status).toBe(200);
    expect(res.body.drift).toEqual({
      checkedAt: expect.any(String),
      objects: [],
    });
  });

  it('reports a field someone changed since, with who changed it, and a deleted object', async () => {
    const { changes } = await start();
    const someone = DefaultKubernetesClientFactory.fromConfig(
      new ConfigReader({ sovereignCloud: kubernetes() }),
      { logger: mockServices.logger.mock() },
    ).forConfiguredCluster('mgmt-eu');
    await someone.apply([capiCluster(2)], {
      fieldManager: 'kubectl-edit',
      force: true,
    });
    mgmt.remove({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      namespace: 'tenants',
      name: 'scw-par-pools',
    });

    const res = await changes();
    expect(res.body.drift.objects).toEqual([
      {
        apiVersion: 'cluster.x-k8s.io/v1beta1',
        kind: 'Cluster',
        namespace: 'tenants',
        name: 'scw-par',
        action: 'update',
        fields: [
          {
            path: 'spec.topology.workers.machineDeployments[name=pool-a].replicas',
            change: 'changed',
            before: 5,
            after: 2,
            managers: ['kubectl-edit'],
          },
        ],
      },
      {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        namespace: 'tenants',
        name: 'scw-par-pools',
        action: 'delete',
        fields: [],
      },
    ]);
  });

  it('says the management cluster could not be read, without its token', async () => {
    const { changes, logger } = await start({
      sovereignCloud: kubernetes(CANARY),
    });
    const res = await changes();
    expect(res.status).toBe(200);
    expect(res.body.drift.objects).toEqual([]);
    expect(res.body.drift.error).toMatch(
      /^Management cluster mgmt-eu could not be read: /,
    );
    expect(JSON.stringify(res.body)).not.toContain(CANARY);
    expect(JSON.stringify(logger.warn.mock.calls)).not.toContain(CANARY);
  });

  it('leaves drift out when the management cluster is not configured for access', async () => {
    const { changes } = await start({});
    const res = await changes();
    expect(res.status).toBe(200);
    expect(res.body.changes).toHaveLength(1);
    expect(res.body).not.toHaveProperty('drift');
  });
});

describe('checkDrift', () => {
  it('reads fields back by the paths the diff names them with: dotted keys, items by merge key, indexes', async () => {
    const mgmt = await KubernetesTestServer.start({
      name: 'mgmt-eu',
      objects: [
        clusterCrd,
        { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'tenants' } },
      ],
    });
    try {
      const client = DefaultKubernetesClientFactory.fromConfig(
        new ConfigReader({
          sovereignCloud: {
            kubernetes: {
              clusters: [{ name: 'mgmt-eu', url: mgmt.url, token: mgmt.token }],
            },
          },
        }),
        { logger: mockServices.logger.mock() },
      ).forConfiguredCluster('mgmt-eu');
      const cluster = (owner: string, replicas: number) => ({
        apiVersion: 'cluster.x-k8s.io/v1beta1',
        kind: 'Cluster',
        metadata: {
          name: 'scw-par',
          namespace: 'tenants',
          annotations: { 'sovereign-cloud.io/owner': owner },
        },
        spec: {
          pools: [{ name: 'a.b', replicas, taints: [{ key: 'gpu' }] }],
        },
      });
      await client.apply([cluster('team-a', 3)], {
        fieldManager: 'sovereign-cloud',
      });
      const diff = await diffObjects(client, [cluster('team-b', 5)], {
        fieldManager: 'sovereign-cloud',
      });
      expect(diff[0].fields.map(f => f.path)).toEqual([
        'spec.pools[name=a.b].replicas',
        'metadata.annotations["sovereign-cloud.io/owner"]',
      ]);
      await client.apply([cluster('team-b', 5)], {
        fieldManager: 'sovereign-cloud',
      });
      expect(await checkDrift(diff, client)).toEqual([]);

      await client.apply([cluster('team-c', 5)], {
        fieldManager: 'kubectl-edit',
        force: true,
      });
      expect(await checkDrift(diff, client)).toEqual([
        expect.objectContaining({
          action: 'update',
          fields: [
            {
              path: 'metadata.annotations["sovereign-cloud.io/owner"]',
              change: 'changed',
              before: 'team-b',
              after: 'team-c',
              managers: ['kubectl-edit'],
            },
          ],
        }),
      ]);
    } finally {
      await mgmt.stop();
    }
  });
});
