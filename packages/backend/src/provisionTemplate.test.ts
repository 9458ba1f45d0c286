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
import { parse } from 'yaml';

// The template exactly as the demo portal's catalog reads it.
const template = parse(
  fs.readFileSync(
    path.resolve(
      __dirname,
      '../../../templates/provision-sovereign-cluster/template.yaml',
    ),
    'utf8',
  ),
);

// What a person fills in: a Hetzner cluster over three EU locations, EU only, at least SEAL-2.
function formValues(policy: Record<string, unknown>) {
  return {
    name: 'hetzner-fsn-apps',
    owner: 'group:default/platform-team',
    placement: { provider: 'hetzner', locations: ['fsn1', 'nbg1', 'hel1'] },
    kubernetesVersion: 'v1.33.4',
    managementCluster: 'mgmt-fra',
    managementNamespace: 'hetzner',
    controlPlane: { replicas: 3, machineType: 'cx33' },
    nodePools: [
      { name: 'fsn-workers', location: 'fsn1', machineType: 'cx42', count: 3 },
      { name: 'nbg-workers', location: 'nbg1', machineType: 'cx42', count: 2 },
      { name: 'hel-workers', location: 'hel1', machineType: 'cx42', count: 2 },
    ],
    network: { overlay: 'cilium-wireguard', mesh: 'resource:default/eu-core' },
    storage: { backend: 'longhorn', replication: 3, failureDomain: 'zone' },
    observability: { enabled: true },
    policy,
    posture: { score: 16.4, seal: 'SEAL-2', provisional: true },
  };
}

describe('the provision-sovereign-cluster template', () => {
  async function dryRun(values: Record<string, unknown>) {
    const backend = await startTestBackend({
      features: [
        scaffolderPlugin,
        scaffolderModuleSovereignCloud,
        catalogServiceMock.factory({ entities: [] }),
        mockServices.rootConfig.factory({
          data: { backend: { baseUrl: 'http://localhost:7007' } },
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

  it('plans the cluster in a dry run and writes its GitOps files: manifests, entity and posture', async () => {
    const res = await dryRun(
      formValues({ allowedJurisdictions: ['EU'], minimumSeal: 'SEAL-2' }),
    );
    expect(res.status).toBe(200);

    const log = res.body.log
      .map((entry: { body: { message: string } }) => entry.body.message)
      .join('\n');
    expect(log).toMatch(
      /Planned cluster hetzner-fsn-apps: \d+ management objects, \d+ files, posture preview SEAL-2 \(provisional\) \(dry run\)/,
    );

    const [posture, plan] = res.body.output.text;
    expect(posture.title).toBe('Posture preview');
    expect(posture.content).toContain('**SEAL-2** (provisional), score');
    expect(posture.content).toContain(
      '- SC-2.01 Exposure of infrastructure providers to extraterritorial law',
    );
    expect(plan.title).toBe('Plan');
    expect(plan.content).toContain('- `Cluster` hetzner-fsn-apps');
    expect(plan.content).toMatch(/- `(Kustomization|Application)` /);
    expect(plan.content).toContain(
      '- `clusters/hetzner-fsn-apps/cluster.yaml`',
    );

    expect(res.body.output.links).toEqual([
      {
        title: 'Provider in the catalog',
        icon: 'cloud',
        entityRef: 'cloudprovider:default/hetzner',
      },
      { title: 'Sovereign fleet', icon: 'dashboard', url: '/sovereign-fleet' },
    ]);

    const files = res.body.directoryContents.map(
      (file: { path: string; base64Content: string }) => ({
        path: file.path,
        text: Buffer.from(file.base64Content, 'base64').toString('utf8'),
      }),
    );
    expect(files.map((file: { path: string }) => file.path)).toEqual(
      expect.arrayContaining([
        'clusters/hetzner-fsn-apps/cluster.yaml',
        'clusters/hetzner-fsn-apps/addons.yaml',
        'clusters/hetzner-fsn-apps/catalog-info.yaml',
      ]),
    );
    const clusterFile = files.find(
      (file: { path: string }) =>
        file.path === 'clusters/hetzner-fsn-apps/cluster.yaml',
    );
    expect(clusterFile.text).toContain('kind: Cluster\n');
    expect(clusterFile.text).toContain('name: hetzner-fsn-apps\n');
    const entityFile = files.find(
      (file: { path: string }) =>
        file.path === 'clusters/hetzner-fsn-apps/catalog-info.yaml',
    );
    expect(parse(entityFile.text)).toMatchObject({
      kind: 'SovereignCluster',
      metadata: { name: 'hetzner-fsn-apps' },
      spec: {
        provider: 'hetzner',
        locations: ['fsn1', 'nbg1', 'hel1'],
        network: { mesh: 'resource:default/eu-core' },
      },
    });
  });

  it('fails a request below its minimum SEAL, naming the field and the binding criteria', async () => {
    const res = await dryRun(
      formValues({ allowedJurisdictions: ['EU'], minimumSeal: 'SEAL-4' }),
    );
    expect(res.status).toBe(400);
    const text = JSON.stringify(res.body);
    expect(text).toContain(
      'policy.minimumSeal: requires SEAL-4, but the posture preview reaches SEAL-2 (provisional); binding criteria: SC-2.01',
    );
  });

  it('fails a location outside the allowed jurisdictions, naming it', async () => {
    const values = formValues({ allowedJurisdictions: ['DE'] });
    values.storage = {
      backend: 'longhorn',
      replication: 3,
      failureDomain: 'host',
    };
    const res = await dryRun(values);
    expect(JSON.stringify(res.body)).toContain(
      'locations[2]: location \\"hel1\\" at hetzner is in FI, outside policy.allowedJurisdictions (DE)',
    );
  });
});
