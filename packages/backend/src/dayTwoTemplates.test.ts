import {
  mockCredentials,
  mockServices,
  startTestBackend,
} from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import scaffolderPlugin from '@backstage/plugin-scaffolder-backend';
import scaffolderModuleSovereignCloud from '@sovereign-cloud/plugin-scaffolder-backend-module-sovereign-cloud';
import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { parse, parseAllDocuments } from 'yaml';
import {
  DemoManagementCluster,
  demoProviderCatalogue,
  startDemoManagementCluster,
} from './demo/startDemoManagementCluster';

jest.setTimeout(120_000);

// The templates and fleet exactly as the demo portal's catalog reads them.
const read = (file: string) =>
  fs.readFileSync(path.resolve(__dirname, '../../..', file), 'utf8');
const templateOf = (name: string) =>
  parse(read(`templates/${name}/template.yaml`));
const entitiesOf = (file: string) =>
  parseAllDocuments(read(file)).flatMap(doc => {
    const value = doc.toJS();
    if (!value) return [];
    return Array.isArray(value) ? value : [value];
  });
const clusters = entitiesOf('examples/fleet/clusters.yaml');
const privateDc = entitiesOf('examples/fleet/private-dc.yaml');
const fleet = [
  ...clusters,
  ...entitiesOf('examples/fleet/components.yaml'),
  ...privateDc,
];

const CLUSTER = 'sovereigncluster:default/hetzner-fsn-prod';

describe('the day-2 templates, dry-run through the scaffolder against the demo management cluster', () => {
  let mgmt: DemoManagementCluster;

  beforeAll(async () => {
    mgmt = await startDemoManagementCluster({
      name: 'mgmt-fra',
      entities: clusters,
      catalogue: demoProviderCatalogue(privateDc),
    });
  });
  afterAll(() => mgmt?.stop());

  async function dryRun(template: string, values: Record<string, unknown>) {
    const backend = await startTestBackend({
      features: [
        scaffolderPlugin,
        scaffolderModuleSovereignCloud,
        catalogServiceMock.factory({ entities: fleet }),
        mockServices.rootConfig.factory({
          data: {
            backend: { baseUrl: 'http://localhost:7007' },
            sovereignCloud: {
              kubernetes: {
                clusters: [{ name: 'mgmt-fra', ...mgmt.kubernetes }],
              },
              provisioning: { managementCluster: 'mgmt-fra' },
            },
          },
        }),
      ],
    });
    try {
      return await request(backend.server)
        .post('/api/scaffolder/v2/dry-run')
        .set('Authorization', mockCredentials.user.header())
        .send({
          template: templateOf(template),
          values,
          directoryContents: [],
        });
    } finally {
      await backend.stop();
    }
  }

  const changeText = (res: request.Response) =>
    res.body.output.text.find((t: { title: string }) => t.title === 'Change')
      .content as string;

  it('upgrade: one minor up, the diff of spec.topology.version with its manager', async () => {
    const res = await dryRun('upgrade-sovereign-cluster', {
      cluster: CLUSTER,
      kubernetesVersion: 'v1.34.1',
      controlPlaneMachineType: 'cx33',
    });
    expect(res.status).toBe(200);
    const text = changeText(res);
    expect(text).toContain('Kubernetes v1.33.4 → v1.34.1');
    expect(text).toContain('spec.topology.version');
    expect(text).toMatch(/1 to update/);
  });

  it('upgrade: refuses skipping a minor', async () => {
    const res = await dryRun('upgrade-sovereign-cluster', {
      cluster: CLUSTER,
      kubernetesVersion: 'v1.35.0',
      controlPlaneMachineType: 'cx33',
    });
    expect(JSON.stringify(res.body)).toContain('one minor at a time');
  });

  it('node pools: scaling one pool changes only its replicas', async () => {
    const entity = clusters.find(c => c.metadata.name === 'hetzner-fsn-prod');
    const pool = entity.spec.nodePools[0];
    const res = await dryRun('change-sovereign-cluster-pools', {
      cluster: CLUSTER,
      controlPlaneMachineType: 'cx33',
      scale: [{ name: pool.name, count: pool.count + 2 }],
    });
    expect(res.status).toBe(200);
    const text = changeText(res);
    expect(text).toContain(`[name=${pool.name}].replicas`);
    expect(text).toContain(`${pool.count} → ${pool.count + 2}`);
    expect(text).not.toContain('spec.topology.version');
  });

  it('add-ons: a new remote-write receiver for the observability stack', async () => {
    const res = await dryRun('change-sovereign-cluster-addons', {
      cluster: CLUSTER,
      controlPlaneMachineType: 'cx33',
      observability: {
        enabled: true,
        remoteWrite: { url: 'https://metrics.example.eu/api/v1/write' },
      },
    });
    expect(res.status).toBe(200);
    expect(changeText(res)).toContain(
      'observability enabled; remote write to https://metrics.example.eu/api/v1/write',
    );
  });
});
