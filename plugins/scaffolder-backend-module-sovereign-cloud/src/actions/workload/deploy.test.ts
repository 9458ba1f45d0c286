import { InputError, NotAllowedError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { sovereignCloudWorkloadDeployPermission } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'yaml';
import {
  workloadActionHarness,
  WorkloadServerName,
} from '../../__testUtils__/workloadActionHarness';
import { crdsFor } from '@sovereign-cloud/plugin-sovereign-cloud-node/testUtils';
import { workloadFleet } from '../../__testUtils__/workloadFleet';
import { createWorkloadDeployAction } from './deploy';
import { examples } from './deploy.examples';
import { ledgerWorkload } from './place.examples';

const customKinds = crdsFor(
  [
    ['networking.k8s.io/v1', 'NetworkPolicy'],
    ['policy.karmada.io/v1alpha1', 'PropagationPolicy'],
    ['policy.karmada.io/v1alpha1', 'OverridePolicy'],
    ['argoproj.io/v1alpha1', 'ApplicationSet'],
  ].map(([apiVersion, kind]) => ({ apiVersion, kind })),
);

describe('sovereign-cloud:workload:deploy', () => {
  const h = workloadActionHarness({
    customKinds,
    createAction: createWorkloadDeployAction,
  });
  const { run, patches, expectNoCanary, mockDir } = h;

  it('applies resource templates and policies to the Karmada API server, limited to the allowed clusters', async () => {
    const { outputs, error, auditor, permissions } = await run({
      workload: ledgerWorkload,
      engine: 'karmada',
    });
    expect(error).toBeUndefined();
    const karmada = h.servers.karmada;
    expect(outputs.applied[0]).toBe('karmada: Namespace payments');
    expect(outputs.applied).toContain('karmada: StatefulSet payments/ledger');
    expect(outputs.applied).toContain(
      'karmada: PropagationPolicy payments/ledger',
    );
    const statefulSet = karmada.get({
      apiVersion: 'apps/v1',
      kind: 'StatefulSet',
      namespace: 'payments',
      name: 'ledger',
    })!;
    expect((statefulSet.spec as any).replicas).toBe(6);
    const policy = karmada.get({
      apiVersion: 'policy.karmada.io/v1alpha1',
      kind: 'PropagationPolicy',
      namespace: 'payments',
      name: 'ledger',
    })!;
    // A later reschedule can never reach the US cluster.
    expect((policy.spec as any).placement.clusterAffinity.clusterNames).toEqual(
      ['hz-fsn1', 'ionos-txl', 'scw-par'],
    );
    expect(statefulSet.metadata.managedFields?.map(m => m.manager)).toEqual([
      'sovereign-cloud-scaffolder',
    ]);
    expect(patches('karmada')).toHaveLength(outputs.applied.length);
    expect(patches('karmada').every(r => r.query.dryRun === undefined)).toBe(
      true,
    );
    // Nothing goes to the member clusters directly.
    expect(patches('hz')).toHaveLength(0);
    expect(auditor.createEvent).toHaveBeenCalledWith(
      expect.objectContaining({
        eventId: 'workload-deploy',
        meta: expect.objectContaining({
          workload: 'payments/ledger',
          engine: 'karmada',
          targets: ['karmada'],
        }),
      }),
    );
    expect(permissions.authorize).toHaveBeenCalledWith(
      [{ permission: sovereignCloudWorkloadDeployPermission }],
      { credentials: expect.anything() },
    );
    expect(outputs.placementId).toMatch(/^p-[0-9a-f]{12}$/);
    expectNoCanary(JSON.stringify(outputs), ...h.lines);
  });

  it('validates on the server with dryRun=All and stores nothing in a dry run', async () => {
    h.servers.karmada.load({
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: 'payments' },
    });
    const { outputs, error, auditor } = await run(
      { workload: ledgerWorkload, engine: 'karmada' },
      { isDryRun: true },
    );
    expect(error).toBeUndefined();
    expect(outputs.applied.length).toBeGreaterThan(3);
    expect(patches('karmada')).toHaveLength(outputs.applied.length);
    expect(patches('karmada').every(r => r.query.dryRun === 'All')).toBe(true);
    expect(
      h.servers.karmada.get({
        apiVersion: 'apps/v1',
        kind: 'StatefulSet',
        namespace: 'payments',
        name: 'ledger',
      }),
    ).toBeUndefined();
    expect(h.checkpoints.size).toBe(0);
    expect(auditor.createEvent).not.toHaveBeenCalled();
  });

  it('reports what was applied when it fails half way, and converges on retry without applying twice', async () => {
    const removeFault = h.servers.karmada.faults.inject({
      method: 'PATCH',
      path: /\/propagationpolicies\/ledger$/,
      status: 500,
    });
    const first = await run({ workload: ledgerWorkload, engine: 'karmada' });
    expect(first.error).toBeDefined();
    expect(first.error!.message).toContain(
      'Could not apply PropagationPolicy payments/ledger to Karmada API server karmada',
    );
    expect(first.outputs.applied).toContain('karmada: Namespace payments');
    expect(first.outputs.applied).toContain(
      'karmada: StatefulSet payments/ledger',
    );
    expect(first.outputs.applied).not.toContain(
      'karmada: PropagationPolicy payments/ledger',
    );
    const [event] = await (
      first.auditor.createEvent as jest.Mock
    ).mock.results[0].value.then((e: unknown) => [e]);
    expect(event.fail).toHaveBeenCalledWith(
      expect.objectContaining({
        meta: { applied: first.outputs.applied },
      }),
    );

    removeFault();
    const before = first.outputs.applied.length;
    h.servers.karmada.clearRequests();
    const second = await run({ workload: ledgerWorkload, engine: 'karmada' });
    expect(second.error).toBeUndefined();
    // Only what had not been applied is sent again.
    expect(patches('karmada')).toHaveLength(
      second.outputs.applied.length - before,
    );
    expect(patches('karmada')[0].path).toMatch(
      /\/propagationpolicies\/ledger$/,
    );
    expectNoCanary(first.error!.message, ...h.lines);
  });

  it('takes the Karmada API server from config, and names the field when it is not configured', async () => {
    const wrong = await run({
      workload: ledgerWorkload,
      engine: 'karmada',
      karmada: { cluster: 'nowhere' },
    });
    expect(wrong.error).toBeInstanceOf(InputError);
    expect(wrong.error!.message).toBe(
      'karmada.cluster: "nowhere" is not in sovereignCloud.kubernetes.clusters (configured: karmada, argocd, hz, ionos, scw)',
    );
    const missing = await run(
      { workload: ledgerWorkload, engine: 'karmada' },
      { workloads: null },
    );
    expect(missing.error!.message).toBe(
      'karmada.cluster: names the Karmada API server; give it or set sovereignCloud.workloads.karmada.cluster',
    );
    expect(patches('karmada')).toHaveLength(0);
  });

  it('server-side applies to each chosen cluster directly, with its replicas and storage class', async () => {
    const { outputs, error } = await run({
      workload: ledgerWorkload,
      engine: 'direct',
    });
    expect(error).toBeUndefined();
    const expected: [WorkloadServerName, string][] = [
      ['hz', 'ceph-block'],
      ['ionos', 'longhorn'],
      ['scw', 'simplyblock'],
    ];
    for (const [name, storageClass] of expected) {
      const stored = h.servers[name].get({
        apiVersion: 'apps/v1',
        kind: 'StatefulSet',
        namespace: 'payments',
        name: 'ledger',
      })!;
      expect((stored.spec as any).replicas).toBe(2);
      expect(
        (stored.spec as any).volumeClaimTemplates[0].spec.storageClassName,
      ).toBe(storageClass);
      expect(outputs.applied).toContain(`${name}: Namespace payments`);
    }
    expect(patches('karmada')).toHaveLength(0);
    // The secret is referenced, never copied.
    const stored = h.servers.hz.get({
      apiVersion: 'apps/v1',
      kind: 'StatefulSet',
      namespace: 'payments',
      name: 'ledger',
    })!;
    expect(JSON.stringify(stored)).toContain('"secretKeyRef"');
    expectNoCanary(JSON.stringify(outputs), ...h.lines);
  });

  it('on a failure at a later cluster, reports what the earlier clusters got', async () => {
    h.servers.scw.faults.inject({
      method: 'PATCH',
      path: /\/statefulsets\/ledger$/,
      status: 500,
    });
    const { outputs, error } = await run({
      workload: ledgerWorkload,
      engine: 'direct',
    });
    expect(error!.message).toContain(
      'Deploying to cluster scw-par (scw) failed after applying to earlier clusters (hz: Namespace payments',
    );
    expect(outputs.applied).toContain('hz: StatefulSet payments/ledger');
    expect(outputs.applied).toContain('ionos: StatefulSet payments/ledger');
    expect(outputs.applied).toContain('scw: Namespace payments');
    expect(outputs.applied).not.toContain('scw: StatefulSet payments/ledger');
    expectNoCanary(error!.message, ...h.lines);
  });

  it('refuses direct delivery when a chosen cluster names no configured cluster, before applying anything', async () => {
    const entities = workloadFleet();
    delete (entities[1].metadata as any).annotations;
    const { error } = await run(
      { workload: ledgerWorkload, engine: 'direct' },
      { entities },
    );
    expect(error).toBeInstanceOf(InputError);
    expect(error!.message).toContain(
      'engine: direct delivery needs a configured cluster for every chosen cluster: SovereignCluster default/ionos-txl has no sovereign-cloud.io/kubernetes-cluster annotation',
    );
    expect(patches('hz')).toHaveLength(0);
  });

  it('writes the ApplicationSet and per-cluster files into the workspace for a publish step', async () => {
    const { outputs, error, auditor } = await run({
      workload: ledgerWorkload,
      engine: 'argocd',
    });
    expect(error).toBeUndefined();
    expect(outputs.files).toContain(
      'workloads/payments/ledger/applicationset.yaml',
    );
    expect(outputs.files).toContain(
      'workloads/payments/ledger/hz-fsn1/workload.yaml',
    );
    expect(outputs.files).not.toContain(
      'workloads/payments/ledger/aws-use1/workload.yaml',
    );
    const text = fs.readFileSync(
      path.join(
        mockDir.resolve('workspace'),
        'workloads/payments/ledger/applicationset.yaml',
      ),
      'utf8',
    );
    const applicationSet = yaml.parse(text);
    expect(applicationSet.kind).toBe('ApplicationSet');
    expect(applicationSet.spec.template.spec.source.repoURL).toBe(
      'https://git.example.eu/platform/workloads.git',
    );
    expect(outputs.applied).toBeUndefined();
    expect(patches('argocd')).toHaveLength(0);
    expect(auditor.createEvent).not.toHaveBeenCalled();
  });

  it('applies the ApplicationSet to the Argo CD cluster with apply: true', async () => {
    h.servers.argocd.load({
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: 'argocd' },
    });
    const { outputs, error } = await run({
      workload: ledgerWorkload,
      engine: 'argocd',
      argocd: { apply: true, path: 'apps/ledger' },
    });
    expect(error).toBeUndefined();
    expect(outputs.applied).toEqual([
      'argocd: ApplicationSet argocd/payments-ledger',
    ]);
    expect(outputs.files).not.toContain('apps/ledger/applicationset.yaml');
    expect(
      h.servers.argocd.list('argoproj.io/v1alpha1', 'ApplicationSet', 'argocd'),
    ).toHaveLength(1);
  });

  it('fails with the planner’s reason when the workload cannot be placed, applying nothing', async () => {
    const { outputs, error } = await run({
      workload: {
        ...ledgerWorkload,
        sovereignty: { allowedJurisdictions: ['CH'] },
      },
      engine: 'karmada',
    });
    expect(error).toBeInstanceOf(InputError);
    expect(error!.message).toMatch(
      /^workload: "ledger" cannot be placed: no cluster passes the filters \(4 clusters/,
    );
    expect(outputs.plan.schedulable).toBe(false);
    expect(outputs.applied).toBeUndefined();
    expect(patches('karmada')).toHaveLength(0);
  });

  it('names the bad field, and never repeats an inline secret', async () => {
    const unpinned = await run({
      workload: {
        ...ledgerWorkload,
        template: { image: 'registry.example.eu/payments/ledger' },
      },
      engine: 'direct',
    });
    expect(unpinned.error).toBeInstanceOf(InputError);
    expect(unpinned.error!.message).toBe(
      'workload.template.image: must pin a tag or digest (name:tag or name@sha256:…)',
    );
    const secret = `s3cr3t-${randomBytes(8).toString('hex')}`;
    const inline = await run({
      workload: {
        ...ledgerWorkload,
        template: {
          ...ledgerWorkload.template,
          env: [{ name: 'DB_PASSWORD', value: secret }],
        },
      },
      engine: 'direct',
    });
    expect(inline.error!.message).toContain('workload.template.env[0].value');
    expect(inline.error!.message).not.toContain(secret);
    expect(h.lines.join('\n')).not.toContain(secret);
    expect(patches('hz')).toHaveLength(0);
  });

  it('refuses an initiator without the deploy permission', async () => {
    const { error, outputs } = await run(
      { workload: ledgerWorkload, engine: 'karmada' },
      { result: AuthorizeResult.DENY },
    );
    expect(error).toBeInstanceOf(NotAllowedError);
    expect(error!.message).toContain('sovereign-cloud.workload.deploy');
    expect(outputs).toEqual({});
    expect(patches('karmada')).toHaveLength(0);
  });

  it('runs every example in a dry run', async () => {
    for (const example of examples) {
      const { steps } = yaml.parse(example.example);
      const input = { ...steps[0].input };
      if (input.karmada) input.karmada = { cluster: 'karmada' };
      const { error } = await run(input, { isDryRun: true });
      expect(error).toBeUndefined();
    }
  });
});
