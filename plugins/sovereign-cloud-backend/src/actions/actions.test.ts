import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import request from 'supertest';
import { exampleFleet, OUTSIDER, startPlugin } from '../__testUtils__';
import { POSTURE_REFRESH_TASK_ID } from '../plugin';

describe('Actions Registry', () => {
  it('registers both actions as read-only with input schemas', async () => {
    const { actions } = await startPlugin({ entities: exampleFleet() });
    const { actions: listed } = await actions.list();
    expect(listed.map(a => a.name).sort()).toEqual([
      'get-fleet-sovereignty-summary',
      'get-sovereignty-posture',
    ]);
    for (const action of listed) {
      expect(action.attributes).toEqual({
        readOnly: true,
        destructive: false,
        idempotent: true,
      });
    }
    const posture = listed.find(a => a.name === 'get-sovereignty-posture')!;
    expect(posture.schema.input).toMatchObject({
      required: ['entityRef'],
      properties: { entityRef: { type: 'string' } },
    });
  });

  it('get-sovereignty-posture answers what the route answers', async () => {
    const { actions, server } = await startPlugin({ entities: exampleFleet() });
    const route = await request(server).get(
      '/api/sovereign-cloud/posture/resource/default/eu-core?profile=csf-calculator-2026-06',
    );
    const { output } = await actions.invoke({
      id: 'test:get-sovereignty-posture',
      input: {
        entityRef: 'resource:default/eu-core',
        profile: 'csf-calculator-2026-06',
      },
      credentials: mockCredentials.user(),
    });
    expect(output).toEqual(route.body);
  });

  it('get-sovereignty-posture reads with the caller and names bad input', async () => {
    const { actions, catalog } = await startPlugin({
      entities: exampleFleet(),
    });
    catalog.hide('sovereigncluster:default/aws-fra');
    await expect(
      actions.invoke({
        id: 'test:get-sovereignty-posture',
        input: { entityRef: 'aws-fra' },
        credentials: mockCredentials.user(OUTSIDER),
      }),
    ).rejects.toMatchObject({ name: 'NotFoundError' });
    // A bare name means a SovereignCluster in the default namespace.
    const { output } = await actions.invoke({
      id: 'test:get-sovereignty-posture',
      input: { entityRef: 'aws-fra' },
      credentials: mockCredentials.user(),
    });
    expect(output).toMatchObject({ subjectKind: 'cluster' });
    await expect(
      actions.invoke({
        id: 'test:get-sovereignty-posture',
        input: { entityRef: 'aws-fra', profile: 'nope' },
        credentials: mockCredentials.user(),
      }),
    ).rejects.toThrow(/^profile: unknown weight profile 'nope'/);
    await expect(
      actions.invoke({
        id: 'test:get-sovereignty-posture',
        input: { entityRef: 'sovereigncluster:default/' },
        credentials: mockCredentials.user(),
      }),
    ).rejects.toThrow(/^entityRef: /);
  });

  it('get-fleet-sovereignty-summary answers what the route answers', async () => {
    const { actions, server, scheduler } = await startPlugin({
      entities: exampleFleet(),
    });
    await scheduler.triggerTask(POSTURE_REFRESH_TASK_ID);
    const route = await request(server).get(
      '/api/sovereign-cloud/fleet?provider=ionos,scaleway&sort=score&order=desc&limit=1',
    );
    const { output } = await actions.invoke({
      id: 'test:get-fleet-sovereignty-summary',
      input: {
        provider: ['ionos', 'scaleway'],
        sort: 'score',
        order: 'desc',
        limit: 1,
      },
      credentials: mockCredentials.user(),
    });
    expect(output).toEqual(route.body);
    expect((output as any).totalItems).toBe(2);

    const bySeal = await actions.invoke({
      id: 'test:get-fleet-sovereignty-summary',
      input: { seal: [0, 1, 2, 3, 4] },
      credentials: mockCredentials.user(),
    });
    expect((bySeal.output as any).totalItems).toBe(6);
    await expect(
      actions.invoke({
        id: 'test:get-fleet-sovereignty-summary',
        input: { seal: 9 },
        credentials: mockCredentials.user(),
      }),
    ).rejects.toThrow(/^seal: must be 0\.\.4/);
  });

  it('checks permissions with the action caller', async () => {
    const { actions } = await startPlugin({
      entities: exampleFleet(),
      services: [
        mockServices.permissions.factory({ result: AuthorizeResult.DENY }),
      ],
    });
    await expect(
      actions.invoke({
        id: 'test:get-fleet-sovereignty-summary',
        input: {},
        credentials: mockCredentials.user(),
      }),
    ).rejects.toMatchObject({ name: 'NotAllowedError' });
    await expect(
      actions.invoke({
        id: 'test:get-sovereignty-posture',
        input: { entityRef: 'ionos-fra' },
        credentials: mockCredentials.user(),
      }),
    ).rejects.toMatchObject({ name: 'NotAllowedError' });
  });
});
