import { inspect } from 'node:util';
import { KubernetesTestServer } from '../testServer/KubernetesTestServer';
import { configMap } from '../testServer/testFixtures';
import { DefaultKubernetesClientFactory } from './DefaultKubernetesClientFactory';
import {
  b64,
  caData,
  caught,
  logLines,
  mgmtToken,
  useTwoClusters,
  workloadToken,
} from './testTwoClusters';

describe('the Kubernetes access layer', () => {
  const clusters = useTwoClusters();
  let mgmt: KubernetesTestServer;
  let workload: KubernetesTestServer;
  let factory: DefaultKubernetesClientFactory;
  let makeFactory: typeof clusters.makeFactory;

  beforeEach(() => {
    ({ mgmt, workload, factory, makeFactory } = clusters);
  });

  it('never lets a token, CA data or Secret content reach an error or a log line', async () => {
    const errors: unknown[] = [];
    const fra = factory.forConfiguredCluster('fra-1');
    const home = factory.forConfiguredCluster('mgmt');
    await fra.list('v1', 'Namespace'); // loads the Secret-held token
    const echo = `token ${workloadToken} / ${b64(
      workloadToken,
    )} / ${mgmtToken} / ca ${caData}`;

    workload.faults.inject({
      times: 1,
      status: 401,
      body: {
        kind: 'Status',
        status: 'Failure',
        reason: 'Unauthorized',
        message: echo,
        code: 401,
      },
    });
    workload.faults.inject({ times: 2, status: 401, body: echo });
    errors.push(await caught(fra.list('v1', 'Namespace')));
    mgmt.faults.inject({
      times: 1,
      status: 500,
      body: {
        kind: 'Status',
        message: echo,
        details: { causes: [{ reason: 'X', message: echo }] },
        code: 500,
      },
    });
    errors.push(await caught(home.list('v1', 'Namespace')));
    mgmt.faults.inject({
      times: 1,
      status: 409,
      body: {
        kind: 'Status',
        reason: 'Conflict',
        message: echo,
        details: {
          causes: [
            {
              reason: 'FieldManagerConflict',
              message: `conflict with "${mgmtToken}"`,
              field: '.data',
            },
          ],
        },
        code: 409,
      },
    });
    errors.push(
      await caught(
        home.apply([configMap('x')], { fieldManager: 'sovereign-cloud' }),
      ),
    );
    mgmt.faults.inject({
      times: 1,
      status: 422,
      body: {
        kind: 'Status',
        reason: 'Invalid',
        message: echo,
        details: {
          causes: [
            { reason: 'FieldValueInvalid', message: echo, field: 'data' },
          ],
        },
        code: 422,
      },
    });
    errors.push(
      await caught(
        home.apply([configMap('x')], { fieldManager: 'sovereign-cloud' }),
      ),
    );
    mgmt.faults.inject({ hang: true });
    errors.push(
      await caught(
        factory
          .forCluster({
            ...mgmt.connection(),
            name: 'mgmt',
            requestTimeoutMs: 100,
            credentials: { type: 'token', token: mgmtToken },
            caData,
          })
          .list('v1', 'Node'),
      ),
    );
    mgmt.faults.clear();
    mgmt.faults.inject({ reset: true });
    errors.push(await caught(home.list('v1', 'Node')));
    mgmt.faults.clear();
    mgmt.remove({
      apiVersion: 'v1',
      kind: 'Secret',
      namespace: 'sovereign-cloud',
      name: 'fra-1-token',
    });
    errors.push(
      await caught(
        makeFactory().forConfiguredCluster('fra-1').list('v1', 'Node'),
      ),
    );
    errors.push(
      await caught(() =>
        factory.forCluster({
          name: 'x',
          url: `https://${workloadToken}.example.eu`,
          credentials: { type: 'token', token: workloadToken },
        }),
      ),
    );

    expect(errors.map(e => (e as Error).name)).toEqual([
      'ClusterAccessDeniedError',
      'KubernetesServerError',
      'ApplyConflictError',
      'KubernetesInvalidError',
      'ClusterTimeoutError',
      'ClusterUnreachableError',
      'ClusterCredentialsError',
      'NotAllowedError',
    ]);
    expect((errors[0] as Error).message).toContain('[REDACTED]');
    const everything = [
      ...errors.flatMap(e => [
        inspect(e, { depth: null, showHidden: true }),
        JSON.stringify(e),
        String((e as Error).stack),
      ]),
      ...logLines,
    ].join('\n');
    for (const secret of [
      workloadToken,
      b64(workloadToken),
      mgmtToken,
      b64(mgmtToken),
      caData,
      Buffer.from(caData, 'base64').toString(),
    ]) {
      expect(everything).not.toContain(secret);
    }
    expect(logLines.length).toBeGreaterThan(5);
  });
});
