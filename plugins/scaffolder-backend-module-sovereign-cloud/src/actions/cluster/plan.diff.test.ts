import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import {
  Harness,
  startHarness,
} from './change/__testUtils__/changeTestHarness';
import { createClusterPlanAction } from './plan';
import { hetznerRequest } from './plan.examples';
import { FakeProvisioningRecords } from '../../__testUtils__/FakeProvisioningRecords';

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
