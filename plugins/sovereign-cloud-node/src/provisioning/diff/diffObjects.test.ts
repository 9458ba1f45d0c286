import { DefaultKubernetesClientFactory } from '../../kubernetes/DefaultKubernetesClientFactory';
import { ApplyConflictError } from '../../kubernetes/errors/KubernetesApiError';
import { KubernetesClusterClient } from '../../kubernetes/KubernetesClusterClient';
import { KubernetesObject } from '../../kubernetes/types';
import { KubernetesTestServer } from '../../testServer/KubernetesTestServer';
import { capiClusterCrd } from '../../testServer/testFixtures';
import { CapturingLogger } from '../../testing/CapturingLogger';
import { diffObjects } from './diffObjects';
import { summariseDiff } from './summariseDiff';

const SCAFFOLDER = 'sovereign-cloud-scaffolder';
const clusterRef = {
  apiVersion: 'cluster.x-k8s.io/v1beta2',
  kind: 'Cluster',
  namespace: 'clusters',
  name: 'fra-1',
};

type Pool = { name: string; replicas: number };

function cluster(
  version: string,
  pools: Pool[],
  extraSpec: Record<string, unknown> = {},
): KubernetesObject {
  return {
    apiVersion: clusterRef.apiVersion,
    kind: 'Cluster',
    metadata: {
      name: clusterRef.name,
      namespace: clusterRef.namespace,
      labels: { 'sovereign-cloud.io/provider': 'hetzner' },
    },
    spec: {
      ...extraSpec,
      topology: {
        classRef: { name: 'hetzner-default' },
        version,
        controlPlane: { replicas: 3 },
        workers: {
          machineDeployments: pools.map(pool => ({
            class: 'default-worker',
            name: pool.name,
            replicas: pool.replicas,
          })),
        },
      },
    },
  };
}

const appliedPools = [
  { name: 'pool-a', replicas: 3 },
  { name: 'pool-b', replicas: 2 },
];

function secret(password: string): KubernetesObject {
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    metadata: { name: 'fra-1-kubeconfig', namespace: 'clusters' },
    type: 'Opaque',
    data: { password: Buffer.from(password).toString('base64') },
  };
}

