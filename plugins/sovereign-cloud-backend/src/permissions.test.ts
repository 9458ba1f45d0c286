import { mockServices } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import request from 'supertest';
import { exampleFleet, startPlugin } from './__testUtils__';

const deny = mockServices.permissions.factory({
  result: AuthorizeResult.DENY,
});
const base = '/api/sovereign-cloud';

describe('with a policy that denies the suite its permissions', () => {
  it.each([
    ['GET', '/fleet'],
    ['GET', '/fleet?provider=ionos&sort=score'],
    ['GET', '/posture/sovereigncluster/default/ionos-fra'],
    ['GET', '/posture/resource/default/eu-core'],
    ['GET', '/posture/component/default/payments-api'],
    ['GET', '/posture/sovereigncluster/default/ionos-fra/history'],
    ['POST', '/posture/sovereigncluster/default/ionos-fra/assess'],
  ])('%s %s answers 403', async (method, path) => {
    const { server, collector } = await startPlugin({
      entities: exampleFleet(),
      services: [deny],
    });
    const res =
      method === 'GET'
        ? await request(server).get(`${base}${path}`)
        : await request(server).post(`${base}${path}`);
    expect(res.status).toBe(403);
    expect(res.body.error.name).toBe('NotAllowedError');
    // Nothing is collected for a caller who may not see the result.
    expect(collector.calls).toEqual([]);
  });

  it('denies assessing when only reading clusters is denied', async () => {
    const permissions = mockServices.permissions.mock({
      authorize: async requests =>
        requests.map(r => ({
          result:
            r.permission.name === 'sovereign-cloud.cluster.read'
              ? AuthorizeResult.DENY
              : AuthorizeResult.ALLOW,
        })),
    });
    const { server, collector } = await startPlugin({
      entities: exampleFleet(),
      services: [permissions.factory],
    });
    const res = await request(server).post(
      `${base}/posture/resource/default/eu-core/assess`,
    );
    expect(res.status).toBe(403);
    expect(res.body.error.message).toMatch(
      /sovereign-cloud\.cluster\.read on sovereigncluster:default\//,
    );
    expect(collector.calls).toEqual([]);
    // Reading the posture is still allowed.
    const read = await request(server).get(
      `${base}/posture/resource/default/eu-core`,
    );
    expect(read.status).toBe(200);
  });

  it('checks the posture permission against the entity with the caller', async () => {
    const permissions = mockServices.permissions.mock({
      authorize: async () => [{ result: AuthorizeResult.ALLOW }],
    });
    const { server } = await startPlugin({
      entities: exampleFleet(),
      services: [permissions.factory],
    });
    await request(server).get(
      `${base}/posture/sovereigncluster/default/ionos-fra`,
    );
    expect(permissions.authorize).toHaveBeenCalledWith(
      [
        {
          permission: expect.objectContaining({
            name: 'sovereign-cloud.posture.read',
          }),
          resourceRef: 'sovereigncluster:default/ionos-fra',
        },
      ],
      {
        credentials: expect.objectContaining({
          principal: expect.objectContaining({ type: 'user' }),
        }),
      },
    );
  });
});
