import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { InputError, NotAllowedError } from '@backstage/errors';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { sovereignCloudProviderExitPlanPermission } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import yaml from 'yaml';
import {
  capturingLogger,
  workloadFleet,
} from '../../__testUtils__/workloadFleet';
import { createProviderExitPlanAction } from './exitPlan';
import { examples } from './exitPlan.examples';

function component(
  name: string,
  clusters: string[],
  annotations: Record<string, string> = {},
): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: { name, namespace: 'default', annotations },
    spec: {
      type: 'service',
      lifecycle: 'production',
      owner: 'group:default/shop',
      dependsOn: clusters.map(c => `sovereigncluster:default/${c}`),
    },
  };
}

const components = [
  // On Hetzner and IONOS, anywhere in the EU: moves.
  component('shop', ['hz-fsn1', 'ionos-txl'], {
    'sovereign-cloud.io/replicas': '4',
    'sovereign-cloud.io/allowed-jurisdictions': 'EU',
  }),
  // Germany only and must survive a provider loss: only IONOS is left in Germany.
  component('ledger-de', ['hz-fsn1', 'ionos-txl'], {
    'sovereign-cloud.io/replicas': '4',
    'sovereign-cloud.io/allowed-jurisdictions': 'DE',
    'sovereign-cloud.io/survives-provider-loss': '2',
  }),
  // Not on Hetzner at all.
  component('blog', ['scw-par'], {
    'sovereign-cloud.io/replicas': 'many',
    'sovereign-cloud.io/allowed-jurisdictions': 'EU',
  }),
  // Runs nowhere: not a placed workload.
  component('docs', []),
];

async function run(
  input: Record<string, unknown>,
  result: AuthorizeResult.ALLOW | AuthorizeResult.DENY = AuthorizeResult.ALLOW,
) {
  const permissions = mockServices.permissions.mock({
    authorize: jest.fn(async requests =>
      requests.map(() => ({ result })),
    ) as any,
  });
  const action = createProviderExitPlanAction({
    permissions,
    catalog: catalogServiceMock({
      entities: [...workloadFleet(), ...components],
    }),
  });
  const lines: string[] = [];
  const ctx = createMockActionContext({
    input: input as any,
    logger: capturingLogger(lines),
  });
  const error = await action.handler(ctx).then(
    () => undefined,
    e => e as Error,
  );
  const outputs: Record<string, any> = Object.fromEntries(
    (ctx.output as jest.Mock).mock.calls.map(([k, v]) => [k, v]),
  );
  return { outputs, error, permissions, lines };
}

describe('sovereign-cloud:provider:exit-plan', () => {
  it('re-plans every workload on Hetzner: what moves where, what cannot and why, posture before and after', async () => {
    const { outputs, error, permissions } = await run({
      provider: 'cloudprovider:default/hetzner',
    });
    expect(error).toBeUndefined();
    const { plan, summary } = outputs;
    expect(plan.provider).toBe('hetzner');
    expect(plan.clustersLeft).toEqual(['sovereigncluster:default/hz-fsn1']);
    expect(plan.summary).toEqual({ unaffected: 1, moves: 1, cannotMove: 1 });

    const byName = Object.fromEntries(
      plan.workloads.map((w: any) => [w.name, w]),
    );
    expect(byName.shop.status).toBe('moves');
    expect(byName.shop.movingReplicas).toBe(2);
    const after = byName.shop.after.map((a: any) => a.cluster);
    expect(after).not.toContain('hz-fsn1');
    expect(after).not.toContain('aws-use1');
    expect(
      byName.shop.after.reduce((n: number, a: any) => n + a.replicas, 0),
    ).toBe(4);
    expect(byName['ledger-de'].status).toBe('cannot-move');
    expect(byName['ledger-de'].reason).toBeTruthy();
    expect(byName['ledger-de'].blocker).toBeTruthy();
    expect(byName.blog.status).toBe('unaffected');
    expect(byName.blog.problems[0]).toContain(
      'sovereign-cloud.io/replicas: must be a positive integer',
    );
    expect(plan.workloads.map((w: any) => w.name)).not.toContain('docs');
    expect(plan.posture.before.clusters).toBe(4);
    expect(plan.posture.after.clusters).toBe(3);
    expect(plan.posture.after.providers).not.toContain('hetzner');

    expect(summary).toContain('## Exit drill: leaving hetzner');
    expect(summary).toContain(
      '1 workload(s) move, 1 cannot move, 1 unaffected.',
    );
    expect(summary).toMatch(
      /\| component:default\/shop \| 2 \| hz-fsn1 2, ionos-txl 2 \|/,
    );
    expect(summary).toContain('| component:default/ledger-de |');
    expect(summary).toContain('| Before | 4 |');
    expect(summary).toContain('| After | 3 |');
    expect(permissions.authorize).toHaveBeenCalledWith(
      [
        {
          permission: sovereignCloudProviderExitPlanPermission,
          resourceRef: 'cloudprovider:default/hetzner',
        },
      ],
      { credentials: expect.anything() },
    );
  });

  it('accepts a bare provider name', async () => {
    const { outputs, error } = await run({ provider: 'scaleway' });
    expect(error).toBeUndefined();
    expect(outputs.plan.clustersLeft).toEqual([
      'sovereigncluster:default/scw-par',
    ]);
  });

  it('names the field when the provider is unknown', async () => {
    const { error } = await run({ provider: 'acme-cloud' });
    expect(error).toBeInstanceOf(InputError);
    expect(error!.message).toMatch(
      /^provider: "acme-cloud" is not a known CloudProvider \(known: .*hetzner/,
    );
  });

  it('refuses an initiator without the exit-plan permission on the provider', async () => {
    const { error, outputs } = await run(
      { provider: 'hetzner' },
      AuthorizeResult.DENY,
    );
    expect(error).toBeInstanceOf(NotAllowedError);
    expect(error!.message).toBe(
      'Not allowed to run the exit drill for cloudprovider:default/hetzner (sovereign-cloud.provider.exit-plan)',
    );
    expect(outputs).toEqual({});
  });

  it('is deterministic', async () => {
    const a = await run({ provider: 'ionos' });
    const b = await run({ provider: 'ionos' });
    expect(a.outputs).toEqual(b.outputs);
  });

  it('runs every example', async () => {
    for (const example of examples) {
      const { steps } = yaml.parse(example.example);
      const input = { ...steps[0].input };
      if (input.provider.includes('${{')) input.provider = 'hetzner';
      const { error } = await run(input);
      expect(error).toBeUndefined();
    }
  });
});
