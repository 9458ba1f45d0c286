import { InputError } from '@backstage/errors';
import { stringify } from 'yaml';
import { diffManifestFiles } from './diffManifestFiles';
import { summariseDiff } from './summariseDiff';

type Pool = { name: string; replicas: number };

function cluster(version: string, pools: Pool[]) {
  return {
    apiVersion: 'cluster.x-k8s.io/v1beta2',
    kind: 'Cluster',
    metadata: { name: 'fra-1', namespace: 'clusters' },
    spec: {
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

const secret = (password: string) => ({
  apiVersion: 'v1',
  kind: 'Secret',
  metadata: { name: 'fra-1-credentials', namespace: 'clusters' },
  type: 'Opaque',
  stringData: { password },
});

const namespace = {
  apiVersion: 'v1',
  kind: 'Namespace',
  metadata: { name: 'clusters' },
};

/** One multi-document YAML file. */
const file = (...objects: object[]) =>
  objects.map(o => stringify(o)).join('---\n');

const pools = 'spec.topology.workers.machineDeployments';

describe('diffManifestFiles', () => {
  const current = {
    'clusters/fra-1/cluster.yaml': file(
      namespace,
      cluster('v1.33.1', [
        { name: 'pool-a', replicas: 3 },
        { name: 'pool-b', replicas: 2 },
      ]),
    ),
    'clusters/fra-1/secret.yaml': file(secret('old-password-31d9')),
    'clusters/fra-1/addons.yaml': file({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: { name: 'old-addon', namespace: 'clusters' },
      data: { enabled: 'true' },
    }),
    'clusters/fra-1/kustomization.yaml': stringify({
      apiVersion: 'kustomize.config.k8s.io/v1beta1',
      kind: 'Kustomization',
      resources: ['cluster.yaml'],
    }),
  };

  it('reports changed, added, removed, created, deleted and unchanged objects without managers', () => {
    const desired = {
      // The cluster moved to another file: objects match by identity, not by path.
      'clusters/fra-1/topology.yaml': file(
        cluster('v1.34.1', [
          { name: 'pool-a', replicas: 5 },
          { name: 'pool-c', replicas: 1 },
        ]),
      ),
      'clusters/fra-1/namespace.yaml': file(namespace),
      'clusters/fra-1/secret.yaml': file(secret('new-password-72aa')),
      'clusters/fra-1/network.yaml': file({
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'cilium-values', namespace: 'clusters' },
        data: { mtu: '1450' },
      }),
    };

    const diffs = diffManifestFiles(current, desired);

    const byName = Object.fromEntries(
      diffs.map(d => [`${d.kind}/${d.name}`, d]),
    );
    expect(Object.keys(byName).sort()).toEqual([
      'Cluster/fra-1',
      'ConfigMap/cilium-values',
      'ConfigMap/old-addon',
      'Namespace/clusters',
      'Secret/fra-1-credentials',
    ]);
    expect(byName['Namespace/clusters']).toEqual({
      apiVersion: 'v1',
      kind: 'Namespace',
      name: 'clusters',
      action: 'unchanged',
      fields: [],
    });
    expect(byName['ConfigMap/cilium-values']).toMatchObject({
      action: 'create',
      fields: [
        { path: 'data.mtu', change: 'added', after: '1450', managers: [] },
      ],
    });
    expect(byName['ConfigMap/old-addon']).toMatchObject({
      action: 'delete',
      fields: [
        {
          path: 'data.enabled',
          change: 'removed',
          before: 'true',
          managers: [],
        },
      ],
    });

    const clusterDiff = byName['Cluster/fra-1'];
    expect(clusterDiff.action).toBe('update');
    expect(clusterDiff.fields).toEqual(
      expect.arrayContaining([
        {
          path: 'spec.topology.version',
          change: 'changed',
          before: 'v1.33.1',
          after: 'v1.34.1',
          managers: [],
        },
        {
          path: `${pools}[name=pool-a].replicas`,
          change: 'changed',
          before: 3,
          after: 5,
          managers: [],
        },
        {
          path: `${pools}[name=pool-c].replicas`,
          change: 'added',
          after: 1,
          managers: [],
        },
        {
          path: `${pools}[name=pool-b].replicas`,
          change: 'removed',
          before: 2,
          managers: [],
        },
      ]),
    );
    expect(clusterDiff.fields).toHaveLength(8);

    expect(byName['Secret/fra-1-credentials'].fields).toEqual([
      {
        path: 'stringData.password',
        change: 'changed',
        before: '(hidden)',
        after: '(hidden)',
        managers: [],
      },
    ]);
    const everything = JSON.stringify(diffs) + summariseDiff(diffs);
    expect(everything).not.toContain('old-password-31d9');
    expect(everything).not.toContain('new-password-72aa');

    const summary = summariseDiff(diffs);
    expect(summary).toContain(
      '1 to create, 2 to update, 1 to delete, 1 unchanged',
    );
    expect(summary).toContain(
      '- ~ Cluster clusters/fra-1: 2 changed, 3 added, 3 removed',
    );
    expect(summary).toContain(
      '- + ConfigMap clusters/cilium-values: create (1 field)',
    );
    expect(summary).toContain('- - ConfigMap clusters/old-addon: delete');
    expect(summary).toContain(
      `  - \`${pools}[name=pool-a].replicas\`: \`3\` → \`5\``,
    );
  });

  it('reports identical files as unchanged', () => {
    const diffs = diffManifestFiles(current, { ...current });
    expect(diffs.map(d => d.action)).toEqual([
      'unchanged',
      'unchanged',
      'unchanged',
      'unchanged',
    ]);
    expect(diffs.flatMap(d => d.fields)).toEqual([]);
  });

  it('names the file and document that cannot be read, without quoting it', () => {
    const broken = {
      'clusters/fra-1/secret.yaml': `${file(
        namespace,
      )}---\npassword: s3cr3t-value: x\n`,
    };
    let error: unknown;
    try {
      diffManifestFiles({}, broken);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(
      /^Cannot read desired file clusters\/fra-1\/secret\.yaml \(document 2\): .* at line 6, column \d+$/,
    );
    expect((error as Error).message).not.toContain('s3cr3t-value');
  });

  it('refuses an object declared twice, naming both places', () => {
    expect(() =>
      diffManifestFiles(
        {},
        { 'a.yaml': file(namespace), 'b.yaml': file(namespace) },
      ),
    ).toThrow(
      'Namespace clusters is declared twice: in desired file a.yaml (document 1) and in desired file b.yaml (document 1)',
    );
  });

  it('refuses an object without a name, naming the file', () => {
    expect(() =>
      diffManifestFiles(
        {
          'c.yaml': file({ apiVersion: 'v1', kind: 'ConfigMap', metadata: {} }),
        },
        {},
      ),
    ).toThrow(
      'current file c.yaml (document 1): ConfigMap has no metadata.name; every object needs a name',
    );
  });
});
