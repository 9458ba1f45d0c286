import {
  ApiException,
  KubernetesObject,
  KubernetesObjectApi,
  PatchStrategy,
} from '@kubernetes/client-node';
import { KubernetesTestServer } from '../KubernetesTestServer';
import { deployment, placementCrd } from '../testFixtures';

type Manifest = Record<string, any>;

async function status(call: Promise<unknown>): Promise<any> {
  try {
    await call;
  } catch (error) {
    if (error instanceof ApiException) {
      return { code: error.code, ...JSON.parse(String(error.body)) };
    }
    throw error;
  }
  throw new Error('expected the call to fail');
}

describe('server-side apply', () => {
  let server: KubernetesTestServer;
  let objects: KubernetesObjectApi;

  const apply = (
    object: Manifest,
    manager: string,
    options: { force?: boolean; dryRun?: boolean } = {},
  ) =>
    objects.patch(
      object as KubernetesObject,
      undefined,
      options.dryRun ? 'All' : undefined,
      manager,
      options.force,
      PatchStrategy.ServerSideApply,
    );
  const mergePatch = (object: Manifest, manager: string) =>
    objects.patch(
      object as KubernetesObject,
      undefined,
      undefined,
      manager,
      undefined,
      PatchStrategy.MergePatch,
    );
  const stored = (name = 'web') =>
    server.get({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      namespace: 'default',
      name,
    }) as Manifest;
  const managers = (object: Manifest) =>
    Object.fromEntries(
      object.metadata.managedFields.map((m: Manifest) => [
        `${m.manager}/${m.operation}`,
        m.fieldsV1,
      ]),
    );

  beforeEach(async () => {
    server = await KubernetesTestServer.start({ objects: [placementCrd] });
    objects = KubernetesObjectApi.makeApiClient(server.kubeConfig());
  });

  afterEach(async () => {
    await server.stop();
  });

  it('creates the object and records what the manager owns', async () => {
    const created = await apply(deployment('web'), 'portal');
    expect(created.metadata?.resourceVersion).toBeDefined();
    const entry = stored().metadata.managedFields[0];
    expect(entry).toMatchObject({
      manager: 'portal',
      operation: 'Apply',
      apiVersion: 'apps/v1',
      fieldsType: 'FieldsV1',
    });
    expect(entry.fieldsV1).toEqual({
      'f:metadata': { 'f:labels': { 'f:app': {} } },
      'f:spec': {
        'f:replicas': {},
        'f:selector': {},
        'f:template': {
          'f:metadata': { 'f:labels': { 'f:app': {} } },
          'f:spec': {
            'f:containers': {
              'k:{"name":"app"}': {
                '.': {},
                'f:image': {},
                'f:name': {},
                'f:ports': {
                  'k:{"containerPort":80,"protocol":"TCP"}': {
                    '.': {},
                    'f:containerPort': {},
                  },
                },
              },
            },
          },
        },
      },
    });
  });

  it('answers 201 on create and 200 on update, accepting YAML bodies', async () => {
    const send = () =>
      fetch(
        `${server.url}/api/v1/namespaces/default/configmaps/from-yaml?fieldManager=portal`,
        {
          method: 'PATCH',
          headers: {
            Authorization: `Bearer ${server.token}`,
            'Content-Type': 'application/apply-patch+yaml',
          },
          body: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: from-yaml\ndata:\n  region: fra\n',
        },
      );
    expect((await send()).status).toBe(201);
    const again = await send();
    expect(again.status).toBe(200);
    expect((await again.json()).data).toEqual({ region: 'fra' });
  });

  it('reports a conflict with the manager that owns a field, with the API server causes', async () => {
    await apply(deployment('web'), 'portal');
    await mergePatch(
      { ...deployment('web'), spec: { replicas: 5 } },
      'hpa-controller',
    );

    const conflict = await status(
      apply(deployment('web', { replicas: 3 }), 'portal'),
    );
    expect(conflict).toMatchObject({
      code: 409,
      kind: 'Status',
      reason: 'Conflict',
      message:
        'Apply failed with 1 conflict: conflict with "hpa-controller" using apps/v1: .spec.replicas',
      details: {
        causes: [
          {
            reason: 'FieldManagerConflict',
            message: 'conflict with "hpa-controller" using apps/v1',
            field: '.spec.replicas',
          },
        ],
      },
    });
    expect(stored().spec.replicas).toBe(5);
  });

  it('lists every conflict grouped by manager', async () => {
    await apply(deployment('web'), 'portal');
    await apply(
      { ...deployment('web', { replicas: 4, image: 'nginx:1.28' }) },
      'gitops',
      { force: true },
    );
    const conflict = await status(
      apply(deployment('web', { replicas: 1, image: 'nginx:1.26' }), 'portal'),
    );
    expect(conflict.message).toBe(
      'Apply failed with 2 conflicts: conflicts with "gitops"\n- .spec.replicas\n- .spec.template.spec.containers[name="app"].image',
    );
    expect(
      conflict.details.causes.map((c: Manifest) => [c.message, c.field]),
    ).toEqual([
      ['conflict with "gitops"', '.spec.replicas'],
      [
        'conflict with "gitops"',
        '.spec.template.spec.containers[name="app"].image',
      ],
    ]);
  });

  it('takes over conflicting fields with force', async () => {
    await apply(deployment('web'), 'portal');
    await mergePatch(
      { ...deployment('web'), spec: { replicas: 5 } },
      'hpa-controller',
    );
    await apply(deployment('web', { replicas: 3 }), 'portal', { force: true });
    const object = stored();
    expect(object.spec.replicas).toBe(3);
    // The updater owned nothing else, so its entry is gone.
    expect(Object.keys(managers(object))).toEqual(['portal/Apply']);
  });

  it('shares fields applied with the same value, and conflicts once the values differ', async () => {
    await apply(deployment('web'), 'portal');
    await apply(deployment('web'), 'gitops');
    const both = managers(stored());
    expect(both['portal/Apply']['f:spec']['f:replicas']).toEqual({});
    expect(both['gitops/Apply']['f:spec']['f:replicas']).toEqual({});
    const conflict = await status(
      apply(deployment('web', { replicas: 9 }), 'portal'),
    );
    expect(conflict.details.causes[0]).toMatchObject({
      message: 'conflict with "gitops"',
      field: '.spec.replicas',
    });
  });

  it('removes fields the manager no longer applies, unless another manager owns them', async () => {
    const withExtras = deployment('web');
    withExtras.metadata.labels = {
      app: 'web',
      tier: 'frontend',
      team: 'platform',
    } as any;
    await apply(withExtras, 'portal');
    await apply(
      {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: {
          name: 'web',
          namespace: 'default',
          labels: { team: 'platform' },
        },
      },
      'ownership-tool',
    );

    await apply(deployment('web'), 'portal');
    expect(stored().metadata.labels).toEqual({ app: 'web', team: 'platform' });
  });

  it('merges keyed lists item by item and keeps items other managers own', async () => {
    const web = deployment('web');
    web.spec.template.spec.containers[0] = {
      name: 'app',
      image: 'nginx:1.27',
      ports: [{ containerPort: 80 }],
      env: [
        { name: 'A', value: '1' },
        { name: 'B', value: '2' },
      ],
    } as any;
    await apply(web, 'portal');
    await apply(
      {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'web', namespace: 'default' },
        spec: {
          template: {
            spec: {
              containers: [
                {
                  name: 'proxy',
                  image: 'envoy:1.31',
                  ports: [{ containerPort: 15001 }],
                },
              ],
            },
          },
        },
      },
      'sidecar-injector',
    );
    (web.spec.template.spec.containers[0] as any).env = [
      { name: 'A', value: '1' },
    ];
    await apply(web, 'portal');

    const containers = stored().spec.template.spec.containers;
    expect(containers.map((c: Manifest) => c.name)).toEqual(['app', 'proxy']);
    expect(containers[0].env).toEqual([{ name: 'A', value: '1' }]);
    expect(containers[1]).toEqual({
      name: 'proxy',
      image: 'envoy:1.31',
      ports: [{ containerPort: 15001 }],
    });
  });

  it('follows a CRD schema: map lists merge by key, sets by value, other lists are atomic', async () => {
    const placement = (spec: Manifest) => ({
      apiVersion: 'example.sovereign-cloud.io/v1alpha1',
      kind: 'Placement',
      metadata: { name: 'web' },
      spec,
    });
    await apply(
      placement({
        targets: [{ region: 'fra', weight: 1 }],
        tolerations: ['gpu'],
        steps: [{ name: 'plan' }],
      }),
      'portal',
    );
    await apply(
      placement({
        targets: [{ region: 'par', weight: 2 }],
        tolerations: ['edge'],
        steps: [{ name: 'drill' }],
      }),
      'exit-drill',
      { force: true },
    );

    const spec = server.get({
      apiVersion: 'example.sovereign-cloud.io/v1alpha1',
      kind: 'Placement',
      name: 'web',
    })!.spec as Manifest;
    expect(spec.targets).toEqual([
      { region: 'fra', weight: 1 },
      { region: 'par', weight: 2 },
    ]);
    expect(spec.tolerations).toEqual(['gpu', 'edge']);
    // `steps` has no list type in the schema: the forced apply replaced it whole.
    expect(spec.steps).toEqual([{ name: 'drill' }]);
  });

  it('requires a field manager (422)', async () => {
    const response = await fetch(
      `${server.url}/apis/apps/v1/namespaces/default/deployments/web`,
      {
        method: 'PATCH',
        headers: {
          Authorization: `Bearer ${server.token}`,
          'Content-Type': 'application/apply-patch+yaml',
        },
        body: JSON.stringify(deployment('web')),
      },
    );
    expect(response.status).toBe(422);
    expect((await response.json()).message).toBe(
      'PatchOptions.meta.k8s.io "" is invalid: fieldManager: Required value: is required for apply patch',
    );
  });

  it('refuses an apply whose apiVersion differs from the URL (400)', async () => {
    const response = await fetch(
      `${server.url}/apis/apps/v1/namespaces/default/deployments/web?fieldManager=portal`,
      {
        method: 'PATCH',
        headers: {
          Authorization: `Bearer ${server.token}`,
          'Content-Type': 'application/apply-patch+yaml',
        },
        body: JSON.stringify({
          ...deployment('web'),
          apiVersion: 'apps/v1beta2',
        }),
      },
    );
    expect(response.status).toBe(400);
    expect((await response.json()).message).toBe(
      'Incorrect version specified in apply patch. Specified patch version: apps/v1beta2, expected: apps/v1',
    );
  });

  it('does not write anything when nothing changes', async () => {
    await apply(deployment('web'), 'portal');
    const version = server.resourceVersion;
    const again = await apply(deployment('web'), 'portal');
    expect(server.resourceVersion).toBe(version);
    expect(again.metadata?.resourceVersion).toBe(version);
  });

  it('with dryRun=All answers what a real apply would store: released fields gone, managers updated', async () => {
    const withExtras = deployment('web');
    withExtras.metadata.labels = { app: 'web', tier: 'frontend' } as any;
    await apply(withExtras, 'portal');
    await apply(
      {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        metadata: { name: 'web', namespace: 'default', labels: { team: 'a' } },
      },
      'ownership-tool',
    );
    const before = stored();

    const preview = (await apply(deployment('web', { replicas: 4 }), 'portal', {
      dryRun: true,
    })) as Manifest;

    // `tier` only portal set, and portal no longer does; `team` belongs to another manager.
    expect(preview.metadata.labels).toEqual({ app: 'web', team: 'a' });
    expect(preview.spec.replicas).toBe(4);
    const owned = managers(preview);
    expect(owned['portal/Apply']['f:metadata']['f:labels']).toEqual({
      'f:app': {},
    });
    expect(owned['ownership-tool/Apply']['f:metadata']['f:labels']).toEqual({
      'f:team': {},
    });
    expect(stored()).toEqual(before);
  });

  it('with dryRun=All validates and answers, but stores nothing', async () => {
    const version = server.resourceVersion;
    const preview = await apply(deployment('web', { replicas: 7 }), 'portal', {
      dryRun: true,
    });
    expect((preview as Manifest).spec.replicas).toBe(7);
    expect(stored()).toBeUndefined();
    expect(server.resourceVersion).toBe(version);

    await apply(deployment('web'), 'portal');
    const before = server.resourceVersion;
    await apply(deployment('web', { replicas: 7 }), 'portal', { dryRun: true });
    await objects.delete(
      deployment('web') as KubernetesObject,
      undefined,
      'All',
    );
    expect(stored().spec.replicas).toBe(2);
    expect(server.resourceVersion).toBe(before);
  });
});
