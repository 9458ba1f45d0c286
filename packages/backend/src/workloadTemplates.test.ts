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

  const clusterNames = fleet
    .filter(e => e.kind === 'SovereignCluster')
    .map(e => e.metadata.name as string);
  const acme = {
    kind: 'acme',
    server: 'https://acme-api.actalis.com/acme/directory',
    operatorCountry: 'IT',
    email: 'platform@example.eu',
    solver: { type: 'http01' },
  };

  it('puts external-dns health-checked records in front of the chosen clusters', async () => {
    const sites = Object.fromEntries(
      clusterNames.map((name, i) => [
        name,
        {
          address: `198.51.100.${i + 10}`,
          healthCheck: [{ name: 'health-check-id', value: `hc-${name}` }],
        },
      ]),
    );
    const res = await dryRun(templateOf('deploy-sovereign-workload'), {
      workload,
      engine: 'argocd',
      repoURL: 'https://git.example.eu/platform/workloads.git',
      edge: {
        hostname: 'ledger.payments.example.eu',
        gatewayClassName: 'cilium',
        tls: { issuer: acme },
        globalEntry: {
          strategy: 'external-dns',
          sites,
          dns: { service: 'deSEC', providers: ['desec'] },
        },
      },
    });
    expect(res.status).toBe(200);
    const files = res.body.directoryContents as {
      path: string;
      base64Content: string;
    }[];
    const edges = files.filter(f => f.path.endsWith('/edge.yaml'));
    expect(edges.length).toBeGreaterThan(1);
    const text = Buffer.from(edges[0].base64Content, 'base64').toString();
    expect(text).toContain('kind: DNSEndpoint');
    expect(text).toContain('ledger.payments.example.eu');
  });

  it('announces one anycast address from the private sites the workload is placed on', async () => {
    const privateSites = fleet
      .filter(
        e =>
          e.kind === 'SovereignCluster' && e.spec.provider === 'rhein-main-dc',
      )
      .map(e => e.metadata.name as string);
    const others = [
      ...new Set(
        fleet
          .filter(e => e.kind === 'SovereignCluster')
          .map(e => e.spec.provider as string)
          .filter(p => p !== 'rhein-main-dc'),
      ),
    ];
    const res = await dryRun(templateOf('deploy-sovereign-workload'), {
      workload: {
        ...workload,
        sovereignty: {
          allowedJurisdictions: ['EU'],
          excludedProviders: others,
        },
      },
      engine: 'argocd',
      repoURL: 'https://git.example.eu/platform/workloads.git',
      edge: {
        hostname: 'ledger.payments.example.eu',
        gatewayClassName: 'cilium',
        tls: { issuer: { kind: 'ca', secretName: 'platform-ca' } },
        globalEntry: {
          strategy: 'anycast',
          address: '203.0.113.10',
          sites: Object.fromEntries(
            privateSites.map((name, i) => [
              name,
              {
                myASN: 64600 + i,
                peers: [{ address: '10.0.0.1', asn: 64512 }],
              },
            ]),
          ),
        },
      },
    });
    expect(res.status).toBe(200);
    const files = res.body.directoryContents as {
      path: string;
      base64Content: string;
    }[];
    const edges = files.filter(f => f.path.endsWith('/edge.yaml'));
    expect(edges.length).toBeGreaterThan(1);
    expect(edges.every(f => privateSites.includes(f.path.split('/')[3]))).toBe(
      true,
    );
    for (const edge of edges) {
      const text = Buffer.from(edge.base64Content, 'base64').toString();
      expect(text).toContain('kind: IPAddressPool');
      expect(text).toContain('203.0.113.10/32');
      expect(text).toContain('kind: BGPAdvertisement');
    }
    const entry = res.body.output.text.find(
      (t: { title: string }) => t.title === 'Entry point',
    );
    expect(entry.content).toContain(
      "sovereign-cloud.io/edge-strategy: 'anycast'",
    );
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
