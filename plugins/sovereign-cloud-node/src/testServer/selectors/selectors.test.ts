import { CoreV1Api } from '@kubernetes/client-node';
import { KubernetesTestServer } from '../KubernetesTestServer';
import { failure, raw, useTestServer } from '../testHelpers';
import { capiCluster, capiClusterCrd, configMap } from '../testFixtures';

describe('Kubernetes test server selectors', () => {
  const cluster = useTestServer({ objects: [capiClusterCrd] });
  let server: KubernetesTestServer;
  let core: CoreV1Api;

  beforeEach(() => {
    ({ server, core } = cluster);
  });

  describe('selectors and pagination', () => {
    beforeEach(() => {
      server.load(
        configMap('web-prod', { app: 'web', env: 'prod', tier: 'frontend' }),
        configMap('web-dev', { app: 'web', env: 'dev' }),
        configMap('db-prod', { app: 'db', env: 'prod', tier: 'backend' }),
        configMap('other', {}, 'kube-system'),
      );
    });

    it.each([
      ['app=web', ['web-dev', 'web-prod']],
      ['app==db', ['db-prod']],
      ['env!=prod', ['web-dev']],
      ['env in (dev,staging)', ['web-dev']],
      ['env notin (dev)', ['db-prod', 'web-prod']],
      ['tier', ['db-prod', 'web-prod']],
      ['!tier', ['web-dev']],
      ['app=web,env=prod', ['web-prod']],
    ])('labelSelector %s', async (labelSelector, names) => {
      const list = await core.listNamespacedConfigMap({
        namespace: 'default',
        labelSelector,
      });
      expect(list.items.map(i => i.metadata?.name)).toEqual(names);
    });

    it('filters by metadata.name and metadata.namespace field selectors, across namespaces', async () => {
      const byName = await core.listConfigMapForAllNamespaces({
        fieldSelector: 'metadata.name=other',
      });
      expect(byName.items.map(i => i.metadata?.namespace)).toEqual([
        'kube-system',
      ]);
      const notDefault = await core.listConfigMapForAllNamespaces({
        fieldSelector: 'metadata.namespace!=default',
      });
      expect(notDefault.items.map(i => i.metadata?.name)).toEqual(['other']);
      const refused = await failure(
        core.listConfigMapForAllNamespaces({ fieldSelector: 'spec.foo=bar' }),
      );
      expect(refused).toMatchObject({
        code: 400,
        status: {
          reason: 'BadRequest',
          message: 'field label not supported: spec.foo',
        },
      });
    });

    it('rejects a malformed label selector with 400', async () => {
      const refused = await failure(
        core.listNamespacedConfigMap({
          namespace: 'default',
          labelSelector: 'app in (web',
        }),
      );
      expect(refused.code).toBe(400);
      expect(refused.status.message).toContain('unable to parse requirement');
    });

    it('pages with limit and continue, counting what remains', async () => {
      server.load(...['a', 'b', 'c', 'd'].map(n => configMap(`extra-${n}`)));
      const names: string[] = [];
      const remaining: Array<number | undefined> = [];
      let token: string | undefined;
      let firstVersion: string | undefined;
      do {
        const page = await core.listNamespacedConfigMap({
          namespace: 'default',
          limit: 3,
          _continue: token,
        });
        names.push(...page.items.map(i => i.metadata!.name!));
        remaining.push(page.metadata?.remainingItemCount);
        firstVersion ??= page.metadata?.resourceVersion;
        expect(page.metadata?.resourceVersion).toBe(firstVersion);
        token = page.metadata?._continue;
      } while (token);
      expect(names).toEqual([
        'db-prod',
        'extra-a',
        'extra-b',
        'extra-c',
        'extra-d',
        'web-dev',
        'web-prod',
      ]);
      expect(remaining).toEqual([4, 1, undefined]);
    });

    it('leaves apiVersion and kind out of built-in list items but not custom ones', async () => {
      server.load(capiCluster('ams-1'));
      const builtin = await (
        await raw(server, '/api/v1/namespaces/default/configmaps')
      ).json();
      expect(builtin.kind).toBe('ConfigMapList');
      expect(builtin.items[0].kind).toBeUndefined();
      const custom = await (
        await raw(server, '/apis/cluster.x-k8s.io/v1beta1/clusters')
      ).json();
      expect(custom.items[0]).toMatchObject({
        apiVersion: 'cluster.x-k8s.io/v1beta1',
        kind: 'Cluster',
      });
    });
  });
});