describe('diffObjects', () => {
  let server: KubernetesTestServer;
  let client: KubernetesClusterClient;

  beforeEach(async () => {
    server = await KubernetesTestServer.start({
      name: 'mgmt',
      objects: [
        capiClusterCrd,
        { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'clusters' } },
      ],
    });
    client = DefaultKubernetesClientFactory.create({
      config: {
        requestTimeoutMs: 5_000,
        allowedApiServers: [server.url],
        tokenSecretNamespaces: [],
        tokenCacheTtlMs: 60_000,
        clusters: [],
      },
      logger: new CapturingLogger(),
    }).forCluster(server.connection());
    // What provisioning applied, then what the topology controller set on it.
    await client.apply([cluster('v1.33.1', appliedPools)], {
      fieldManager: SCAFFOLDER,
    });
    await client.apply(
      [
        {
          apiVersion: clusterRef.apiVersion,
          kind: 'Cluster',
          metadata: { name: clusterRef.name, namespace: clusterRef.namespace },
          spec: {
            controlPlaneEndpoint: { host: 'api.fra-1.example.eu', port: 6443 },
          },
        },
      ],
      { fieldManager: 'capi-topology' },
    );
  });

  afterEach(() => server.stop());

  it('reports an upgrade, a resized pool, an added and a removed pool with their managers', async () => {
    const desired = cluster('v1.34.1', [
      { name: 'pool-a', replicas: 5 },
      { name: 'pool-c', replicas: 1 },
    ]);

    const [diff] = await diffObjects(client, [desired], {
      fieldManager: SCAFFOLDER,
    });

    expect(diff).toMatchObject({ ...clusterRef, action: 'update' });
    const byPath = Object.fromEntries(diff.fields.map(f => [f.path, f]));
    const pools = 'spec.topology.workers.machineDeployments';
    expect(byPath['spec.topology.version']).toEqual({
      path: 'spec.topology.version',
      change: 'changed',
      before: 'v1.33.1',
      after: 'v1.34.1',
      managers: [SCAFFOLDER],
    });
    expect(byPath[`${pools}[name=pool-a].replicas`]).toEqual({
      path: `${pools}[name=pool-a].replicas`,
      change: 'changed',
      before: 3,
      after: 5,
      managers: [SCAFFOLDER],
    });
    expect(byPath[`${pools}[name=pool-c].replicas`]).toMatchObject({
      change: 'added',
      after: 1,
    });
    expect(byPath[`${pools}[name=pool-b].replicas`]).toEqual({
      path: `${pools}[name=pool-b].replicas`,
      change: 'removed',
      before: 2,
      managers: [SCAFFOLDER],
    });
    // Owned by the topology controller alone: applying leaves it alone.
    expect(
      diff.fields.filter(f => f.path.startsWith('spec.controlPlaneEndpoint')),
    ).toEqual([]);
    expect(diff.fields.map(f => `${f.change} ${f.path}`).sort()).toEqual(
      [
        'changed spec.topology.version',
        `changed ${pools}[name=pool-a].replicas`,
        `added ${pools}[name=pool-c].class`,
        `added ${pools}[name=pool-c].name`,
        `added ${pools}[name=pool-c].replicas`,
        `removed ${pools}[name=pool-b].class`,
        `removed ${pools}[name=pool-b].name`,
        `removed ${pools}[name=pool-b].replicas`,
      ].sort(),
    );

    const summary = summariseDiff([diff]);
    expect(summary).toContain(
      '~ Cluster clusters/fra-1: 2 changed, 3 added, 3 removed',
    );
    expect(summary).toContain('`spec.topology.version`: `v1.33.1` → `v1.34.1`');
  });

  it('shares fields set to the value another manager owns, without a conflict', async () => {
    const desired = cluster('v1.33.1', appliedPools, {
      controlPlaneEndpoint: { host: 'api.fra-1.example.eu', port: 6443 },
      paused: true,
    });
    const [diff] = await diffObjects(client, [desired], {
      fieldManager: SCAFFOLDER,
    });
    // Same value as the owner: shared, so no change and no conflict.
    expect(diff.fields).toEqual([
      { path: 'spec.paused', change: 'added', after: true, managers: [] },
    ]);
  });

  it('fails on a conflict, naming the field and the manager that owns it', async () => {
    const desired = cluster('v1.33.1', appliedPools, {
      controlPlaneEndpoint: { host: 'api.other.example.eu', port: 6443 },
    });
    const error = await diffObjects(client, [desired], {
      fieldManager: SCAFFOLDER,
    }).then(
      () => undefined,
      e => e,
    );
    expect(error).toBeInstanceOf(ApplyConflictError);
    expect(error.message).toContain(
      "Cannot plan Cluster clusters/fra-1 on cluster 'mgmt': conflict with other field managers on .spec.controlPlaneEndpoint.host (owned by capi-topology)",
    );
    expect(error.conflicts).toEqual([
      expect.objectContaining({
        field: '.spec.controlPlaneEndpoint.host',
        manager: 'capi-topology',
      }),
    ]);
  });

  it('stores nothing: the cluster reads the same after the diff', async () => {
    const before = server.get(clusterRef);
    const version = server.resourceVersion;
    await diffObjects(
      client,
      [cluster('v1.34.1', [{ name: 'pool-c', replicas: 9 }]), secret('x')],
      { fieldManager: SCAFFOLDER },
    );
    expect(await client.get(clusterRef)).toEqual(before);
    expect(server.resourceVersion).toBe(version);
    expect(
      server.get({
        ...clusterRef,
        kind: 'Secret',
        apiVersion: 'v1',
        name: 'fra-1-kubeconfig',
      }),
    ).toBeUndefined();
  });

  it('reports an object the cluster lacks as a create with every field', async () => {
    const desired = {
      ...cluster('v1.34.1', [{ name: 'pool-a', replicas: 2 }]),
      metadata: { name: 'par-1', namespace: 'clusters' },
    };
    const [diff] = await diffObjects(client, [desired], {
      fieldManager: SCAFFOLDER,
    });
    expect(diff).toMatchObject({
      kind: 'Cluster',
      namespace: 'clusters',
      name: 'par-1',
      action: 'create',
    });
    expect(diff.fields).toEqual([
      {
        path: 'spec.topology.classRef.name',
        change: 'added',
        after: 'hetzner-default',
        managers: [],
      },
      expect.objectContaining({
        path: 'spec.topology.version',
        after: 'v1.34.1',
      }),
      expect.objectContaining({ path: 'spec.topology.controlPlane.replicas' }),
      expect.objectContaining({
        path: 'spec.topology.workers.machineDeployments[name=pool-a].class',
      }),
      expect.objectContaining({
        path: 'spec.topology.workers.machineDeployments[name=pool-a].name',
      }),
      expect.objectContaining({
        path: 'spec.topology.workers.machineDeployments[name=pool-a].replicas',
        after: 2,
      }),
    ]);
  });

  it('shows which Secret keys change without their values', async () => {
    const oldValue = 'old-password-4f1c9a';
    const newValue = 'new-password-8be27d';
    await client.apply([secret(oldValue)], { fieldManager: SCAFFOLDER });

    const diffs = await diffObjects(
      client,
      [
        {
          ...secret(newValue),
          stringData: { token: 'token-value-77aa31' },
        },
        {
          ...secret('fresh-password-c0ffee'),
          metadata: { name: 'par-1-kubeconfig', namespace: 'clusters' },
        },
      ],
      { fieldManager: SCAFFOLDER },
    );

    expect(diffs.map(d => d.action)).toEqual(['update', 'create']);
    expect(diffs[1].fields).toContainEqual({
      path: 'data.password',
      change: 'added',
      after: '(hidden)',
      managers: [],
    });
    expect(diffs[0].fields).toEqual(
      expect.arrayContaining([
        {
          path: 'data.password',
          change: 'changed',
          before: '(hidden)',
          after: '(hidden)',
          managers: [SCAFFOLDER],
        },
        // The API server folds stringData into data.
        {
          path: 'data.token',
          change: 'added',
          after: '(hidden)',
          managers: [],
        },
      ]),
    );
    const everything = JSON.stringify(diffs) + summariseDiff(diffs);
    for (const value of [
      oldValue,
      newValue,
      'token-value-77aa31',
      'fresh-password-c0ffee',
    ]) {
      expect(everything).not.toContain(value);
      expect(everything).not.toContain(Buffer.from(value).toString('base64'));
    }
  });

  it('reports an object applied as it is as unchanged', async () => {
    const diffs = await diffObjects(
      client,
      [cluster('v1.33.1', appliedPools)],
      { fieldManager: SCAFFOLDER },
    );
    expect(diffs).toEqual([{ ...clusterRef, action: 'unchanged', fields: [] }]);
    expect(summariseDiff(diffs)).toContain(
      '= Cluster clusters/fra-1: unchanged',
    );
  });

  it('refuses an object without a name, naming the field', async () => {
    const nameless = cluster('v1.33.1', appliedPools);
    delete nameless.metadata.name;
    await expect(
      diffObjects(client, [cluster('v1.33.1', appliedPools), nameless], {
        fieldManager: SCAFFOLDER,
      }),
    ).rejects.toThrow('objects[1].metadata.name must be a non-empty string');
  });
});
