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

// The templates and fleet exactly as the demo portal's catalog reads them.
const read = (file: string) =>
  fs.readFileSync(path.resolve(__dirname, '../../..', file), 'utf8');
const templateOf = (name: string) =>
  parse(read(`templates/${name}/template.yaml`));
const entitiesOf = (file: string) =>
  parseAllDocuments(read(file)).flatMap(doc => {
    const value = doc.toJS();
    // A document is an entity or a list of them.
    if (!value) return [];
    return Array.isArray(value) ? value : [value];
  });
const fleet = [
  ...entitiesOf('examples/fleet/clusters.yaml'),
  ...entitiesOf('examples/fleet/components.yaml'),
  ...entitiesOf('examples/fleet/private-dc.yaml'),
];

async function dryRun(template: unknown, values: Record<string, unknown>) {
  const backend = await startTestBackend({
    features: [
      scaffolderPlugin,
      scaffolderModuleSovereignCloud,
      catalogServiceMock.factory({ entities: fleet }),
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

const workload = {
  name: 'ledger',
  namespace: 'payments',
  replicas: 6,
  resources: { cpuMilli: 250, memoryMiB: 512 },
  template: {
    image: 'registry.example.eu/payments/ledger:1.4.2',
    ports: [{ name: 'http', containerPort: 8080 }],
  },
  placement: {
    replicaScheduling: {
      replicaSchedulingType: 'Divided',
      replicaDivisionPreference: 'Weighted',
    },
  },
  sovereignty: {
    allowedJurisdictions: ['EU'],
    survivesProviderLoss: { minReplicas: 3 },
  },
};

describe('the deploy-sovereign-workload template', () => {
  it('places the workload and writes the Argo CD files in a dry run', async () => {
    const res = await dryRun(templateOf('deploy-sovereign-workload'), {
      workload,
      engine: 'argocd',
      repoURL: 'https://git.example.eu/platform/workloads.git',
      placementPreview: {},
    });
    expect(res.status).toBe(200);
    const [placement, delivered] = res.body.output.text;
    expect(placement.content).toMatch(
      /ledger: 6 replicas \(\w+\) on \d+ clusters/,
    );
    expect(delivered.content).toContain(
      '- `workloads/payments/ledger/applicationset.yaml`',
    );
    const paths = res.body.directoryContents.map(
      (f: { path: string }) => f.path,
    );
    expect(paths).toContain('workloads/payments/ledger/applicationset.yaml');
  });

  it('puts one entry in front of the chosen clusters with the Edge step, in a dry run', async () => {
    // k8gb needs the geo tag of every cluster the placement may choose.
    const geoTags = Object.fromEntries(
      fleet
        .filter(e => e.kind === 'SovereignCluster')
        .map(e => [e.metadata.name, `eu-${e.metadata.name}`]),
    );
    const res = await dryRun(templateOf('deploy-sovereign-workload'), {
      workload,
      engine: 'argocd',
      repoURL: 'https://git.example.eu/platform/workloads.git',
      edge: {
        hostname: 'ledger.payments.example.eu',
        protocol: 'http',
        gatewayClassName: 'cilium',
        tls: {
          issuer: {
            kind: 'acme',
            server: 'https://acme-api.actalis.com/acme/directory',
            operatorCountry: 'IT',
            email: 'platform@example.eu',
            solver: { type: 'http01' },
          },
        },
        globalEntry: {
          strategy: 'k8gb',
          type: 'roundRobin',
          geoTags,
          dns: { service: 'PowerDNS', providers: ['ionos', 'scaleway'] },
        },
      },
    });
    expect(res.status).toBe(200);
    const entry = res.body.output.text.find(
      (t: { title: string }) => t.title === 'Entry point',
    );
    expect(entry.content).toContain(
      '`ledger.payments.example.eu`; losing a provider:',
    );
    expect(entry.content).toMatch(/- ionos: (keeps-serving|degrades) \(/);
    expect(entry.content).toContain(
      "sovereign-cloud.io/edge-dns-providers: 'ionos, scaleway'",
    );
    const files: string[] = res.body.directoryContents.map(
      (f: { path: string }) => f.path,
    );
    // Every cluster the workload goes to also gets the edge objects.
    const chosen = files
      .filter(f => f.endsWith('/workload.yaml'))
      .map(f => f.replace('/workload.yaml', ''));
    expect(chosen.length).toBeGreaterThan(1);
    for (const dir of chosen) expect(files).toContain(`${dir}/edge.yaml`);
  });

  it('fails with the planner’s reason when the workload cannot be placed', async () => {
    const res = await dryRun(templateOf('deploy-sovereign-workload'), {
      workload: { ...workload, sovereignty: { allowedJurisdictions: ['CH'] } },
      engine: 'argocd',
      repoURL: 'https://git.example.eu/platform/workloads.git',
    });
    expect(JSON.stringify(res.body)).toContain(
      'workload: \\"ledger\\" cannot be placed: no cluster passes the filters',
    );
  });
});

describe('the provider-exit-drill template', () => {
  it('runs the exit drill for the picked provider in a dry run', async () => {
    const res = await dryRun(templateOf('provider-exit-drill'), {
      provider: 'cloudprovider:default/hetzner',
    });
    expect(res.status).toBe(200);
    const [drill] = res.body.output.text;
    expect(drill.content).toContain('## Exit drill: leaving hetzner');
    expect(drill.content).toContain('### Fleet posture');
    // payments-api runs on hetzner-fsn-prod among others: it must move or say why not.
    expect(drill.content).toMatch(/\| component:default\/payments-api \|/);
    expect(drill.content).toMatch(/\| After \| 12 \|/);
  });
});
