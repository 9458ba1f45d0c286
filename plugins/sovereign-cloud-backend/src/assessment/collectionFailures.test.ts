import request from 'supertest';
import { exampleFleet, FakeCollector, startPlugin } from '../__testUtils__';
import { POSTURE_REFRESH_TASK_ID } from '../plugin';

const base = '/api/sovereign-cloud';

function failingCollector() {
  return new FakeCollector()
    .set('ionos-fra', {
      kind: 'failed',
      reason: 'GET /api/v1/nodes: 503 Service Unavailable',
    })
    .set('scaleway-par', { kind: 'throws', message: 'socket hang up' })
    .set('hetzner-fsn', { kind: 'malformed' })
    .set('aws-fra', { kind: 'not-configured' });
}

describe('clusters whose evidence cannot be collected', () => {
  it('keep a posture from their declared facts, each with its own state', async () => {
    const { server, scheduler } = await startPlugin({
      entities: exampleFleet(),
      collector: failingCollector(),
    });
    await scheduler.triggerTask(POSTURE_REFRESH_TASK_ID);
    const fleet = await request(server).get(`${base}/fleet`);
    expect(fleet.status).toBe(200);
    const byName = Object.fromEntries(
      fleet.body.items.map((i: any) => [i.name, i]),
    );
    expect(byName['ionos-fra']).toMatchObject({
      evidenceStatus: 'failed',
      evidenceReason: 'GET /api/v1/nodes: 503 Service Unavailable',
      score: expect.any(Number),
      seal: expect.any(Number),
      // Declared nodes, one unit each: 3 workers.
      vcpu: 3,
    });
    expect(byName['scaleway-par']).toMatchObject({
      evidenceStatus: 'failed',
      evidenceReason: 'evidence collector failed: socket hang up',
      score: expect.any(Number),
    });
    expect(byName['hetzner-fsn']).toMatchObject({
      evidenceStatus: 'failed',
      evidenceReason: expect.stringMatching(
        /^observed evidence rejected by the posture engine: .*nodes/,
      ),
    });
    expect(byName['aws-fra'].evidenceStatus).toBe('not-configured');
    // The others are observed as usual.
    expect(byName['ovh-gra']).toMatchObject({
      evidenceStatus: 'observed',
      vcpu: 24,
    });
    expect(byName['plusserver-cgn'].evidenceStatus).toBe('observed');
  });

  it('answer the posture route with the failed state and reason', async () => {
    const { server } = await startPlugin({
      entities: exampleFleet(),
      collector: failingCollector(),
    });
    const res = await request(server).get(
      `${base}/posture/sovereigncluster/default/ionos-fra`,
    );
    expect(res.status).toBe(200);
    expect(res.body.evidence).toEqual([
      {
        cluster: 'sovereigncluster:default/ionos-fra',
        status: 'failed',
        reason: 'GET /api/v1/nodes: 503 Service Unavailable',
        probes: [
          {
            probe: 'nodes',
            status: 'failed',
            reason: 'GET /api/v1/nodes: 503 Service Unavailable',
          },
        ],
      },
    ]);
    // Nothing observed, so no drift and no observed coverage.
    expect(res.body.report.drift).toEqual([]);
    expect(res.body.report.coverage.observed).toBe(0);
  });

  it('do not drop the other members of a mesh', async () => {
    const { server } = await startPlugin({
      entities: exampleFleet(),
      collector: failingCollector(),
    });
    const res = await request(server).get(
      `${base}/posture/resource/default/eu-core`,
    );
    expect(res.status).toBe(200);
    expect(res.body.members).toHaveLength(3);
    expect(
      Object.fromEntries(
        res.body.evidence.map((e: any) => [e.cluster, e.status]),
      ),
    ).toEqual({
      'sovereigncluster:default/ionos-fra': 'failed',
      'sovereigncluster:default/scaleway-par': 'failed',
      'sovereigncluster:default/hetzner-fsn': 'failed',
    });
  });
});
