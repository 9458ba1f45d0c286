import { CoreV1Api, KubeConfig } from '@kubernetes/client-node';
import { KubernetesTestServer } from './KubernetesTestServer';
import { failure, useTestServer } from './testHelpers';
import { capiCluster, capiClusterCrd, configMap } from './testFixtures';

describe('KubernetesTestServer', () => {
  const cluster = useTestServer({ objects: [capiClusterCrd] });
  let server: KubernetesTestServer;
  let core: CoreV1Api;

  beforeEach(() => {
    ({ server, core } = cluster);
  });

  describe('fixtures', () => {
    it('loads CRDs before their resources, creates namespaces, records the fixture manager and keeps status', () => {
      const [loaded] = server.load(
        {
          ...capiCluster('fra-1', 'capi-system'),
          status: { phase: 'Provisioned' },
        },
        {
          ...capiClusterCrd,
          metadata: { name: 'clusters.cluster.x-k8s.io' },
        },
      );
      expect(loaded.status).toEqual({ phase: 'Provisioned' });
      expect(loaded.metadata.managedFields?.map(m => m.manager)).toEqual([
        'test-fixture',
      ]);
      expect(
        server.get({
          apiVersion: 'v1',
          kind: 'Namespace',
          name: 'capi-system',
        }),
      ).toBeDefined();
      expect(
        server
          .list('cluster.x-k8s.io/v1beta1', 'Cluster')
          .map(c => c.apiVersion),
      ).toEqual(['cluster.x-k8s.io/v1beta1']);
    });

    it('replaces loaded objects with a new resource version and removes them', () => {
      const [first] = server.load(configMap('settings'));
      const [second] = server.load({
        ...configMap('settings'),
        data: { key: 'changed' },
      });
      expect(Number(second.metadata.resourceVersion)).toBeGreaterThan(
        Number(first.metadata.resourceVersion),
      );
      expect(second.metadata.uid).toBe(first.metadata.uid);
      const ref = {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        namespace: 'default',
        name: 'settings',
      };
      expect(server.remove(ref)).toBe(true);
      expect(server.remove(ref)).toBe(false);
    });

    it('refuses fixtures of kinds it does not serve, naming the missing CRD', () => {
      expect(() =>
        server.load({
          apiVersion: 'infrastructure.cluster.x-k8s.io/v1beta1',
          kind: 'HetznerCluster',
          metadata: { name: 'x' },
        }),
      ).toThrow(
        'does not serve HetznerCluster in infrastructure.cluster.x-k8s.io/v1beta1; load its CustomResourceDefinition first',
      );
    });
  });

  describe('authentication', () => {
    it('requires the bearer token and answers 401 Unauthorized without it', async () => {
      const anonymous = await fetch(`${server.url}/api/v1/namespaces`);
      expect(anonymous.status).toBe(401);
      expect(await anonymous.json()).toMatchObject({
        kind: 'Status',
        reason: 'Unauthorized',
        code: 401,
      });
      const wrong = new KubeConfig();
      wrong.loadFromClusterAndUser(
        { name: 'c', server: server.url, skipTLSVerify: true },
        { name: 'wrong-user', token: 'not-the-token' },
      );
      expect(
        (await failure(wrong.makeApiClient(CoreV1Api).listNamespace())).code,
      ).toBe(401);

      server.clearRequests();
      await core.listNamespace();
      expect(server.requests[0]).toMatchObject({
        method: 'GET',
        path: '/api/v1/namespaces',
      });
      expect(server.requests[0].headers.authorization).toBe(
        `Bearer ${server.token}`,
      );
    });

    it('accepts rotated tokens and can run without authentication', async () => {
      server.acceptTokens('rotated');
      expect((await failure(core.listNamespace())).code).toBe(401);
      const anonymous = await KubernetesTestServer.start({ token: null });
      try {
        expect(anonymous.connection().credentials).toEqual({
          type: 'anonymous',
        });
        expect((await fetch(`${anonymous.url}/api/v1/namespaces`)).status).toBe(
          200,
        );
      } finally {
        await anonymous.stop();
      }
    });
  });

  describe('injected faults', () => {
    it('delays matching requests', async () => {
      server.faults.inject({ path: '/api/v1/namespaces', latencyMs: 300 });
      const started = Date.now();
      await core.listNamespace();
      expect(Date.now() - started).toBeGreaterThanOrEqual(290);
      const fast = Date.now();
      await core.listNode();
      expect(Date.now() - fast).toBeLessThan(250);
    });

    it('fails matching requests a given number of times', async () => {
      server.faults.inject({
        method: 'GET',
        path: '/api/v1/*',
        status: 500,
        times: 1,
      });
      const failed = await failure(core.listNamespace());
      expect(failed).toMatchObject({
        code: 500,
        status: { reason: 'InternalError' },
      });
      await expect(core.listNamespace()).resolves.toBeDefined();
    });

    it('hangs until the server stops', async () => {
      server.faults.inject({ path: '/api/v1/nodes', hang: true });
      const hanging = fetch(`${server.url}/api/v1/nodes`, {
        headers: { Authorization: `Bearer ${server.token}` },
      });
      await new Promise(resolve => setTimeout(resolve, 100));
      await server.stop();
      await expect(hanging).rejects.toThrow();
    });

    it('resets connections', async () => {
      server.faults.inject({ path: /namespaces/, reset: true });
      await expect(core.listNamespace()).rejects.toMatchObject({
        code: 'ECONNRESET',
      });
    });
  });
});
