import {
  CoreV1Api,
  KubeConfig,
  PatchStrategy,
  setHeaderOptions,
  Watch,
} from '@kubernetes/client-node';
import { KubernetesTestServer } from '../KubernetesTestServer';
import { raw, useTestServer } from '../testHelpers';
import { capiClusterCrd, configMap } from '../testFixtures';

describe('Kubernetes test server watch', () => {
  const cluster = useTestServer({ objects: [capiClusterCrd] });
  let server: KubernetesTestServer;
  let kc: KubeConfig;
  let core: CoreV1Api;

  beforeEach(() => {
    ({ server, kc, core } = cluster);
  });

  describe('watch', () => {
    function collect(path: string, query: Record<string, string>) {
      const events: Array<[string, string]> = [];
      let done: (error: unknown) => void = () => {};
      const finished = new Promise(resolve => {
        done = resolve;
      });
      const started = new Watch(kc).watch(
        path,
        query,
        (type, object) => events.push([type, object.metadata?.name]),
        e => done(e),
      );
      return { events, finished, started };
    }

    async function until(predicate: () => boolean) {
      for (let i = 0; i < 200 && !predicate(); i++) {
        await new Promise(resolve => setTimeout(resolve, 10));
      }
    }

    it('streams ADDED, MODIFIED and DELETED from a resource version', async () => {
      server.load(configMap('before'));
      const { resourceVersion } = server;
      const watch = collect('/api/v1/namespaces/default/configmaps', {
        resourceVersion,
      });
      const controller = await watch.started;
      await core.createNamespacedConfigMap({
        namespace: 'default',
        body: configMap('live') as any,
      });
      await core.patchNamespacedConfigMap(
        { name: 'live', namespace: 'default', body: { data: { key: 'v2' } } },
        setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
      );
      await core.deleteNamespacedConfigMap({
        name: 'live',
        namespace: 'default',
      });
      await until(() => watch.events.length >= 3);
      controller.abort();
      expect(watch.events).toEqual([
        ['ADDED', 'live'],
        ['MODIFIED', 'live'],
        ['DELETED', 'live'],
      ]);
    });

    it('replays changes that happened before the watch started, and starts with the current objects without a version', async () => {
      const { resourceVersion } = server;
      server.load(configMap('early'));
      const replay = collect('/api/v1/namespaces/default/configmaps', {
        resourceVersion,
      });
      const fresh = collect('/api/v1/namespaces/default/configmaps', {});
      const controllers = await Promise.all([replay.started, fresh.started]);
      await until(() => replay.events.length >= 1 && fresh.events.length >= 1);
      controllers.forEach(c => c.abort());
      expect(replay.events).toEqual([['ADDED', 'early']]);
      expect(fresh.events).toEqual([['ADDED', 'early']]);
    });

    it('reports objects leaving a label selector as DELETED', async () => {
      server.load(configMap('moving', { env: 'prod' }));
      const watch = collect('/api/v1/namespaces/default/configmaps', {
        labelSelector: 'env=prod',
      });
      const controller = await watch.started;
      await until(() => watch.events.length >= 1);
      await core.patchNamespacedConfigMap(
        {
          name: 'moving',
          namespace: 'default',
          body: { metadata: { labels: { env: 'dev' } } },
        },
        setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
      );
      await until(() => watch.events.length >= 2);
      controller.abort();
      expect(watch.events).toEqual([
        ['ADDED', 'moving'],
        ['DELETED', 'moving'],
      ]);
    });

    it('answers a too old resource version with an ERROR event (410 Expired)', async () => {
      const small = await KubernetesTestServer.start({ watchHistoryLimit: 2 });
      try {
        const start = small.resourceVersion;
        small.load(configMap('a'), configMap('b'), configMap('c'));
        const response = await raw(
          small,
          `/api/v1/configmaps?watch=true&resourceVersion=${start}`,
        );
        const [line] = (await response.text()).trim().split('\n');
        expect(JSON.parse(line)).toMatchObject({
          type: 'ERROR',
          object: { kind: 'Status', code: 410, reason: 'Expired' },
        });
      } finally {
        await small.stop();
      }
    });
  });
});
