import { mockServices, TestDatabases } from '@backstage/backend-test-utils';
import request from 'supertest';
import { exampleFleet, startPlugin } from '../__testUtils__';
import { POSTURE_REFRESH_TASK_ID } from '../plugin';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });
const history = (server: any, path: string) =>
  request(server).get(`/api/sovereign-cloud/posture/${path}/history`);

describe.each(databases.eachSupportedId())(
  'the scheduled assessment (%s)',
  id => {
    it('stores every cluster, records history for clusters and meshes, and audits the run', async () => {
      const knex = await databases.init(id);
      const auditor = mockServices.auditor.mock();
      const success = jest.fn();
      auditor.createEvent.mockResolvedValue({ success, fail: jest.fn() });
      const { server, scheduler, collector } = await startPlugin({
        entities: exampleFleet(),
        knex,
        services: [auditor.factory],
      });
      await scheduler.triggerTask(POSTURE_REFRESH_TASK_ID);

      const rows = await knex('sovereign_cloud_posture_assessments').select(
        'entity_ref',
        'evidence_status',
        'profile',
      );
      expect(rows.map(r => r.entity_ref).sort()).toEqual([
        'sovereigncluster:default/aws-fra',
        'sovereigncluster:default/hetzner-fsn',
        'sovereigncluster:default/ionos-fra',
        'sovereigncluster:default/ovh-gra',
        'sovereigncluster:default/plusserver-cgn',
        'sovereigncluster:default/scaleway-par',
      ]);
      expect(rows.every(r => r.evidence_status === 'observed')).toBe(true);
      expect(collector.calls).toHaveLength(6);

      const cluster = await history(
        server,
        'sovereigncluster/default/ionos-fra',
      );
      expect(cluster.status).toBe(200);
      expect(cluster.body).toEqual({
        entityRef: 'sovereigncluster:default/ionos-fra',
        points: [
          {
            assessedAt: expect.any(String),
            weightProfile: 'csf-v1.2.1',
            score: expect.any(Number),
            seal: expect.any(Number),
            provisional: expect.any(Boolean),
            evidenceStatus: 'observed',
          },
        ],
      });
      const mesh = await history(server, 'resource/default/eu-core');
      expect(mesh.body.points).toHaveLength(1);

      expect(auditor.createEvent).toHaveBeenCalledWith(
        expect.objectContaining({ eventId: 'posture-refresh' }),
      );
      expect(success).toHaveBeenCalledWith({
        meta: expect.objectContaining({
          clusters: 6,
          assessed: 6,
          meshes: 2,
          evidence: { observed: 6, partial: 0, failed: 0, 'not-configured': 0 },
        }),
      });

      // The same posture within a day adds no point; a change does.
      await scheduler.triggerTask(POSTURE_REFRESH_TASK_ID);
      expect(
        (await history(server, 'sovereigncluster/default/ionos-fra')).body
          .points,
      ).toHaveLength(1);
      collector.set('ionos-fra', { kind: 'failed', reason: 'timeout' });
      await scheduler.triggerTask(POSTURE_REFRESH_TASK_ID);
      const changed = await history(
        server,
        'sovereigncluster/default/ionos-fra',
      );
      expect(changed.body.points.map((p: any) => p.evidenceStatus)).toEqual([
        'observed',
        'failed',
      ]);
    });

    it('applies the retention and forgets clusters that left the catalog', async () => {
      const knex = await databases.init(id);
      const { server, scheduler, catalog } = await startPlugin({
        entities: exampleFleet(),
        knex,
        config: {
          sovereignCloud: { posture: { history: { retention: '30d' } } },
        },
      });
      await scheduler.triggerTask(POSTURE_REFRESH_TASK_ID);
      const old = new Date(Date.now() - 31 * 24 * 60 * 60 * 1000);
      const recent = new Date(Date.now() - 29 * 24 * 60 * 60 * 1000);
      for (const assessedAt of [old, recent]) {
        await knex('sovereign_cloud_posture_history').insert({
          entity_ref: 'sovereigncluster:default/aws-fra',
          assessed_at: assessedAt,
          profile: 'csf-v1.2.1',
          score: 1,
          seal: 0,
          provisional: false,
          evidence_status: 'observed',
        });
      }
      catalog.entities = catalog.entities.filter(
        e => e.metadata.name !== 'ovh-gra',
      );
      await scheduler.triggerTask(POSTURE_REFRESH_TASK_ID);

      const points = await knex('sovereign_cloud_posture_history')
        .where({ entity_ref: 'sovereigncluster:default/aws-fra' })
        .select('assessed_at');
      expect(points).toHaveLength(2);
      expect(
        points.every(p => new Date(p.assessed_at).getTime() > old.getTime()),
      ).toBe(true);

      const refs = await knex('sovereign_cloud_posture_assessments').pluck(
        'entity_ref',
      );
      expect(refs).not.toContain('sovereigncluster:default/ovh-gra');
      const fleet = await request(server).get('/api/sovereign-cloud/fleet');
      expect(fleet.body.items.map((i: any) => i.name)).not.toContain('ovh-gra');
      expect(fleet.body.totalItems).toBe(5);
    });

    it('serves the stored fleet after a restart, before the next run', async () => {
      const knex = await databases.init(id);
      const first = await startPlugin({ entities: exampleFleet(), knex });
      await first.scheduler.triggerTask(POSTURE_REFRESH_TASK_ID);
      await first.stop();
      const second = await startPlugin({ entities: exampleFleet(), knex });
      const fleet = await request(second.server).get(
        '/api/sovereign-cloud/fleet',
      );
      expect(
        fleet.body.items.every((i: any) => i.evidenceStatus === 'observed'),
      ).toBe(true);
      expect(second.collector.calls).toEqual([]);
    });
  },
);

describe('history route', () => {
  it('answers 400 naming the field for a bad range or limit', async () => {
    const { server } = await startPlugin({ entities: exampleFleet() });
    const path = 'sovereigncluster/default/ionos-fra';
    const bad = await request(server).get(
      `/api/sovereign-cloud/posture/${path}/history?from=yesterday`,
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(
      /^from: must be an ISO 8601 date-time/,
    );
    const reversed = await request(server).get(
      `/api/sovereign-cloud/posture/${path}/history?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z`,
    );
    expect(reversed.body.error.message).toBe('from: must not be after to');
    const limit = await request(server).get(
      `/api/sovereign-cloud/posture/${path}/history?limit=0`,
    );
    expect(limit.body.error.message).toMatch(
      /^limit: must be an integer from 1 to 10000/,
    );
    const unknown = await request(server).get(
      '/api/sovereign-cloud/posture/sovereigncluster/default/nope/history',
    );
    expect(unknown.status).toBe(404);
  });
});
