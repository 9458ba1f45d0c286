import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import request from 'supertest';
import {
  clusterEntity,
  componentEntity,
  exampleFleet,
  meshEntity,
  OUTSIDER,
  startPlugin,
} from '../__testUtils__';

const base = '/api/sovereign-cloud/posture';

describe('GET /posture/:kind/:namespace/:name', () => {
  it('answers the posture of a cluster from its live evidence', async () => {
    const { server } = await startPlugin({ entities: exampleFleet() });
    const res = await request(server).get(
      `${base}/sovereigncluster/default/ionos-fra`,
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      entityRef: 'sovereigncluster:default/ionos-fra',
      subjectKind: 'cluster',
      assessedAt: expect.any(String),
      report: {
        subject: 'sovereigncluster:default/ionos-fra',
        weightProfile: 'csf-v1.2.1',
        score: expect.any(Number),
        seal: {
          level: expect.any(Number),
          label: expect.stringMatching(/^SEAL-/),
        },
      },
      evidence: [
        { cluster: 'sovereigncluster:default/ionos-fra', status: 'observed' },
      ],
    });
    expect(res.body.members).toBeUndefined();
    // Observed nodes (8 vCPU each) at the declared places replace the declared ones: no drift.
    expect(res.body.report.drift).toEqual([]);
    const evidenceRead = res.body.report.criteria.flatMap(
      (c: any) => c.evidence,
    );
    expect(evidenceRead).toContainEqual(
      expect.objectContaining({ name: 'nodes', provenance: 'observed' }),
    );
  });

  it('collects a cluster once and answers later requests from the store', async () => {
    const { server, collector } = await startPlugin({
      entities: exampleFleet(),
    });
    const url = `${base}/sovereigncluster/default/ionos-fra`;
    const first = await request(server).get(url);
    const second = await request(server).get(url);
    expect(second.body).toEqual(first.body);
    expect(collector.calls).toEqual(['sovereigncluster:default/ionos-fra']);
  });

  it('computes another weight profile from the stored evidence', async () => {
    const { server, collector } = await startPlugin({
      entities: exampleFleet(),
    });
    const url = `${base}/sovereigncluster/default/ionos-fra`;
    const standard = await request(server).get(url);
    const other = await request(server).get(
      `${url}?profile=csf-calculator-2026-06`,
    );
    expect(other.status).toBe(200);
    expect(other.body.report.weightProfile).toBe('csf-calculator-2026-06');
    // Weights move the score, never the level.
    expect(other.body.report.score).not.toBe(standard.body.report.score);
    expect(other.body.report.seal).toEqual(standard.body.report.seal);
    expect(collector.calls).toHaveLength(1);
  });

  it('reflects a changed entity without collecting again', async () => {
    const { server, catalog, collector } = await startPlugin({
      entities: exampleFleet(),
    });
    const url = `${base}/sovereigncluster/default/ovh-gra`;
    const before = await request(server).get(url);
    const changed = clusterEntity('ovh-gra', {
      provider: 'ovhcloud',
      location: 'GRA11',
      mesh: 'eu-data',
    });
    catalog.entities = catalog.entities.map(e =>
      e.metadata.name === 'ovh-gra' ? changed : e,
    );
    const after = await request(server).get(url);
    expect(after.status).toBe(200);
    expect(collector.calls).toHaveLength(1);
    // Without declared storage, the data criteria have no declared placement any more.
    expect(JSON.stringify(after.body.report.criteria)).not.toEqual(
      JSON.stringify(before.body.report.criteria),
    );
  });

  it('answers a mesh over its members with continuity after losing a provider', async () => {
    const { server } = await startPlugin({ entities: exampleFleet() });
    const res = await request(server).get(`${base}/resource/default/eu-core`);
    expect(res.status).toBe(200);
    expect(res.body.subjectKind).toBe('mesh');
    expect(res.body.report.subject).toBe('resource:default/eu-core');
    expect(res.body.members.map((m: any) => m.cluster).sort()).toEqual([
      'sovereigncluster:default/hetzner-fsn',
      'sovereigncluster:default/ionos-fra',
      'sovereigncluster:default/scaleway-par',
    ]);
    expect(res.body.evidence).toHaveLength(3);
    expect(res.body.continuity.map((c: any) => c.provider).sort()).toEqual([
      'hetzner',
      'ionos',
      'scaleway',
    ]);
    // Stateless clusters at three providers: losing any one leaves two.
    expect(res.body.survivesLossOfAnyProvider).toBe(true);
    const ionosLoss = res.body.continuity.find(
      (c: any) => c.provider === 'ionos',
    );
    expect(ionosLoss.lostClusters).toEqual([
      'sovereigncluster:default/ionos-fra',
    ]);
    // Worker vCPU as observed: ionos 3×8 of 3×8 + 5×8 + 2×8.
    expect(ionosLoss.remainingCapacityShare).toBeCloseTo(56 / 80);
  });

  it('says when a mesh would lose data with a provider', async () => {
    const { server } = await startPlugin({ entities: exampleFleet() });
    const res = await request(server).get(`${base}/resource/default/eu-data`);
    expect(res.status).toBe(200);
    expect(res.body.survivesLossOfAnyProvider).toBe(false);
    const ovhLoss = res.body.continuity.find(
      (c: any) => c.provider === 'ovhcloud',
    );
    expect(ovhLoss.clustersLosingData).toEqual([
      'sovereigncluster:default/ovh-gra',
    ]);
  });

  it('answers a component over the clusters it depends on', async () => {
    const { server } = await startPlugin({ entities: exampleFleet() });
    const res = await request(server).get(
      `${base}/component/default/payments-api`,
    );
    expect(res.status).toBe(200);
    expect(res.body.subjectKind).toBe('component');
    expect(res.body.members.map((m: any) => m.cluster)).toEqual([
      'sovereigncluster:default/ionos-fra',
      'sovereigncluster:default/scaleway-par',
    ]);
    expect(res.body.survivesLossOfAnyProvider).toBe(true);
    // The level is the worst member's.
    expect(res.body.report.seal.level).toBe(
      Math.min(...res.body.members.map((m: any) => m.seal)),
    );
  });

  it('follows the cluster annotation and dependsOn relations of a component', async () => {
    const related = componentEntity('related');
    related.relations = [
      { type: 'dependsOn', targetRef: 'sovereigncluster:default/hetzner-fsn' },
    ];
    const { server } = await startPlugin({
      entities: [...exampleFleet(), related],
    });
    const annotated = await request(server).get(
      `${base}/component/default/legacy-billing`,
    );
    expect(annotated.body.members.map((m: any) => m.cluster)).toEqual([
      'sovereigncluster:default/aws-fra',
    ]);
    const viaRelation = await request(server).get(
      `${base}/component/default/related`,
    );
    expect(viaRelation.body.members.map((m: any) => m.cluster)).toEqual([
      'sovereigncluster:default/hetzner-fsn',
    ]);
  });

  it('finds mesh members in other namespaces by their own namespace', async () => {
    const { server } = await startPlugin({
      entities: [
        meshEntity('edge', 'payments'),
        clusterEntity('a', {
          provider: 'ionos',
          location: 'de/fra',
          namespace: 'payments',
          mesh: 'edge',
        }),
        // `edge` in the default namespace is another mesh.
        clusterEntity('b', {
          provider: 'hetzner',
          location: 'fsn1',
          mesh: 'edge',
        }),
      ],
    });
    const res = await request(server).get(`${base}/resource/payments/edge`);
    expect(res.body.members.map((m: any) => m.cluster)).toEqual([
      'sovereigncluster:payments/a',
    ]);
  });

  it('answers 404 for an unknown entity, a hidden one, and one without clusters', async () => {
    const { server, catalog } = await startPlugin({ entities: exampleFleet() });
    catalog.hide('sovereigncluster:default/aws-fra');
    const unknown = await request(server).get(
      `${base}/sovereigncluster/default/nope`,
    );
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.name).toBe('NotFoundError');

    const hidden = await request(server)
      .get(`${base}/sovereigncluster/default/aws-fra`)
      .set('Authorization', mockCredentials.user.header(OUTSIDER));
    expect(hidden.status).toBe(404);
    const visibleToOthers = await request(server).get(
      `${base}/sovereigncluster/default/aws-fra`,
    );
    expect(visibleToOthers.status).toBe(200);

    // A component whose only cluster is hidden has no posture for that caller.
    const component = await request(server)
      .get(`${base}/component/default/legacy-billing`)
      .set('Authorization', mockCredentials.user.header(OUTSIDER));
    expect(component.status).toBe(404);

    const none = await request(server).get(
      `${base}/component/default/no-clusters`,
    );
    expect(none.status).toBe(404);
    expect(none.body.error.message).toMatch(/runs on no SovereignCluster/);
  });

  it('answers 400 naming the field for an unknown profile or a bad name', async () => {
    const { server } = await startPlugin({ entities: exampleFleet() });
    const profile = await request(server).get(
      `${base}/sovereigncluster/default/ionos-fra?profile=nope`,
    );
    expect(profile.status).toBe(400);
    expect(profile.body.error.message).toMatch(
      /^profile: unknown weight profile 'nope'/,
    );
    expect(profile.body.error.message).toContain('csf-v1.2.1');
    expect(profile.body.error.message).toContain('csf-calculator-2026-06');

    const name = await request(server).get(
      `${base}/sovereigncluster/default/${encodeURIComponent('a b')}`,
    );
    expect(name.status).toBe(400);
    expect(name.body.error.message).toMatch(/^name: /);
  });
});

