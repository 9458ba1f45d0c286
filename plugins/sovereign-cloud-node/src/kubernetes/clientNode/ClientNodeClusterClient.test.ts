import { KubernetesObjectApi, PatchStrategy } from '@kubernetes/client-node';
import { KubernetesTestServer } from '../../testServer/KubernetesTestServer';
import {
  configMap,
  deployment,
  placementCrd,
} from '../../testServer/testFixtures';
import { DefaultKubernetesClientFactory } from '../DefaultKubernetesClientFactory';
import {
  ApplyConflictError,
  ClusterAccessDeniedError,
  ClusterTimeoutError,
  ClusterUnreachableError,
  KubernetesConflictError,
  KubernetesInvalidError,
  KubernetesNotFoundError,
  KubernetesRequestAbortedError,
  KubernetesServerError,
} from '../errors/KubernetesApiError';
import { KubernetesObject } from '../types';
import { caught, useTwoClusters, workloadToken } from '../testTwoClusters';

describe('ClientNodeClusterClient', () => {
  const clusters = useTwoClusters();
  let mgmt: KubernetesTestServer;
  let workload: KubernetesTestServer;
  let factory: DefaultKubernetesClientFactory;
  let makeFactory: typeof clusters.makeFactory;

  beforeEach(() => {
    ({ mgmt, workload, factory, makeFactory } = clusters);
  });

  describe('reading', () => {
    it('lists every page of a selection and fills in apiVersion and kind', async () => {
      workload.load(
        ...['a', 'b', 'c', 'd', 'e'].map(n =>
          configMap(`cm-${n}`, { app: n === 'e' ? 'other' : 'web' }, 'apps'),
        ),
      );
      workload.clearRequests();
      const list = await factory
        .forConfiguredCluster('fra-1')
        .list('v1', 'ConfigMap', {
          namespace: 'apps',
          labelSelector: 'app=web',
          pageSize: 2,
        });
      expect(
        list.items.map(i => [i.kind, i.apiVersion, i.metadata.name]),
      ).toEqual([
        ['ConfigMap', 'v1', 'cm-a'],
        ['ConfigMap', 'v1', 'cm-b'],
        ['ConfigMap', 'v1', 'cm-c'],
        ['ConfigMap', 'v1', 'cm-d'],
      ]);
      expect(list.resourceVersion).toMatch(/^\d+$/);
      const pages = workload.requests.filter(
        r => r.path === '/api/v1/namespaces/apps/configmaps',
      );
      expect(pages.map(p => p.query.limit)).toEqual(['2', '2']);
    });

    it('gets objects as plain JSON, timestamps as strings', async () => {
      workload.load(configMap('settings'));
      const object = await factory.forConfiguredCluster('fra-1').get({
        apiVersion: 'v1',
        kind: 'ConfigMap',
        namespace: 'default',
        name: 'settings',
      });
      expect(object.data).toEqual({ key: 'settings' });
      expect(typeof object.metadata.creationTimestamp).toBe('string');
      expect(object.metadata.managedFields?.[0].manager).toBe('test-fixture');
    });

    it('discovers the version, groups and resources the cluster serves', async () => {
      const { discovery } = factory.forConfiguredCluster('fra-1');
      expect(await discovery.serverVersion()).toMatchObject({
        major: '1',
        minor: '34',
        gitVersion: 'v1.34.1',
      });
      const groups = await discovery.apiGroups();
      expect(groups[0]).toEqual({
        name: '',
        versions: ['v1'],
        preferredVersion: 'v1',
      });
      expect(groups.find(g => g.name === 'cluster.x-k8s.io')).toEqual({
        name: 'cluster.x-k8s.io',
        versions: ['v1beta2', 'v1beta1'],
        preferredVersion: 'v1beta2',
      });
      expect(
        await discovery.findResource('cluster.x-k8s.io/v1beta2', 'Cluster'),
      ).toMatchObject({ name: 'clusters', namespaced: true });
      expect(
        await discovery.findResource(
          'infrastructure.cluster.x-k8s.io/v1beta1',
          'HetznerCluster',
        ),
      ).toBeUndefined();
      expect(
        (await discovery.apiResources('storage.k8s.io/v1')).map(r => r.name),
      ).toEqual(['storageclasses', 'csidrivers']);
    });
  });

  describe('applying', () => {
    it('creates, reports conflicts with the owning managers, and forces', async () => {
      const client = factory.forConfiguredCluster('fra-1');
      const [created] = await client.apply([deployment('web')], {
        fieldManager: 'sovereign-cloud',
      });
      expect(created.metadata.uid).toBeDefined();

      // Another controller scales the deployment with a plain update.
      await KubernetesObjectApi.makeApiClient(workload.kubeConfig()).patch(
        { ...deployment('web'), spec: { replicas: 6 } } as any,
        undefined,
        undefined,
        'hpa-controller',
        undefined,
        PatchStrategy.MergePatch,
      );
      const conflict = await caught(
        client.apply([deployment('web', { replicas: 3 })], {
          fieldManager: 'sovereign-cloud',
        }),
      );
      expect(conflict).toBeInstanceOf(ApplyConflictError);
      expect(conflict.conflicts).toEqual([
        {
          field: '.spec.replicas',
          manager: 'hpa-controller',
          apiVersion: 'apps/v1',
          message: 'conflict with "hpa-controller" using apps/v1',
        },
      ]);
      expect(conflict.message).toContain(
        "apply Deployment default/web on cluster 'fra-1' failed with HTTP 409 Conflict",
      );

      await client.apply([deployment('web', { replicas: 3 })], {
        fieldManager: 'sovereign-cloud',
        force: true,
      });
      expect(
        workload.get({
          apiVersion: 'apps/v1',
          kind: 'Deployment',
          namespace: 'default',
          name: 'web',
        })?.spec,
      ).toMatchObject({ replicas: 3 });
    });

    it('with dryRun returns the result and leaves no trace', async () => {
      const before = workload.resourceVersion;
      const [preview] = await factory
        .forConfiguredCluster('fra-1')
        .apply([deployment('web', { replicas: 4 })], {
          fieldManager: 'sovereign-cloud',
          dryRun: true,
        });
      expect(preview.spec).toMatchObject({ replicas: 4 });
      expect(
        workload.get({
          apiVersion: 'apps/v1',
          kind: 'Deployment',
          namespace: 'default',
          name: 'web',
        }),
      ).toBeUndefined();
      expect(workload.resourceVersion).toBe(before);
      expect(workload.requests.at(-1)?.query).toMatchObject({
        dryRun: 'All',
        fieldManager: 'sovereign-cloud',
      });
    });

    it('keeps fields whose JSON names the client-node models would drop (a CRD schema)', async () => {
      await factory
        .forConfiguredCluster('fra-1')
        .apply([placementCrd as unknown as KubernetesObject], {
          fieldManager: 'sovereign-cloud',
        });
      const stored = workload.get({
        apiVersion: 'apiextensions.k8s.io/v1',
        kind: 'CustomResourceDefinition',
        name: 'placements.example.sovereign-cloud.io',
      });
      const targets = (stored?.spec as any).versions[0].schema.openAPIV3Schema
        .properties.spec.properties.targets;
      expect(targets).toMatchObject({
        'x-kubernetes-list-type': 'map',
        'x-kubernetes-list-map-keys': ['region'],
      });
      expect(
        await factory
          .forConfiguredCluster('fra-1')
          .discovery.findResource(
            'example.sovereign-cloud.io/v1alpha1',
            'Placement',
          ),
      ).toBeDefined();
    });

    it('re-applies an object it read back, leaving out server-owned fields', async () => {
      const client = factory.forConfiguredCluster('fra-1');
      await client.apply([deployment('web')], {
        fieldManager: 'sovereign-cloud',
      });
      const read = await client.get({
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        namespace: 'default',
        name: 'web',
      });
      await client.apply(
        [
          {
            ...deployment('web'),
            metadata: {
              ...deployment('web').metadata,
              labels: { app: 'web', touched: 'yes' },
            },
          },
        ],
        {
          fieldManager: 'sovereign-cloud',
        },
      );
      // `read` carries a stale resourceVersion, managedFields and a uid.
      const [again] = await client.apply(
        [{ ...read, status: { replicas: 99 } }],
        { fieldManager: 'sovereign-cloud' },
      );
      expect(again.metadata.labels).toEqual({ app: 'web' });
    });

    it('stops at the first invalid object and names it, with the causes', async () => {
      const client = factory.forConfiguredCluster('fra-1');
      const objects = [
        configMap('good'),
        configMap('bad-label', { tier: 'not valid!' }),
        configMap('never'),
      ];
      const error = await caught(
        client.apply(objects, { fieldManager: 'sovereign-cloud' }),
      );
      expect(error).toBeInstanceOf(KubernetesInvalidError);
      expect(error.message).toContain(
        "apply ConfigMap default/bad-label on cluster 'fra-1' failed with HTTP 422 Invalid",
      );
      expect(error.causes).toEqual([
        expect.objectContaining({
          reason: 'FieldValueInvalid',
          field: 'metadata.labels',
        }),
      ]);
      expect(
        workload.list('v1', 'ConfigMap', 'default').map(c => c.metadata.name),
      ).toEqual(['good']);

      const upperCase = await caught(
        client.apply([configMap('Bad_Name')], {
          fieldManager: 'sovereign-cloud',
        }),
      );
      expect(upperCase).toBeInstanceOf(KubernetesInvalidError);
      expect(upperCase.causes).toEqual([
        expect.objectContaining({ field: 'metadata.name' }),
      ]);
    });

    it('deletes objects', async () => {
      const client = factory.forConfiguredCluster('fra-1');
      workload.load(configMap('old'));
      await client.delete({
        apiVersion: 'v1',
        kind: 'ConfigMap',
        namespace: 'default',
        name: 'old',
      });
      expect(
        workload.get({
          apiVersion: 'v1',
          kind: 'ConfigMap',
          namespace: 'default',
          name: 'old',
        }),
      ).toBeUndefined();
    });
  });

  describe('typed errors', () => {
    it('maps 404 and kinds the cluster does not serve to KubernetesNotFoundError', async () => {
      const client = factory.forConfiguredCluster('fra-1');
      const missing = await caught(
        client.get({
          apiVersion: 'v1',
          kind: 'ConfigMap',
          namespace: 'default',
          name: 'nope',
        }),
      );
      expect(missing).toBeInstanceOf(KubernetesNotFoundError);
      expect(missing).toMatchObject({
        statusCode: 404,
        reason: 'NotFound',
        clusterName: 'fra-1',
      });
      expect(missing.message).toBe(
        `get ConfigMap default/nope on cluster 'fra-1' failed with HTTP 404 NotFound: configmaps "nope" not found`,
      );
      const unserved = await caught(
        client.list(
          'infrastructure.cluster.x-k8s.io/v1beta1',
          'HetznerCluster',
        ),
      );
      expect(unserved).toBeInstanceOf(KubernetesNotFoundError);
      expect(unserved.message).toContain(
        "Cluster 'fra-1' does not serve HetznerCluster in infrastructure.cluster.x-k8s.io/v1beta1",
      );
    });

    it('maps 409 AlreadyExists, 500 and 401', async () => {
      const client = factory.forConfiguredCluster('mgmt');
      mgmt.faults.inject({
        times: 1,
        status: 409,
        body: {
          kind: 'Status',
          apiVersion: 'v1',
          status: 'Failure',
          reason: 'AlreadyExists',
          message: 'namespaces "x" already exists',
          code: 409,
        },
      });
      const exists = await caught(client.list('v1', 'Namespace'));
      expect(exists).toBeInstanceOf(KubernetesConflictError);
      expect(exists.reason).toBe('AlreadyExists');

      mgmt.faults.inject({ times: 1, status: 500 });
      const broken = await caught(client.list('v1', 'Namespace'));
      expect(broken).toBeInstanceOf(KubernetesServerError);
      expect(broken).toMatchObject({
        statusCode: 500,
        reason: 'InternalError',
      });

      mgmt.acceptTokens('a-different-token');
      const denied = await caught(client.list('v1', 'Namespace'));
      expect(denied).toBeInstanceOf(ClusterAccessDeniedError);
      expect(denied.statusCode).toBe(401);
    });

    it('times out against a hanging API server', async () => {
      workload.faults.inject({
        path: '/api/v1/namespaces/default/configmaps/slow',
        hang: true,
      });
      const client = factory.forCluster({
        ...workload.connection(),
        name: 'fra-1',
        requestTimeoutMs: 300,
        credentials: { type: 'token', token: workloadToken },
      });
      const started = Date.now();
      const error = await caught(
        client.get({
          apiVersion: 'v1',
          kind: 'ConfigMap',
          namespace: 'default',
          name: 'slow',
        }),
      );
      expect(error).toBeInstanceOf(ClusterTimeoutError);
      expect(error.timeoutMs).toBe(300);
      expect(error.message).toBe(
        `get ConfigMap default/slow on cluster 'fra-1' (${workload.url}) timed out after 300 ms`,
      );
      expect(Date.now() - started).toBeLessThan(2000);
    });

    it('aborts on the caller signal', async () => {
      workload.faults.inject({ hang: true, path: '/api/v1/namespaces' });
      const client = factory.forConfiguredCluster('fra-1');
      await client.discovery.serverVersion(); // token loaded, discovery warm
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 50);
      const error = await caught(
        client.list('v1', 'Namespace', { signal: controller.signal }),
      );
      expect(error).toBeInstanceOf(KubernetesRequestAbortedError);

      workload.clearRequests();
      const already = await caught(
        client.list('v1', 'Namespace', { signal: AbortSignal.abort() }),
      );
      expect(already).toBeInstanceOf(KubernetesRequestAbortedError);
      expect(workload.requests).toHaveLength(0);
    });

    it('reports unreachable API servers with the system error code', async () => {
      const gone = await KubernetesTestServer.start({ name: 'gone' });
      await gone.stop();
      const refused = await caught(
        makeFactory({ allowedApiServers: [gone.url] })
          .forCluster(gone.connection())
          .list('v1', 'Node'),
      );
      expect(refused).toBeInstanceOf(ClusterUnreachableError);
      expect(refused.code).toBe('ECONNREFUSED');
      expect(refused.message).toContain(
        `API server ${gone.url} is unreachable (ECONNREFUSED)`,
      );

      mgmt.faults.inject({ reset: true });
      const reset = await caught(
        factory.forConfiguredCluster('mgmt').list('v1', 'Node'),
      );
      expect(reset).toBeInstanceOf(ClusterUnreachableError);
      expect(reset.code).toBe('ECONNRESET');
    });
  });
});
