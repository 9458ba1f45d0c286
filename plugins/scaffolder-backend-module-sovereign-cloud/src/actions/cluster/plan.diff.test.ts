import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import {
  Harness,
  startHarness,
} from './change/__testUtils__/changeTestHarness';
import { createClusterPlanAction } from './plan';
import { hetznerRequest } from './plan.examples';
import { FakeProvisioningRecords } from '../../__testUtils__/FakeProvisioningRecords';
import { planCluster } from '../../planning/planCluster';
import {
  GitHttpServer,
  startGitHttpServer,
} from '../../provisioning/testing/gitHttpServer';
import {
  createProviderCatalogue,
  defaultCloudProviders,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';

jest.setTimeout(30_000);

describe('sovereign-cloud:cluster:plan against an existing cluster', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    await h.stop();
  });

  async function plan(request: object, withManagement = true) {
    const { config, kubernetes } = h.services();
    const action = createClusterPlanAction({
      permissions: h.services().permissions,
      catalog: catalogServiceMock({ entities: [] }),
      records: new FakeProvisioningRecords(),
      ...(withManagement ? { config, kubernetes } : {}),
    });
    const ctx = createMockActionContext({ input: { request } as any });
    await action.handler(ctx);
    return Object.fromEntries(
      (ctx.output as jest.Mock).mock.calls.map(([n, v]) => [n, v]),
    ) as Record<string, any>;
  }

  it('diffs the desired objects with the live ones, naming field managers', async () => {
    const outputs = await plan({
      ...hetznerRequest,
      kubernetesVersion: 'v1.34.0',
    });
    const cluster = outputs.diff.find((d: any) => d.kind === 'Cluster');
    expect(cluster.action).toBe('update');
    expect(cluster.fields).toEqual([
      expect.objectContaining({
        path: 'spec.topology.version',
        before: 'v1.33.4',
        after: 'v1.34.0',
        managers: ['sovereign-cloud-scaffolder'],
      }),
    ]);
    expect(outputs.diffSummary).toContain('spec.topology.version');
    // Planning changed nothing.
    expect(h.liveCluster().spec.topology.version).toBe('v1.33.4');
  });

  it('lists creates for a cluster the management cluster does not have', async () => {
    const outputs = await plan({ ...hetznerRequest, name: 'hetzner-eu-new' });
    const cluster = outputs.diff.find((d: any) => d.kind === 'Cluster');
    expect(cluster).toMatchObject({ action: 'create', name: 'hetzner-eu-new' });
    const offline = await plan(hetznerRequest, false);
    expect(new Set(offline.diff.map((d: any) => d.action))).toEqual(
      new Set(['create']),
    );
  });
});

describe('sovereign-cloud:cluster:plan against a cluster managed through GitOps', () => {
  const TOKEN = 'canary-gitops-token-31e8a0c4d2';
  let h: Harness;
  let git: GitHttpServer;
  beforeEach(async () => {
    git = await startGitHttpServer({
      token: TOKEN,
      initialFiles: planCluster(hetznerRequest, {
        catalogue: createProviderCatalogue(defaultCloudProviders()),
      }).files,
    });
    h = await startHarness({ gitops: { url: git.url, token: TOKEN } });
  });
  afterEach(async () => {
    await h.stop();
    await git.close();
  });

  it('diffs the plan with the cluster files in the repository, committing nothing', async () => {
    const commits = await git.commitCount();
    const services = h.services();
    const action = createClusterPlanAction({
      permissions: services.permissions,
      catalog: services.catalog,
      records: new FakeProvisioningRecords(),
      config: services.config,
      kubernetes: services.kubernetes,
    });
    const ctx = createMockActionContext({
      input: {
        request: { ...hetznerRequest, kubernetesVersion: 'v1.34.0' },
      } as any,
    });
    await action.handler(ctx);
    const outputs = Object.fromEntries(
      (ctx.output as jest.Mock).mock.calls.map(([n, v]) => [n, v]),
    ) as Record<string, any>;
    const cluster = outputs.diff.find((d: any) => d.kind === 'Cluster');
    expect(cluster.action).toBe('update');
    expect(cluster.fields).toEqual([
      {
        path: 'spec.topology.version',
        change: 'changed',
        before: 'v1.33.4',
        after: 'v1.34.0',
        managers: [],
      },
    ]);
    expect(outputs.diff.map((d: any) => d.action)).not.toContain('create');
    expect(outputs.diffSummary).toContain('spec.topology.version');
    expect(await git.commitCount()).toBe(commits);
  });
});
