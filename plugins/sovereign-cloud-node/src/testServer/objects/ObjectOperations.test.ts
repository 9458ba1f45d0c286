import {
  CoreV1Api,
  CustomObjectsApi,
  KubeConfig,
  KubernetesObjectApi,
  PatchStrategy,
  setHeaderOptions,
} from '@kubernetes/client-node';
import { KubernetesTestServer } from '../KubernetesTestServer';
import { failure, raw, useTestServer } from '../testHelpers';
import {
  capiCluster,
  capiClusterCrd,
  configMap,
  deployment,
} from '../testFixtures';

describe('Kubernetes test server objects', () => {
  const cluster = useTestServer({ objects: [capiClusterCrd] });
  let server: KubernetesTestServer;
  let kc: KubeConfig;
  let core: CoreV1Api;

  beforeEach(() => {
    ({ server, kc, core } = cluster);
  });

  describe('objects', () => {
    it('creates, reads, replaces, patches and deletes with monotonic resource versions', async () => {
      const created = await core.createNamespacedConfigMap({
        namespace: 'default',
        body: configMap('settings') as any,
      });
      expect(created.metadata?.uid).toMatch(/^[0-9a-f-]{36}$/);
      const rv1 = Number(created.metadata?.resourceVersion);

      const read = await core.readNamespacedConfigMap({
        name: 'settings',
        namespace: 'default',
      });
      expect(read.data).toEqual({ key: 'settings' });

      const replaced = await core.replaceNamespacedConfigMap({
        name: 'settings',
        namespace: 'default',
        body: { ...read, data: { key: 'replaced' } },
      });
      const rv2 = Number(replaced.metadata?.resourceVersion);
      expect(rv2).toBeGreaterThan(rv1);

      const merged = await core.patchNamespacedConfigMap(
        {
          name: 'settings',
          namespace: 'default',
          body: { data: { extra: 'yes' } },
        },
        setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
      );
      expect(merged.data).toEqual({ key: 'replaced', extra: 'yes' });
      const jsonPatched = await core.patchNamespacedConfigMap(
        {
          name: 'settings',
          namespace: 'default',
          body: [{ op: 'remove', path: '/data/extra' }],
        },
        setHeaderOptions('Content-Type', PatchStrategy.JsonPatch),
      );
      expect(jsonPatched.data).toEqual({ key: 'replaced' });
      expect(Number(jsonPatched.metadata?.resourceVersion)).toBeGreaterThan(
        Number(merged.metadata?.resourceVersion),
      );

      await core.deleteNamespacedConfigMap({
        name: 'settings',
        namespace: 'default',
      });
      const gone = await failure(
        core.readNamespacedConfigMap({
          name: 'settings',
          namespace: 'default',
        }),
      );
      expect(gone.code).toBe(404);
      expect(gone.status).toMatchObject({
        kind: 'Status',
        reason: 'NotFound',
        message: 'configmaps "settings" not found',
      });
      expect(
        server.get({
          apiVersion: 'v1',
          kind: 'ConfigMap',
          namespace: 'default',
          name: 'settings',
        }),
      ).toBeUndefined();
    });

    it('refuses a replace with a stale resourceVersion (409 Conflict)', async () => {
      const created = await core.createNamespacedConfigMap({
        namespace: 'default',
        body: configMap('c') as any,
      });
      await core.patchNamespacedConfigMap(
        { name: 'c', namespace: 'default', body: { data: { key: 'changed' } } },
        setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
      );
      const stale = await failure(
        core.replaceNamespacedConfigMap({
          name: 'c',
          namespace: 'default',
          body: created,
        }),
      );
      expect(stale.code).toBe(409);
      expect(stale.status.reason).toBe('Conflict');
      expect(stale.status.message).toContain('the object has been modified');
    });

    it('serves one stored custom resource at every version of its CRD', async () => {
      server.load(capiCluster('fra-1'));
      const custom = kc.makeApiClient(CustomObjectsApi);
      const base = {
        group: 'cluster.x-k8s.io',
        namespace: 'default',
        plural: 'clusters',
        name: 'fra-1',
      };
      const v1beta1 = await custom.getNamespacedCustomObject({
        ...base,
        version: 'v1beta1',
      });
      const v1beta2 = await custom.getNamespacedCustomObject({
        ...base,
        version: 'v1beta2',
      });
      expect(v1beta1.apiVersion).toBe('cluster.x-k8s.io/v1beta1');
      expect(v1beta2.apiVersion).toBe('cluster.x-k8s.io/v1beta2');
      expect(v1beta1.spec).toEqual(v1beta2.spec);
    });

    it('lets tests read back what clients stored, including status kept apart from spec', async () => {
      server.load({
        ...capiCluster('par-1'),
        status: { phase: 'Provisioned' },
      });
      const objects = KubernetesObjectApi.makeApiClient(kc);
      await objects.patch(
        {
          ...capiCluster('par-1'),
          spec: { paused: true },
          status: { phase: 'Deleting' },
        } as any,
        undefined,
        undefined,
        'portal',
        true,
        PatchStrategy.ServerSideApply,
      );
      const stored = server.get({
        apiVersion: 'cluster.x-k8s.io/v1beta2',
        kind: 'Cluster',
        namespace: 'default',
        name: 'par-1',
      });
      expect(stored?.spec).toMatchObject({
        paused: true,
        topology: { class: 'hetzner-default' },
      });
      // Writes to the main resource never change status (it has a status subresource).
      expect(stored?.status).toEqual({ phase: 'Provisioned' });
      expect(stored?.metadata.generation).toBe(2);
    });

    it("folds a Secret's stringData into data and never stores it", async () => {
      const created = await core.createNamespacedSecret({
        namespace: 'default',
        body: {
          metadata: { name: 'creds' },
          data: { user: Buffer.from('old').toString('base64') },
          stringData: { user: 'admin', token: 'abc' },
        },
      });
      const b64 = (text: string) => Buffer.from(text).toString('base64');
      expect(created.data).toEqual({ user: b64('admin'), token: b64('abc') });
      expect(created.stringData).toBeUndefined();
      const stored = server.get({
        apiVersion: 'v1',
        kind: 'Secret',
        namespace: 'default',
        name: 'creds',
      });
      expect(stored?.stringData).toBeUndefined();
      expect(stored?.data).toEqual(created.data);
    });

    it('keeps an object with finalizers until they are removed', async () => {
      server.load({
        ...configMap('guarded'),
        metadata: {
          name: 'guarded',
          namespace: 'default',
          finalizers: ['example.io/hold'],
        },
      });
      await core.deleteNamespacedConfigMap({
        name: 'guarded',
        namespace: 'default',
      });
      const held = await core.readNamespacedConfigMap({
        name: 'guarded',
        namespace: 'default',
      });
      expect(held.metadata?.deletionTimestamp).toBeDefined();
      await core.patchNamespacedConfigMap(
        {
          name: 'guarded',
          namespace: 'default',
          body: { metadata: { finalizers: null } },
        },
        setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
      );
      expect(
        (
          await failure(
            core.readNamespacedConfigMap({
              name: 'guarded',
              namespace: 'default',
            }),
          )
        ).code,
      ).toBe(404);
    });
  });

  describe('errors', () => {
    it('answers 422 Invalid with causes for a missing name', async () => {
      const invalid = await failure(
        core.createNamespacedConfigMap({
          namespace: 'default',
          body: { data: {} } as any,
        }),
      );
      expect(invalid.code).toBe(422);
      expect(invalid.status).toMatchObject({
        reason: 'Invalid',
        message:
          'ConfigMap "" is invalid: metadata.name: Required value: name or generateName is required',
        details: {
          kind: 'ConfigMap',
          causes: [
            {
              reason: 'FieldValueRequired',
              field: 'metadata.name',
              message: 'Required value: name or generateName is required',
            },
          ],
        },
      });
    });

    it('answers 409 AlreadyExists for a duplicate create', async () => {
      server.load(configMap('dup'));
      const exists = await failure(
        core.createNamespacedConfigMap({
          namespace: 'default',
          body: configMap('dup') as any,
        }),
      );
      expect(exists).toMatchObject({
        code: 409,
        status: {
          reason: 'AlreadyExists',
          message: 'configmaps "dup" already exists',
          details: { name: 'dup', kind: 'configmaps' },
        },
      });
    });

    it('refuses bodies that do not match the URL: apiVersion (400), custom resource kind (422)', async () => {
      const wrongVersion = await raw(
        server,
        '/apis/cluster.x-k8s.io/v1beta2/namespaces/default/clusters',
        {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify(
            capiCluster('x', 'default', 'cluster.x-k8s.io/v1alpha3'),
          ),
        },
      );
      expect(wrongVersion.status).toBe(400);
      expect((await wrongVersion.json()).message).toBe(
        'the API version in the data (cluster.x-k8s.io/v1alpha3) does not match the expected API version (cluster.x-k8s.io/v1beta2)',
      );
      const wrongKind = await raw(
        server,
        '/apis/cluster.x-k8s.io/v1beta2/namespaces/default/clusters',
        {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ ...capiCluster('x'), kind: 'Machine' }),
        },
      );
      expect(wrongKind.status).toBe(422);
      expect((await wrongKind.json()).details.causes).toEqual([
        {
          reason: 'FieldValueInvalid',
          field: 'kind',
          message: 'Invalid value: "Machine": must be Cluster',
        },
      ]);
    });

    it('answers 422 for an invalid name and 404 for a missing namespace', async () => {
      const badName = await failure(
        core.createNamespacedConfigMap({
          namespace: 'default',
          body: configMap('Not_Valid') as any,
        }),
      );
      expect(badName.code).toBe(422);
      expect(badName.status.details.causes[0]).toMatchObject({
        reason: 'FieldValueInvalid',
        field: 'metadata.name',
      });
      const noNamespace = await failure(
        core.createNamespacedConfigMap({
          namespace: 'nowhere',
          body: configMap('a', {}, 'nowhere') as any,
        }),
      );
      expect(noNamespace).toMatchObject({
        code: 404,
        status: { message: 'namespaces "nowhere" not found' },
      });
    });
  });

  describe('subresources, patches and cascades', () => {
    it('writes status only through the status subresource', async () => {
      server.load(capiCluster('fra-1'));
      const custom = kc.makeApiClient(CustomObjectsApi);
      const ref = {
        group: 'cluster.x-k8s.io',
        version: 'v1beta2',
        namespace: 'default',
        plural: 'clusters',
        name: 'fra-1',
      };
      const updated = await custom.patchNamespacedCustomObjectStatus(
        {
          ...ref,
          body: { status: { phase: 'Provisioned' }, spec: { paused: true } },
        },
        setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
      );
      expect(updated.status).toEqual({ phase: 'Provisioned' });
      expect(updated.spec.paused).toBeUndefined();
      expect(
        updated.metadata.managedFields.map((m: any) => [
          m.manager,
          m.subresource,
        ]),
      ).toContainEqual([expect.any(String), 'status']);
    });

    it('merges containers by name in a strategic merge patch, and refuses it for custom resources (415)', async () => {
      const objects = KubernetesObjectApi.makeApiClient(kc);
      server.load(deployment('web'));
      const patched = await objects.patch({
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'web', namespace: 'default' },
        spec: {
          template: {
            spec: { containers: [{ name: 'proxy', image: 'envoy:1.31' }] },
          },
        },
      } as any);
      expect(
        (patched as any).spec.template.spec.containers.map((c: any) => c.name),
      ).toEqual(['app', 'proxy']);

      server.load(capiCluster('fra-1'));
      const refused = await failure(objects.patch(capiCluster('fra-1') as any));
      expect(refused).toMatchObject({
        code: 415,
        status: { reason: 'UnsupportedMediaType' },
      });
    });

    it('deletes a labelled collection', async () => {
      server.load(
        configMap('a', { drill: 'yes' }),
        configMap('b', { drill: 'yes' }),
        configMap('c'),
      );
      await core.deleteCollectionNamespacedConfigMap({
        namespace: 'default',
        labelSelector: 'drill=yes',
      });
      expect(
        server.list('v1', 'ConfigMap', 'default').map(c => c.metadata.name),
      ).toEqual(['c']);
    });

    it('deletes the objects of a deleted namespace and the resources of a deleted CRD', async () => {
      server.load(
        configMap('a', {}, 'team-a'),
        capiCluster('fra-1', 'team-a'),
        configMap('kept'),
      );
      await core.deleteNamespace({ name: 'team-a' });
      expect(server.list('v1', 'ConfigMap').map(c => c.metadata.name)).toEqual([
        'kept',
      ]);
      expect(server.list('cluster.x-k8s.io/v1beta2', 'Cluster')).toEqual([]);

      server.load(capiCluster('par-1'));
      await KubernetesObjectApi.makeApiClient(kc).delete(capiClusterCrd as any);
      expect(
        (await raw(server, '/apis/cluster.x-k8s.io/v1beta2/clusters')).status,
      ).toBe(404);
      server.load(capiClusterCrd);
      expect(server.list('cluster.x-k8s.io/v1beta2', 'Cluster')).toEqual([]);
    });

    it('with dryRun=All answers every write as if it happened and stores nothing', async () => {
      server.load(configMap('kept'));
      const before = server.resourceVersion;
      const node = {
        apiVersion: 'v1',
        kind: 'Node',
        metadata: {
          name: 'n1',
          labels: { 'topology.kubernetes.io/zone': 'fra1' },
        },
      };
      const created = await core.createNode({
        body: node as any,
        dryRun: 'All',
      });
      expect(created.metadata?.uid).toBeDefined();
      const kept = await core.readNamespacedConfigMap({
        name: 'kept',
        namespace: 'default',
      });
      const replaced = await core.replaceNamespacedConfigMap({
        name: 'kept',
        namespace: 'default',
        body: { ...kept, data: { key: 'x' } },
        dryRun: 'All',
      });
      expect(replaced.data).toEqual({ key: 'x' });
      const patched = await core.patchNamespacedConfigMap(
        {
          name: 'kept',
          namespace: 'default',
          body: { data: { key: 'y' } },
          dryRun: 'All',
        },
        setHeaderOptions('Content-Type', PatchStrategy.MergePatch),
      );
      expect(patched.data).toEqual({ key: 'y' });
      await core.deleteNamespacedConfigMap({
        name: 'kept',
        namespace: 'default',
        dryRun: 'All',
      });

      expect(server.resourceVersion).toBe(before);
      expect(
        server.get({ apiVersion: 'v1', kind: 'Node', name: 'n1' }),
      ).toBeUndefined();
      expect(
        server.get({
          apiVersion: 'v1',
          kind: 'ConfigMap',
          namespace: 'default',
          name: 'kept',
        })?.data,
      ).toEqual({ key: 'kept' });
      const unsupported = await failure(
        core.deleteNamespacedConfigMap({
          name: 'kept',
          namespace: 'default',
          dryRun: 'Some',
        }),
      );
      expect(unsupported.code).toBe(422);
    });

    it('serves cluster-scoped objects without a namespace', async () => {
      await core.createNode({
        body: {
          metadata: {
            name: 'n1',
            labels: { 'node.kubernetes.io/instance-type': 'cx42' },
          },
        } as any,
      });
      const nodes = await core.listNode({
        labelSelector: 'node.kubernetes.io/instance-type=cx42',
      });
      expect(
        nodes.items.map(n => [n.metadata?.name, n.metadata?.namespace]),
      ).toEqual([['n1', undefined]]);
      expect(
        (await raw(server, '/api/v1/namespaces/default/nodes/n1')).status,
      ).toBe(404);
    });

    it('generates names from generateName', async () => {
      const created = await core.createNamespacedConfigMap({
        namespace: 'default',
        body: { metadata: { generateName: 'drill-' }, data: {} },
      });
      expect(created.metadata?.name).toMatch(/^drill-[a-z0-9]{5}$/);
    });
  });
});
