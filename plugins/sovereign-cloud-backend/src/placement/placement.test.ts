import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import request from 'supertest';
import {
  clusterEntity,
  componentEntity,
  exampleFleet,
  OUTSIDER,
  startPlugin,
} from '../__testUtils__';

const api = '/api/sovereign-cloud';

/** A component with placement annotations: EU only, 6 replicas, 2 must survive a provider loss. */
function annotated(name: string, dependsOn: string[], extra = {}): Entity {
  const entity = componentEntity(name, { dependsOn });
  entity.metadata.annotations = {
    'sovereign-cloud.io/replicas': '6',
    'sovereign-cloud.io/allowed-jurisdictions': 'EU',
    ...extra,
  };
  return entity;
}

function fleet(): Entity[] {
  return [
    ...exampleFleet(),
    annotated('orders-api', [
      'sovereigncluster:default/ionos-fra',
      'sovereigncluster:default/hetzner-fsn',
      'sovereigncluster:default/scaleway-par',
    ]),
    // Its data must stay in France: only OVHcloud Gravelines qualifies.
    annotated('ledger', ['sovereigncluster:default/ovh-gra'], {
      'sovereign-cloud.io/replicas': '2',
      'sovereign-cloud.io/data-residency': 'FR',
      'sovereign-cloud.io/volume-size': '50Gi',
    }),
  ];
}

describe('GET /exit-plan', () => {
  it('re-plans every workload on the fleet without the provider', async () => {
    const { server } = await startPlugin({ entities: fleet() });
    const res = await request(server).get(`${api}/exit-plan?provider=ionos`);
    expect(res.status).toBe(200);
    expect(res.body.provider).toBe('ionos');
    expect(res.body.clustersLeft).toEqual([
      'sovereigncluster:default/ionos-fra',
    ]);
    const byName = (name: string) =>
      res.body.workloads.find((w: any) => w.name === name);
    const orders = byName('orders-api');
    expect(orders.status).toBe('moves');
    expect(orders.movingReplicas).toBe(2);
    expect(
      orders.after.reduce((sum: number, a: any) => sum + a.replicas, 0),
    ).toBe(6);
    expect(orders.after.map((a: any) => a.provider)).not.toContain('ionos');
    // payments-api ran on IONOS too; legacy-billing and ledger did not.
    expect(byName('payments-api').status).toBe('moves');
    expect(byName('legacy-billing').status).toBe('unaffected');
    expect(byName('ledger').status).toBe('unaffected');
    expect(byName('no-clusters')).toBeUndefined();
    expect(res.body.summary).toEqual({
      unaffected: 2,
      moves: 2,
      cannotMove: 0,
    });
    expect(res.body.posture.before.clusters).toBe(6);
    expect(res.body.posture.after.clusters).toBe(5);
    expect(res.body.posture.before.providers).toContain('ionos');
    expect(res.body.posture.after.providers).not.toContain('ionos');
  });

  it('says why a workload cannot move when its data must stay with the provider', async () => {
    const { server } = await startPlugin({ entities: fleet() });
    const res = await request(server).get(
      `${api}/exit-plan?provider=cloudprovider:default/ovhcloud`,
    );
    expect(res.status).toBe(200);
    const ledger = res.body.workloads.find((w: any) => w.name === 'ledger');
    expect(ledger).toMatchObject({
      status: 'cannot-move',
      blocker: 'storage',
      after: [],
      movingReplicas: 2,
    });
    expect(ledger.reason).toMatch(/DataResidency/);
  });

  it('uses the stored assessment of a cluster for its score and level', async () => {
    // aws-fra as declared later: no network encryption, a weaker declared posture.
    const weaker = clusterEntity('aws-fra', {
      provider: 'aws',
      location: 'eu-central-1',
      workers: 4,
    });
    weaker.spec.network = { overlay: 'none', encryption: { mode: 'none' } };
    const { server, catalog } = await startPlugin({ entities: fleet() });
    const assessedNow = await request(server).get(
      `${api}/posture/sovereigncluster/default/aws-fra`,
    );
    expect(assessedNow.status).toBe(200);
    const assessed = await request(server).get(`${api}/exit-plan?provider=aws`);
    catalog.entities = catalog.entities.map(e =>
      e.metadata.name === 'aws-fra' ? weaker : e,
    );
    // The stored assessment still answers for aws-fra…
    const stored = await request(server).get(`${api}/exit-plan?provider=aws`);
    expect(stored.body.posture.before).toEqual(assessed.body.posture.before);
    // …where a fleet never assessed takes the weaker declared facts.
    const fresh = await startPlugin({
      entities: fleet().map(e => (e.metadata.name === 'aws-fra' ? weaker : e)),
    });
    const declared = await request(fresh.server).get(
      `${api}/exit-plan?provider=aws`,
    );
    expect(declared.body.posture.before.averageScore).not.toBe(
      assessed.body.posture.before.averageScore,
    );
    expect(declared.body.posture.after).toEqual(assessed.body.posture.after);
  });

  it('covers only what the caller can see', async () => {
    const { server, catalog } = await startPlugin({ entities: fleet() });
    catalog.hide('component:default/orders-api');
    const res = await request(server)
      .get(`${api}/exit-plan?provider=ionos`)
      .set('Authorization', mockCredentials.user.header(OUTSIDER));
    expect(res.status).toBe(200);
    expect(res.body.workloads.map((w: any) => w.name)).not.toContain(
      'orders-api',
    );
  });

  it('answers 400 naming the field, 404 naming the provider and 403 when denied', async () => {
    const { server } = await startPlugin({ entities: fleet() });
    const missing = await request(server).get(`${api}/exit-plan`);
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toMatch(/^provider: is required/);
    const bad = await request(server).get(`${api}/exit-plan?provider=a%20b`);
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^provider: must be/);

    const unknown = await request(server).get(
      `${api}/exit-plan?provider=nimbus`,
    );
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toMatch(/"nimbus"/);

    const denied = await startPlugin({
      entities: fleet(),
      services: [
        mockServices.permissions.factory({ result: AuthorizeResult.DENY }),
      ],
    });
    const res = await request(denied.server).get(
      `${api}/exit-plan?provider=ionos`,
    );
    expect(res.status).toBe(403);
    expect(res.body.error.message).toMatch(
      /sovereign-cloud\.provider\.exit-plan on cloudprovider:default\/ionos/,
    );
  });
});