describe('POST /posture/:kind/:namespace/:name/assess', () => {
  it('collects again, stores the new assessment and audits it', async () => {
    const auditor = mockServices.auditor.mock();
    const success = jest.fn();
    const fail = jest.fn();
    auditor.createEvent.mockResolvedValue({ success, fail });
    const { server, collector } = await startPlugin({
      entities: exampleFleet(),
      services: [auditor.factory],
    });
    const url = `${base}/sovereigncluster/default/ionos-fra`;
    const before = await request(server).get(url);

    collector.set('ionos-fra', { kind: 'failed', reason: 'connect ETIMEDOUT' });
    const assessed = await request(server).post(`${url}/assess`);
    expect(assessed.status).toBe(200);
    expect(assessed.body.evidence[0]).toMatchObject({
      status: 'failed',
      reason: 'connect ETIMEDOUT',
    });
    expect(assessed.body.assessedAt >= before.body.assessedAt).toBe(true);
    expect(collector.calls).toHaveLength(2);

    // GET now serves the new assessment.
    const after = await request(server).get(url);
    expect(after.body.evidence[0].status).toBe('failed');

    expect(auditor.createEvent).toHaveBeenCalledWith(
      expect.objectContaining({
        eventId: 'posture-assess',
        meta: { entityRef: 'sovereigncluster:default/ionos-fra' },
        request: expect.anything(),
      }),
    );
    expect(success).toHaveBeenCalledTimes(1);
    expect(fail).not.toHaveBeenCalled();
  });

  it('re-collects every member of a mesh', async () => {
    const { server, collector } = await startPlugin({
      entities: exampleFleet(),
    });
    const res = await request(server).post(
      `${base}/resource/default/eu-core/assess`,
    );
    expect(res.status).toBe(200);
    expect([...collector.calls].sort()).toEqual([
      'sovereigncluster:default/hetzner-fsn',
      'sovereigncluster:default/ionos-fra',
      'sovereigncluster:default/scaleway-par',
    ]);
  });

  it('audits a failed assessment', async () => {
    const auditor = mockServices.auditor.mock();
    const success = jest.fn();
    const fail = jest.fn();
    auditor.createEvent.mockResolvedValue({ success, fail });
    const { server } = await startPlugin({
      entities: exampleFleet(),
      services: [auditor.factory],
    });
    const res = await request(server).post(
      `${base}/sovereigncluster/default/nope/assess`,
    );
    expect(res.status).toBe(404);
    expect(fail).toHaveBeenCalledWith({
      error: expect.objectContaining({ name: 'NotFoundError' }),
    });
  });
});
