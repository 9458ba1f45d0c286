import { mockServices } from '@backstage/backend-test-utils';
import { InputError, NotAllowedError } from '@backstage/errors';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { createMockActionContext } from '@backstage/plugin-scaffolder-node-test-utils';
import { sovereignCloudWorkloadPlacePermission } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import yaml from 'yaml';
import {
  capturingLogger,
  clusterEntity,
  workloadFleet,
} from '../../__testUtils__/workloadFleet';
import { createWorkloadPlaceAction } from './place';
import { examples, ledgerWorkload } from './place.examples';

function setup(
  result: AuthorizeResult.ALLOW | AuthorizeResult.DENY = AuthorizeResult.ALLOW,
  entities = workloadFleet(),
) {
  const permissions = mockServices.permissions.mock({
    authorize: jest.fn(async requests =>
      requests.map(() => ({ result })),
    ) as any,
  });
  const catalog = catalogServiceMock({ entities });
  const action = createWorkloadPlaceAction({ permissions, catalog });
  return { action, permissions };
}

async function run(
  input: Record<string, unknown>,
  options: {
    result?: AuthorizeResult.ALLOW | AuthorizeResult.DENY;
    entities?: any[];
  } = {},
) {
  const { action, permissions } = setup(options.result, options.entities);
  const lines: string[] = [];
  const ctx = createMockActionContext({
    input: input as any,
    logger: capturingLogger(lines),
  });
  const error = await action.handler(ctx).then(
    () => undefined,
    e => e as Error,
  );
  const outputs = Object.fromEntries(
    (ctx.output as jest.Mock).mock.calls.map(([k, v]) => [k, v]),
  );
  return { outputs, error, lines, permissions };
}

describe('sovereign-cloud:workload:place', () => {
  it('places the ledger on the three EU clusters, two replicas each, and says why AWS is out', async () => {
    const { outputs, error, permissions } = await run({
      workload: ledgerWorkload,
    });
    expect(error).toBeUndefined();
    expect(outputs.schedulable).toBe(true);
    expect(
      outputs.plan.assignments.map((a: any) => [a.cluster, a.replicas]),
    ).toEqual([
      ['hz-fsn1', 2],
      ['ionos-txl', 2],
      ['scw-par', 2],
    ]);
    const aws = outputs.plan.decisions.find(
      (d: any) => d.cluster === 'aws-use1',
    );
    expect(aws.outcome).toBe('filtered');
    expect(aws.reasons.join(' ')).toContain(
      'Jurisdiction: country of a location is unknown',
    );
    expect(outputs.summary).toContain(
      'ledger: 6 replicas (StaticWeight) on 3 clusters',
    );
    expect(outputs.summary).toContain('hz-fsn1 (hetzner): 2');
    expect(outputs.summary).toContain('aws-use1:');
    expect(permissions.authorize).toHaveBeenCalledWith(
      [{ permission: sovereignCloudWorkloadPlacePermission }],
      { credentials: expect.anything() },
    );
  });

  it('reports an unplaceable workload as a plan with the reason, not a failure', async () => {
    const { outputs, error } = await run({
      workload: {
        ...ledgerWorkload,
        sovereignty: { allowedJurisdictions: ['CH'] },
      },
    });
    expect(error).toBeUndefined();
    expect(outputs.schedulable).toBe(false);
    expect(outputs.reason).toMatch(
      /no cluster passes the filters \(4 clusters/,
    );
    expect(outputs.plan.assignments).toEqual([]);
    expect(outputs.summary).toContain('cannot place 6 replicas');
  });

  it('plans only over the clusters the fleet filter names', async () => {
    const { outputs, error } = await run({
      workload: { name: 'web', replicas: 3 },
      fleet: { clusters: ['hz-fsn1', 'sovereigncluster:default/scw-par'] },
    });
    expect(error).toBeUndefined();
    expect(outputs.plan.decisions.map((d: any) => d.cluster).sort()).toEqual([
      'hz-fsn1',
      'scw-par',
    ]);
  });

  it('names a fleet cluster that is not in the catalog', async () => {
    const { error } = await run({
      workload: { name: 'web', replicas: 3 },
      fleet: { clusters: ['hz-fsn1', 'nowhere'] },
    });
    expect(error).toBeInstanceOf(InputError);
    expect(error!.message).toContain(
      'fleet.clusters: no SovereignCluster "nowhere"',
    );
  });

  it('filters by namespace and labels', async () => {
    const labelled = clusterEntity({
      name: 'ionos-ops',
      provider: 'ionos',
      location: 'de/txl',
      namespace: 'ops',
    });
    labelled.metadata.labels = { tier: 'gold' };
    const { outputs } = await run(
      {
        workload: { name: 'web', replicas: 2 },
        fleet: { namespaces: ['ops'], labels: { tier: 'gold' } },
      },
      { entities: [...workloadFleet(), labelled] },
    );
    expect(outputs.plan.decisions.map((d: any) => d.cluster)).toEqual([
      'ionos-ops',
    ]);
  });

  it('names the bad field of the workload', async () => {
    const { error } = await run({
      workload: { name: 'web', replicas: -1 },
    });
    expect(error).toBeInstanceOf(InputError);
    expect(error!.message).toMatch(/^workload\.replicas: /);
    const second = await run({
      workload: {
        name: 'web',
        replicas: 2,
        sovereignty: { allowedJurisdictions: ['Mars'] },
      },
    });
    expect(second.error!.message).toContain(
      'workload.sovereignty.allowedJurisdictions[0]: must be EU, EEA or an ISO 3166-1 alpha-2 code',
    );
  });

  it('refuses an initiator without the place permission, before reading the catalog', async () => {
    const { error, outputs } = await run(
      { workload: ledgerWorkload },
      { result: AuthorizeResult.DENY },
    );
    expect(error).toBeInstanceOf(NotAllowedError);
    expect(error!.message).toContain('sovereign-cloud.workload.place');
    expect(outputs).toEqual({});
  });

  it('runs every example', async () => {
    for (const example of examples) {
      const { steps } = yaml.parse(example.example);
      const { error, outputs } = await run(steps[0].input);
      expect(error).toBeUndefined();
      expect(typeof outputs.summary).toBe('string');
    }
  });
});