describe('GET /placement/:kind/:namespace/:name', () => {
  it('answers the clusters, providers, countries and replicas of a component', async () => {
    const { server } = await startPlugin({ entities: fleet() });
    const res = await request(server).get(
      `${api}/placement/component/default/orders-api`,
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      entityRef: 'component:default/orders-api',
      providers: ['hetzner', 'ionos', 'scaleway'],
      countries: ['DE', 'FR'],
      replicas: 6,
      constraints: { allowedJurisdictions: ['EU'] },
      problems: [],
    });
    const ionos = res.body.clusters.find((c: any) => c.name === 'ionos-fra');
    expect(ionos).toMatchObject({
      entityRef: 'sovereigncluster:default/ionos-fra',
      title: 'IONOS Frankfurt',
      provider: 'ionos',
      countries: ['DE'],
      replicas: 2,
      seal: expect.stringMatching(/^SEAL-[0-4]$/),
      score: expect.any(Number),
      postureSource: 'declared',
    });
  });

  it('takes score and level from the stored assessment once there is one', async () => {
    const { server } = await startPlugin({ entities: fleet() });
    const posture = await request(server).get(
      `${api}/posture/sovereigncluster/default/ovh-gra`,
    );
    const res = await request(server).get(
      `${api}/placement/component/default/ledger`,
    );
    expect(res.body.clusters).toEqual([
      expect.objectContaining({
        name: 'ovh-gra',
        replicas: 2,
        score: posture.body.report.score,
        seal: posture.body.report.seal.label,
        postureSource: 'assessed',
      }),
    ]);
    expect(res.body.constraints).toEqual({
      dataResidency: ['FR'],
      allowedJurisdictions: ['EU'],
      volumeSizeGiB: 50,
    });
  });

  it('reports bad annotations and clusters the caller cannot see as problems', async () => {
    const broken = annotated('broken', ['sovereigncluster:default/aws-fra'], {
      'sovereign-cloud.io/replicas': 'many',
    });
    const { server, catalog } = await startPlugin({
      entities: [...fleet(), broken],
    });
    catalog.hide('sovereigncluster:default/aws-fra');
    const res = await request(server)
      .get(`${api}/placement/component/default/broken`)
      .set('Authorization', mockCredentials.user.header(OUTSIDER));
    expect(res.status).toBe(200);
    expect(res.body.clusters).toEqual([]);
    expect(res.body.problems).toEqual([
      'sovereign-cloud.io/replicas: must be a positive integer, got "many"',
      'sovereigncluster:default/aws-fra: no SovereignCluster in the catalog that you can see',
    ]);
  });

  it('answers an empty placement for a component on no cluster', async () => {
    const { server } = await startPlugin({ entities: fleet() });
    const res = await request(server).get(
      `${api}/placement/component/default/no-clusters`,
    );
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      clusters: [],
      providers: [],
      replicas: 0,
    });
  });

  it('answers 400 for another kind, 404 for an unknown component and 403 when denied', async () => {
    const { server } = await startPlugin({ entities: fleet() });
    const kind = await request(server).get(
      `${api}/placement/sovereigncluster/default/ionos-fra`,
    );
    expect(kind.status).toBe(400);
    expect(kind.body.error.message).toMatch(/^kind: must be component/);
    const unknown = await request(server).get(
      `${api}/placement/component/default/nope`,
    );
    expect(unknown.status).toBe(404);

    const denied = await startPlugin({
      entities: fleet(),
      services: [
        mockServices.permissions.factory({ result: AuthorizeResult.DENY }),
      ],
    });
    const res = await request(denied.server).get(
      `${api}/placement/component/default/orders-api`,
    );
    expect(res.status).toBe(403);
    expect(res.body.error.message).toMatch(/sovereign-cloud\.posture\.read/);
  });
});
