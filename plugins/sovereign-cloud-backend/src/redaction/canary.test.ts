import { mockServices } from '@backstage/backend-test-utils';
import request from 'supertest';
import { Knex } from 'knex';
import {
  CapturingLogger,
  exampleFleet,
  FakeCollector,
  startPlugin,
} from '../__testUtils__';
import { POSTURE_REFRESH_TASK_ID } from '../plugin';

const CANARY = 'canary-3f1b9c2e-token-do-not-leak';
const CANARY_B64 = Buffer.from(CANARY).toString('base64');

describe('a credential configured for a cluster', () => {
  it('appears in no log line, response, stored row or audit event', async () => {
    const logger = new CapturingLogger();
    const auditor = mockServices.auditor.mock();
    auditor.createEvent.mockResolvedValue({
      success: jest.fn(),
      fail: jest.fn(),
    });
    const collector = new FakeCollector()
      .set('ionos-fra', {
        kind: 'failed',
        reason: `401 Unauthorized for Bearer ${CANARY} (${CANARY_B64})`,
      })
      .set('scaleway-par', {
        kind: 'throws',
        message: `request with token=${CANARY} failed`,
      });
    let knex: Knex | undefined;
    const database = mockServices.database.mock({
      getClient: async () => {
        const { default: createKnex } = jest.requireActual('knex');
        knex ??= createKnex({
          client: 'better-sqlite3',
          connection: ':memory:',
          useNullAsDefault: true,
        });
        return knex!;
      },
    });
    const { server, scheduler } = await startPlugin({
      entities: exampleFleet(),
      collector,
      config: {
        sovereignCloud: {
          kubernetes: {
            clusters: [
              {
                name: 'ionos-fra',
                url: 'https://ionos.example.eu',
                token: CANARY,
              },
            ],
          },
        },
      },
      services: [logger.factory(), auditor.factory, database.factory],
    });

    await scheduler.triggerTask(POSTURE_REFRESH_TASK_ID);
    const responses = await Promise.all([
      request(server).get('/api/sovereign-cloud/fleet?limit=5000'),
      request(server).get(
        '/api/sovereign-cloud/posture/sovereigncluster/default/ionos-fra',
      ),
      request(server).get(
        '/api/sovereign-cloud/posture/sovereigncluster/default/scaleway-par',
      ),
      request(server).get(
        '/api/sovereign-cloud/posture/resource/default/eu-core',
      ),
      request(server).get(
        '/api/sovereign-cloud/posture/sovereigncluster/default/ionos-fra/history',
      ),
      request(server).post(
        '/api/sovereign-cloud/posture/sovereigncluster/default/ionos-fra/assess',
      ),
    ]);
    for (const res of responses) expect(res.status).toBe(200);

    // The failure itself is reported, only without the credential.
    const fleet = responses[0].body;
    const ionos = fleet.items.find((i: any) => i.name === 'ionos-fra');
    expect(ionos.evidenceReason).toBe(
      '401 Unauthorized for Bearer [REDACTED] ([REDACTED])',
    );
    const scaleway = fleet.items.find((i: any) => i.name === 'scaleway-par');
    expect(scaleway.evidenceReason).toBe(
      'evidence collector failed: request with token=[REDACTED] failed',
    );

    const texts = [
      ...responses.map(r => JSON.stringify(r.body)),
      ...logger.lines,
      JSON.stringify(auditor.createEvent.mock.calls.map(([o]) => o.meta)),
      JSON.stringify(
        await knex!('sovereign_cloud_posture_assessments').select(),
      ),
      JSON.stringify(await knex!('sovereign_cloud_posture_history').select()),
    ];
    expect(logger.lines.some(l => l.includes('[REDACTED]'))).toBe(true);
    for (const text of texts) {
      expect(text).not.toContain(CANARY);
      expect(text).not.toContain(CANARY_B64);
    }
  });
});
