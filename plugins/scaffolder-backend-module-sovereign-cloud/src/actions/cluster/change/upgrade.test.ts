import { InputError, NotAllowedError } from '@backstage/errors';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { ApplyConflictError } from '@sovereign-cloud/plugin-sovereign-cloud-node';
import yaml from 'yaml';
import {
  CLUSTER_REF,
  Harness,
  startHarness,
} from './__testUtils__/changeTestHarness';
import { createClusterUpgradeAction } from './upgrade';
import { examples } from './upgrade.examples';

jest.setTimeout(30_000);

describe('sovereign-cloud:cluster:upgrade', () => {
  let h: Harness;

  afterEach(async () => {
    await h?.stop();
  });

  it('dry run: diff shows spec.topology.version and its manager, the server keeps its version', async () => {
    h = await startHarness();
    const services = h.services();
    const { error, outputs } = await h.run(
      createClusterUpgradeAction(services),
      { kubernetesVersion: 'v1.34.1' },
      { isDryRun: true },
    );
    expect(error).toBeUndefined();
    expect(outputs.summary).toBe('Kubernetes v1.33.4 → v1.34.1');
    const cluster = outputs.diff.find((d: any) => d.kind === 'Cluster');
    expect(cluster).toMatchObject({
      action: 'update',
      name: 'hetzner-eu-prod',
    });
    expect(cluster.fields).toEqual([
      {
        path: 'spec.topology.version',
        change: 'changed',
        before: 'v1.33.4',
        after: 'v1.34.1',
        managers: ['sovereign-cloud-scaffolder'],
      },
    ]);
    expect(
      outputs.diff
        .filter((d: any) => d.kind !== 'Cluster')
        .map((d: any) => d.action),
    ).toEqual(['unchanged', 'unchanged']);
    expect(outputs.diffSummary).toContain('spec.topology.version');
    expect(outputs.posture.before.sealLabel).toEqual(expect.any(String));
    expect(outputs.posture.after.sealLabel).toEqual(expect.any(String));
    expect(h.liveCluster().spec.topology.version).toBe('v1.33.4');
    expect(h.records.changes.size).toBe(0);
    expect(services.auditor.createEvent).not.toHaveBeenCalled();
    expect(services.permissions.authorize).toHaveBeenCalledWith(
      [
        expect.objectContaining({
          permission: expect.objectContaining({
            name: 'sovereign-cloud.cluster.update',
          }),
          resourceRef: CLUSTER_REF,
        }),
      ],
      expect.anything(),
    );
  });

  it('applies the version, records planned then applied, audits the change', async () => {
    h = await startHarness();
    const services = h.services();
    const { error, outputs } = await h.run(
      createClusterUpgradeAction(services),
      {
        kubernetesVersion: 'v1.34.1',
      },
    );
    expect(error).toBeUndefined();
    expect(h.liveCluster().spec.topology.version).toBe('v1.34.1');
    expect(outputs.applied).toContain('Cluster hetzner/hetzner-eu-prod');
    const change = h.records.changes.get(
      'change-task:sovereign-cloud:cluster:upgrade',
    )!;
    expect(change).toMatchObject({
      cluster: CLUSTER_REF,
      kind: 'upgrade',
      status: 'applied',
      summary: 'Kubernetes v1.33.4 → v1.34.1',
      mode: 'apply',
    });
    expect(services.auditor.createEvent).toHaveBeenCalledWith(
      expect.objectContaining({ eventId: 'cluster-change' }),
    );

    // The same upgrade again, in a new task: nothing left to do.
    h.checkpoints.clear();
    const again = await h.run(
      createClusterUpgradeAction(h.services()),
      { kubernetesVersion: 'v1.34.1' },
      { taskId: 'second-task' },
    );
    expect(again.error).toBeUndefined();
    expect(again.outputs.summary).toBe('Kubernetes v1.34.1 already running');
    expect(again.outputs.diff.map((d: any) => d.action)).toEqual([
      'unchanged',
      'unchanged',
      'unchanged',
    ]);
  });

  it('refuses skipping a minor and naming a version the ClusterClass does not support', async () => {
    h = await startHarness();
    const skip = await h.run(createClusterUpgradeAction(h.services()), {
      kubernetesVersion: 'v1.35.0',
    });
    expect(skip.error).toBeInstanceOf(InputError);
    expect(skip.error!.message).toContain(
      'kubernetesVersion: one minor at a time: upgrade to v1.34 first',
    );
    await h.stop();

    h = await startHarness({ kubernetesVersion: 'v1.35.2' });
    const unsupported = await h.run(createClusterUpgradeAction(h.services()), {
      kubernetesVersion: 'v1.36.0',
    });
    expect(unsupported.error!.message).toContain(
      'v1.36.0 is not supported by ClusterClass sovereign-hetzner-v1',
    );
    expect(h.liveCluster().spec.topology.version).toBe('v1.35.2');
  });

  it('fails naming field and manager when another manager owns the version', async () => {
    h = await startHarness();
    await h.client.apply(
      [
        {
          apiVersion: h.clusterId.apiVersion,
          kind: 'Cluster',
          metadata: {
            name: h.clusterId.name,
            namespace: h.clusterId.namespace,
          },
          spec: { topology: { version: 'v1.33.5' } },
        } as any,
      ],
      { fieldManager: 'platform-oncall', force: true },
    );
    const { error } = await h.run(createClusterUpgradeAction(h.services()), {
      kubernetesVersion: 'v1.34.1',
    });
    expect(error).toBeInstanceOf(ApplyConflictError);
    expect(error!.message).toMatch(/spec\.topology\.version.*platform-oncall/);
    expect(h.liveCluster().spec.topology.version).toBe('v1.33.5');
  });

  it('records a failed apply and finishes on retry', async () => {
    h = await startHarness();
    // The add-on Kustomization cannot be applied: its kind is not served.
    const kustomizations = 'kustomizations.kustomize.toolkit.fluxcd.io';
    const crd = {
      apiVersion: 'apiextensions.k8s.io/v1',
      kind: 'CustomResourceDefinition',
      name: kustomizations,
    };
    const saved = h.server.get(crd)!;
    await h.client.delete(crd);
    const first = await h.run(createClusterUpgradeAction(h.services()), {
      kubernetesVersion: 'v1.34.1',
    });
    expect(first.error).toBeDefined();
    const id = 'change-task:sovereign-cloud:cluster:upgrade';
    expect(h.records.changes.get(id)).toMatchObject({ status: 'failed' });
    expect(h.records.changes.get(id)!.error).toMatch(/Kustomization/);
    expect(h.liveCluster().spec.topology.version).toBe('v1.34.1');

    const { metadata, ...body } = saved;
    await h.client.apply(
      [{ ...body, metadata: { name: metadata.name } } as any],
      {
        fieldManager: 'test-setup',
      },
    );
    const before = h.server.requests.filter(r => r.method === 'PATCH').length;
    const retry = await h.run(createClusterUpgradeAction(h.services()), {
      kubernetesVersion: 'v1.34.1',
    });
    expect(retry.error).toBeUndefined();
    expect(h.records.changes.get(id)).toMatchObject({ status: 'applied' });
    // Only the Kustomization was applied for real; the rest were checkpointed.
    const patches = h.server.requests
      .filter(r => r.method === 'PATCH')
      .slice(before)
      .filter(r => r.query.dryRun === undefined);
    expect(patches.map(r => r.path)).toEqual([
      expect.stringContaining('kustomizations'),
    ]);
  });

  it('refuses a cluster its management cluster does not have: applying would create it', async () => {
    h = await startHarness();
    await h.client.delete(h.clusterId);
    const { error } = await h.run(createClusterUpgradeAction(h.services()), {
      kubernetesVersion: 'v1.34.1',
    });
    expect(error).toBeInstanceOf(InputError);
    expect(error!.message).toBe(
      `cluster: management cluster mgmt has no Cluster hetzner/hetzner-eu-prod for ${CLUSTER_REF}; name the management cluster that reconciles it, or provision the cluster first`,
    );
    expect(h.liveCluster()).toBeUndefined();
    expect(h.records.changes.size).toBe(0);
  });

  it('refuses without the update permission and leaves the server alone', async () => {
    h = await startHarness();
    const { error } = await h.run(
      createClusterUpgradeAction(h.services(AuthorizeResult.DENY)),
      { kubernetesVersion: 'v1.34.1' },
    );
    expect(error).toBeInstanceOf(NotAllowedError);
    expect(error!.message).toContain('sovereign-cloud.cluster.update');
    expect(h.liveCluster().spec.topology.version).toBe('v1.33.4');
  });

  it('documents an example that parses', () => {
    const step = yaml.parse(examples[0].example).steps[0];
    expect(step.action).toBe('sovereign-cloud:cluster:upgrade');
    h = undefined as any;
  });
});
