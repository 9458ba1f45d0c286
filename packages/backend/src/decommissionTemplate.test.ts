import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import scaffolderPlugin from '@backstage/plugin-scaffolder-backend';
import scaffolderModuleSovereignCloud from '@sovereign-cloud/plugin-scaffolder-backend-module-sovereign-cloud';
import { KubernetesTestServer } from '@sovereign-cloud/plugin-sovereign-cloud-node/testUtils';
import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { parse, parseAllDocuments } from 'yaml';

// The template and fleet exactly as the demo portal's catalog reads them.
const read = (file: string) =>
  fs.readFileSync(path.resolve(__dirname, '../../..', file), 'utf8');
const template = parse(
  read('templates/decommission-sovereign-cluster/template.yaml'),
);
const entitiesOf = (file: string) =>
  parseAllDocuments(read(file)).flatMap(doc => {
    const value = doc.toJS();
    if (!value) return [];
    return Array.isArray(value) ? value : [value];
  });
const fleet = [
  ...entitiesOf('examples/fleet/clusters.yaml'),
  ...entitiesOf('examples/fleet/components.yaml'),
  ...entitiesOf('examples/fleet/private-dc.yaml'),
];

const token = 'mgmt-fra-test-token';
const capiCluster = {
  apiVersion: 'cluster.x-k8s.io/v1beta2',
  kind: 'Cluster',
  metadata: { name: 'aws-esc-brb', namespace: 'aws-esc' },
  spec: {},
};
const crd = {
  apiVersion: 'apiextensions.k8s.io/v1',
  kind: 'CustomResourceDefinition',
  metadata: { name: 'clusters.cluster.x-k8s.io' },
  spec: {
    group: 'cluster.x-k8s.io',
    names: { kind: 'Cluster', listKind: 'ClusterList', plural: 'clusters' },
    scope: 'Namespaced',
    versions: [
      {
        name: 'v1beta2',
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

describe('the decommission-sovereign-cluster template', () => {
  let server: KubernetesTestServer;

  beforeEach(async () => {
    server = await KubernetesTestServer.start({
      name: 'mgmt-fra',
      token,
      objects: [
        crd,
        { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'aws-esc' } },
      ],
    });
    server.load(capiCluster);
  });
  afterEach(async () => {
    await server.stop();
  });

  async function dryRun(values: Record<string, unknown>, entities = fleet) {
    const backend = await startTestBackend({
      features: [
        scaffolderPlugin,
        scaffolderModuleSovereignCloud,
        catalogServiceMock.factory({ entities }),
        mockServices.rootConfig.factory({
          data: {
            backend: { baseUrl: 'http://localhost:7007' },
            sovereignCloud: {
              kubernetes: {
                clusters: [{ name: 'mgmt-fra', url: server.url, token }],
              },
            },
          },
        }),
      ],
    });
    try {
      return await request(backend.server)
        .post('/api/scaffolder/v2/dry-run')
        .set('Authorization', mockCredentials.user.header())
        .send({ template, values, directoryContents: [] });
    } finally {
      await backend.stop();
    }
  }

  it('shows in a dry run that a cluster with placed workloads would be refused, with the list and the re-plan', async () => {
    const res = await dryRun({
      cluster: 'sovereigncluster:default/hetzner-fsn-prod',
      confirm: 'hetzner-fsn-prod',
    });
    expect(res.status).toBe(200);
    const [summary] = res.body.output.text;
    expect(summary.content).toContain(
      '## Decommission of sovereigncluster:default/hetzner-fsn-prod would be refused',
    );
    expect(summary.content).toMatch(
      /\| component:default\/payments-api \| 2 \| moves to /,
    );
    expect(JSON.stringify(res.body.log)).toContain(
      'cannot decommission sovereigncluster:default/hetzner-fsn-prod while workloads are placed on it: default/payments-api (2 replicas)',
    );
    expect(server.requests.filter(r => r.method === 'DELETE')).toHaveLength(0);
  });

  it('previews the deletion of an idle cluster without deleting it', async () => {
    const res = await dryRun({
      cluster: 'sovereigncluster:default/aws-esc-brb',
      confirm: 'aws-esc-brb',
    });
    expect(res.status).toBe(200);
    const [summary] = res.body.output.text;
    expect(summary.content).toContain('(dry run, nothing changed)');
    expect(summary.content).toContain(
      '- Cluster aws-esc/aws-esc-brb on management cluster mgmt-fra',
    );
    const deletes = server.requests.filter(r => r.method === 'DELETE');
    expect(deletes.map(r => r.query.dryRun)).toEqual(['All']);
    expect(
      server.get({
        apiVersion: capiCluster.apiVersion,
        kind: 'Cluster',
        namespace: 'aws-esc',
        name: 'aws-esc-brb',
      }),
    ).toBeDefined();
  });

  it("previews a mesh member's decommission: its ClusterMesh slot stays reserved until the cluster is gone", async () => {
    server.load({
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: 'hetzner' },
    });
    server.load({
      ...capiCluster,
      metadata: { name: 'hetzner-hel-dr', namespace: 'hetzner' },
    });
    // identity-service is the only workload placed on hetzner-hel-dr (eu-core mesh).
    const idle = fleet.filter(e => e.metadata?.name !== 'identity-service');
    const res = await dryRun(
      {
        cluster: 'sovereigncluster:default/hetzner-hel-dr',
        confirm: 'hetzner-hel-dr',
      },
      idle,
    );
    expect(res.status).toBe(200);
    const [summary] = res.body.output.text;
    expect(summary.content).toContain(
      '- Cluster hetzner/hetzner-hel-dr on management cluster mgmt-fra',
    );
    // No sovereign-cloud backend here: the records cannot be read, the slot is still kept.
    expect(summary.content).toContain(
      'Would remove it from mesh eu-core. Its slot (the provisioning records could not be read) would stay reserved until the management cluster no longer has the cluster, then be freed automatically.',
    );
    expect(summary.content).not.toMatch(/\bfreed ClusterMesh ID\b/);
  });

  it('fails when the typed name does not match', async () => {
    const res = await dryRun({
      cluster: 'sovereigncluster:default/aws-esc-brb',
      confirm: 'aws-esc',
    });
    expect(JSON.stringify(res.body)).toContain(
      'confirm: type the cluster name \\"aws-esc-brb\\" exactly to decommission it',
    );
    expect(server.requests.filter(r => r.method === 'DELETE')).toHaveLength(0);
  });
});
