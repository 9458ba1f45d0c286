import { InputError, NotAllowedError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { sovereignCloudWorkloadDeployPermission } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'yaml';
import {
  workloadActionHarness,
  WORKLOAD_SERVERS,
  WorkloadServerName,
} from '../../__testUtils__/workloadActionHarness';
import { crdsFor } from '@sovereign-cloud/plugin-sovereign-cloud-node/testUtils';
import { createWorkloadExposeAction } from './expose';
import { examples, ledgerEdge } from './expose.examples';
import { ledgerWorkload } from './place.examples';

const customKinds = [
  ...crdsFor(
    [
      ['gateway.networking.k8s.io/v1', 'Gateway'],
      ['gateway.networking.k8s.io/v1', 'HTTPRoute'],
      ['cert-manager.io/v1', 'Certificate'],
      ['k8gb.io/v1beta1', 'Gslb'],
      ['policy.karmada.io/v1alpha1', 'PropagationPolicy'],
      ['policy.karmada.io/v1alpha1', 'OverridePolicy'],
    ].map(([apiVersion, kind]) => ({ apiVersion, kind })),
  ),
  // Cluster-scoped kinds.
  ...crdsFor(
    [
      ['cert-manager.io/v1', 'ClusterIssuer'],
      ['policy.karmada.io/v1alpha1', 'ClusterPropagationPolicy'],
    ].map(([apiVersion, kind]) => ({ apiVersion, kind })),
    { scope: 'Cluster' },
  ),
];

describe('sovereign-cloud:workload:expose', () => {
  const h = workloadActionHarness({
    customKinds,
    createAction: createWorkloadExposeAction,
  });
  const { run, patches, expectNoCanary, mockDir } = h;

  // A dry run applies nothing, so the workload's namespace must exist already.
  const deployed = (...names: WorkloadServerName[]) =>
    names.forEach(name =>
      h.servers[name].load({
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: { name: 'payments' },
      }),
    );

  const gateway = (server: WorkloadServerName) =>
    h.servers[server].get({
      apiVersion: 'gateway.networking.k8s.io/v1',
      kind: 'Gateway',
      namespace: 'payments',
      name: 'ledger-edge',
    });

  it('applies the Gateway, HTTPRoute and Certificate to each chosen cluster directly, never to the excluded one', async () => {
    const { outputs, error, auditor } = await run({
      workload: ledgerWorkload,
      edge: ledgerEdge,
      engine: 'direct',
    });
    expect(error).toBeUndefined();
    expect(outputs.hostname).toBe('ledger.payments.example.eu');
    for (const server of ['hz', 'ionos', 'scw'] as const) {
      const gw = gateway(server)!;
      expect((gw.spec as any).gatewayClassName).toBe('cilium');
      const route = h.servers[server].get({
        apiVersion: 'gateway.networking.k8s.io/v1',
        kind: 'HTTPRoute',
        namespace: 'payments',
        name: 'ledger',
      });
      expect((route!.spec as any).hostnames).toEqual([
        'ledger.payments.example.eu',
      ]);
      const certificates = h.servers[server].list(
        'cert-manager.io/v1',
        'Certificate',
        'payments',
      );
      expect(certificates).toHaveLength(1);
      expect((certificates[0].spec as any).dnsNames).toContain(
        'ledger.payments.example.eu',
      );
      expect(outputs.applied).toContain(
        `${server}: Gateway payments/ledger-edge`,
      );
    }
    // The US cluster is not chosen and has no configured cluster at all; nothing else got anything.
    expect(patches('karmada')).toHaveLength(0);
    expect(patches('argocd')).toHaveLength(0);
    expect(auditor.createEvent).toHaveBeenCalledWith(
      expect.objectContaining({
        eventId: 'workload-expose',
        meta: expect.objectContaining({
          workload: 'payments/ledger',
          hostname: 'ledger.payments.example.eu',
          engine: 'direct',
        }),
      }),
    );
    expectNoCanary(JSON.stringify(outputs), ...h.lines);

    // Idempotent: a retry of the task applies nothing again.
    const before = patches('hz').length;
    const again = await run({
      workload: ledgerWorkload,
      edge: ledgerEdge,
      engine: 'direct',
    });
    expect(again.error).toBeUndefined();
    expect(patches('hz')).toHaveLength(before);
  });

  it('keeps what reached the healthy clusters when one cluster behind the entry is down, and finishes on retry', async () => {
    const restore = h.servers.scw.faults.inject({ status: 500 });
    const first = await run({
      workload: ledgerWorkload,
      edge: ledgerEdge,
      engine: 'direct',
    });
    expect(first.error?.message).toMatch(/scw/);
    expect(gateway('hz')).toBeDefined();
    expect(gateway('ionos')).toBeDefined();
    expect(gateway('scw')).toBeUndefined();
    expect(first.outputs.applied).toEqual(
      expect.arrayContaining(['hz: Gateway payments/ledger-edge']),
    );
    expect(
      (first.outputs.applied as string[]).some(a => a.startsWith('scw:')),
    ).toBe(false);

    // The cluster is back: the task's retry applies only what was left.
    restore();
    const hzPatches = patches('hz').length;
    const retry = await run({
      workload: ledgerWorkload,
      edge: ledgerEdge,
      engine: 'direct',
    });
    expect(retry.error).toBeUndefined();
    expect(gateway('scw')).toBeDefined();
    expect(patches('hz')).toHaveLength(hzPatches);
  });

  it('validates with dryRun=All and stores nothing in a dry run', async () => {
    deployed('hz', 'ionos', 'scw');
    const { outputs, error, auditor } = await run(
      { workload: ledgerWorkload, edge: ledgerEdge, engine: 'direct' },
      { isDryRun: true },
    );
    expect(error).toBeUndefined();
    expect(outputs.applied.length).toBeGreaterThan(3);
    for (const server of ['hz', 'ionos', 'scw'] as const) {
      expect(patches(server).length).toBeGreaterThan(0);
      expect(patches(server).every(r => r.query.dryRun === 'All')).toBe(true);
      expect(gateway(server)).toBeUndefined();
    }
    expect(h.checkpoints.size).toBe(0);
    expect(auditor.createEvent).not.toHaveBeenCalled();
  });

  it('outputs what losing each provider does to the entry of a spread placement', async () => {
    deployed('hz', 'ionos', 'scw');
    const { outputs, error } = await run(
      { workload: ledgerWorkload, edge: ledgerEdge, engine: 'direct' },
      { isDryRun: true },
    );
    expect(error).toBeUndefined();
    expect(outputs.resilience.map((r: any) => [r.provider, r.outcome])).toEqual(
      [
        ['hetzner', 'degrades'],
        ['ionos', 'keeps-serving'],
        ['scaleway', 'degrades'],
      ],
    );
    const ionos = outputs.resilience.find((r: any) => r.provider === 'ionos');
    expect(ionos.remainingClusters).toEqual(['hz-fsn1', 'scw-par']);
    expect(h.lines.join('\n')).toContain('Losing hetzner: degrades');
    // What the component's catalog-info needs for its posture and exit drill.
    expect(outputs.annotations).toEqual({
      'sovereign-cloud.io/edge-hostname': 'ledger.payments.example.eu',
      'sovereign-cloud.io/edge-strategy': 'k8gb',
      'sovereign-cloud.io/edge-dns-service': 'PowerDNS',
      'sovereign-cloud.io/edge-dns-providers': 'hetzner, scaleway',
      'sovereign-cloud.io/edge-tls-issuer': 'acme',
      'sovereign-cloud.io/edge-tls-issuer-country': 'IT',
    });
  });

  it('puts the edge objects on the Karmada API server with a policy limited to the chosen clusters', async () => {
    const { outputs, error } = await run({
      workload: ledgerWorkload,
      edge: ledgerEdge,
      engine: 'karmada',
    });
    expect(error).toBeUndefined();
    expect(outputs.applied).toContain('karmada: Gateway payments/ledger-edge');
    const policy = h.servers.karmada.get({
      apiVersion: 'policy.karmada.io/v1alpha1',
      kind: 'PropagationPolicy',
      namespace: 'payments',
      name: 'ledger-edge',
    })!;
    expect((policy.spec as any).placement.clusterAffinity.clusterNames).toEqual(
      ['hz-fsn1', 'ionos-txl', 'scw-par'],
    );
    expect(
      (policy.spec as any).resourceSelectors.map((s: any) => s.kind),
    ).toEqual(expect.arrayContaining(['Gateway', 'HTTPRoute', 'Certificate']));
    expect(patches('hz')).toHaveLength(0);
  });

  it('adds the edge to each cluster directory Argo CD syncs, in the workspace', async () => {
    const { outputs, error } = await run({
      workload: ledgerWorkload,
      edge: ledgerEdge,
      engine: 'argocd',
    });
    expect(error).toBeUndefined();
    const base = 'workloads/payments/ledger';
    expect(outputs.files).toEqual(
      expect.arrayContaining([
        `${base}/hz-fsn1/edge.yaml`,
        `${base}/scw-par/kustomization.yaml`,
        `${base}/applicationset.yaml`,
      ]),
    );
    const read = (file: string) =>
      fs.readFileSync(path.join(mockDir.resolve('workspace'), file), 'utf8');
    expect(
      yaml.parse(read(`${base}/ionos-txl/kustomization.yaml`)).resources,
    ).toEqual(['workload.yaml', 'edge.yaml']);
    const kinds = yaml
      .parseAllDocuments(read(`${base}/ionos-txl/edge.yaml`))
      .map(d => d.toJS().kind);
    expect(kinds).toEqual(
      expect.arrayContaining(['ClusterIssuer', 'Gateway', 'HTTPRoute', 'Gslb']),
    );
    expect(outputs.files.some((f: string) => f.includes('aws-use1'))).toBe(
      false,
    );
    for (const server of WORKLOAD_SERVERS)
      expect(patches(server)).toHaveLength(0);
  });

  it('names the bad edge field and applies nothing', async () => {
    const { error } = await run({
      workload: ledgerWorkload,
      edge: {
        ...ledgerEdge,
        tls: {
          issuer: {
            ...ledgerEdge.tls.issuer,
            server: 'https://acme-v02.api.letsencrypt.org/directory',
          },
        },
      },
      engine: 'direct',
    });
    expect(error).toBeInstanceOf(InputError);
    expect(error!.message).toMatch(/^edge\.tls\.issuer\.server: /);
    for (const server of WORKLOAD_SERVERS)
      expect(patches(server)).toHaveLength(0);
  });

  it('never repeats a secret given inline instead of by reference', async () => {
    const secret = `s3cr3t-${randomBytes(8).toString('hex')}`;
    const { error, outputs } = await run({
      workload: ledgerWorkload,
      edge: {
        ...ledgerEdge,
        tls: {
          issuer: {
            ...ledgerEdge.tls.issuer,
            solver: {
              type: 'dns01',
              rfc2136: {
                nameserver: 'ns1.example.eu:53',
                tsigKeyName: 'acme-update',
                tsigSecretRef: { name: 'acme-tsig', key: 'secret' },
                tsigSecret: secret,
              },
            },
          },
        },
      },
      engine: 'direct',
    });
    expect(error).toBeInstanceOf(InputError);
    expect(error!.message).toContain('edge.tls.issuer.solver.rfc2136');
    expect(error!.message).not.toContain(secret);
    expect(JSON.stringify(outputs)).not.toContain(secret);
    expect(h.lines.join('\n')).not.toContain(secret);
    expectNoCanary(error!.message, ...h.lines);
  });

  it('refuses an initiator without the deploy permission', async () => {
    const { error, outputs, permissions } = await run(
      { workload: ledgerWorkload, edge: ledgerEdge, engine: 'direct' },
      { result: AuthorizeResult.DENY },
    );
    expect(permissions.authorize).toHaveBeenCalledWith(
      [{ permission: sovereignCloudWorkloadDeployPermission }],
      expect.anything(),
    );
    expect(error).toBeInstanceOf(NotAllowedError);
    expect(error!.message).toContain('sovereign-cloud.workload.deploy');
    expect(outputs).toEqual({});
  });

  it('runs every example in a dry run', async () => {
    deployed(...WORKLOAD_SERVERS);
    for (const example of examples) {
      const { steps } = yaml.parse(example.example);
      const input = { ...steps[0].input };
      if (input.karmada) input.karmada = { cluster: 'karmada' };
      const { error } = await run(input, { isDryRun: true });
      expect(error).toBeUndefined();
    }
  });
});
