import {
  ApisApi,
  CoreApi,
  CoreV1Api,
  CustomObjectsApi,
  KubeConfig,
  KubernetesObjectApi,
  VersionApi,
} from '@kubernetes/client-node';
import { KubernetesTestServer } from '../KubernetesTestServer';
import { raw, useTestServer } from '../testHelpers';
import { capiClusterCrd, placementCrd } from '../testFixtures';

describe('Kubernetes test server discovery', () => {
  const cluster = useTestServer({ objects: [capiClusterCrd] });
  let server: KubernetesTestServer;
  let kc: KubeConfig;
  let core: CoreV1Api;

  beforeEach(() => {
    ({ server, kc, core } = cluster);
  });

  describe('discovery', () => {
    it('serves /version, /api and /apis with built-in and CRD groups', async () => {
      const version = await kc.makeApiClient(VersionApi).getCode();
      expect(version.gitVersion).toBe('v1.34.1');
      expect(
        (await kc.makeApiClient(CoreApi).getAPIVersions()).versions,
      ).toEqual(['v1']);

      const groups = await kc.makeApiClient(ApisApi).getAPIVersions();
      const byName = Object.fromEntries(groups.groups.map(g => [g.name, g]));
      expect(Object.keys(byName)).toEqual(
        expect.arrayContaining([
          'apps',
          'storage.k8s.io',
          'apiextensions.k8s.io',
          'cluster.x-k8s.io',
        ]),
      );
      expect(byName['cluster.x-k8s.io'].versions.map(v => v.version)).toEqual([
        'v1beta2',
        'v1beta1',
      ]);
      expect(byName['cluster.x-k8s.io'].preferredVersion?.version).toBe(
        'v1beta2',
      );
    });

    it('lists resources with scope, kind and status subresources', async () => {
      const coreResources = await core.getAPIResources();
      const find = (name: string) =>
        coreResources.resources.find(r => r.name === name);
      expect(find('pods')).toMatchObject({
        kind: 'Pod',
        namespaced: true,
        shortNames: ['po'],
      });
      expect(find('nodes')).toMatchObject({ kind: 'Node', namespaced: false });
      expect(find('pods/status')).toMatchObject({
        verbs: ['get', 'patch', 'update'],
      });

      const capi = await kc
        .makeApiClient(CustomObjectsApi)
        .getAPIResources({ group: 'cluster.x-k8s.io', version: 'v1beta1' });
      expect(capi.resources.map(r => r.name)).toEqual([
        'clusters',
        'clusters/status',
      ]);
      expect(capi.resources[0]).toMatchObject({
        kind: 'Cluster',
        namespaced: true,
        singularName: 'cluster',
        categories: ['cluster-api'],
      });
    });

    it('serves a CRD created over the API as soon as it exists, and answers 404 for unknown groups', async () => {
      expect(
        (await raw(server, '/apis/example.sovereign-cloud.io/v1alpha1')).status,
      ).toBe(404);
      const created = await KubernetesObjectApi.makeApiClient(kc).create(
        placementCrd as any,
      );
      expect((created as any).status.conditions).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ type: 'Established', status: 'True' }),
        ]),
      );
      const resources = await (
        await raw(server, '/apis/example.sovereign-cloud.io/v1alpha1')
      ).json();
      expect(resources.resources[0]).toMatchObject({
        name: 'placements',
        kind: 'Placement',
        namespaced: false,
      });
    });

    it('answers health probes without a token', async () => {
      for (const path of ['/healthz', '/readyz', '/livez']) {
        const response = await fetch(`${server.url}${path}`);
        expect([response.status, await response.text()]).toEqual([200, 'ok']);
      }
    });
  });
});
