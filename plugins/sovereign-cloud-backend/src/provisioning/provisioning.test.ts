import {
  mockCredentials,
  mockServices,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  MeshSlotResponse,
  PROVISIONING_RECORDS_TOPIC,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import request from 'supertest';
import { clusterEntity, meshEntity, startPlugin } from '../__testUtils__';

jest.setTimeout(60_000);

const base = '/api/sovereign-cloud/provisioning';
const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

/** eu-core has one member that joined outside the suite, with its own ranges. */
function fleet(): Entity[] {
  const member = clusterEntity('ionos-fra', {
    provider: 'ionos',
    location: 'de/fra',
    mesh: 'eu-core',
  });
  (member.spec.network as any).podCidr = '10.0.0.0/17';
  (member.spec.network as any).serviceCidr = '10.128.0.0/20';
  return [
    {
      ...member,
      relations: [{ type: 'partOf', targetRef: 'resource:default/eu-core' }],
    },
    meshEntity('eu-core'),
  ];
}

const planned = (name: string) =>
  clusterEntity(name, {
    provider: 'scaleway',
    location: 'fr-par',
    mesh: 'eu-core',
  });

describe.each(databases.eachSupportedId())('provisioning on %s', id => {
  async function start(services: any[] = []) {
    const knex = await databases.init(id);
    const events = mockServices.events.mock();
    const backend = await startPlugin({
      entities: fleet(),
      knex,
      services: [events.factory, ...services],
    });
    return { ...backend, events };
  }

  const reserve = (server: any, body: object) =>
    request(server).post(`${base}/mesh-slots`).send(body);

  it('gives each cluster of a mesh its own ID and ranges, and the same slot again on retry', async () => {
    const { server } = await start();
    const preview = await reserve(server, {
      mesh: 'eu-core',
      cluster: 'scw-par',
      dryRun: true,
    });
    expect(preview.status).toBe(200);
    // The member from the catalog keeps its ranges; the new cluster gets the next ones.
    expect(preview.body).toEqual({
      mesh: 'resource:default/eu-core',
      cluster: 'sovereigncluster:default/scw-par',
      clusterId: 1,
      podCidr: '10.0.128.0/17',
      serviceCidr: '10.128.16.0/20',
      reserved: false,
    });

    const first = await reserve(server, {
      mesh: 'eu-core',
      cluster: 'scw-par',
    });
    const again = await reserve(server, {
      mesh: 'resource:default/eu-core',
      cluster: 'SovereignCluster:default/scw-par',
    });
    const second = await reserve(server, {
      mesh: 'eu-core',
      cluster: 'hz-fsn',
    });
    expect(first.body).toEqual({ ...preview.body, reserved: true });
    expect(again.body).toEqual(first.body);
    expect(second.body).toMatchObject({ clusterId: 2, reserved: true });
    expect(second.body.podCidr).not.toBe(first.body.podCidr);

    // A dry run after the reservations sees them.
    const next = await reserve(server, {
      mesh: 'eu-core',
      cluster: 'ovh-gra',
      dryRun: true,
    });
    expect(next.body.clusterId).toBe(3);
  });

  it('never gives two racing clusters the same slot', async () => {
    const { server } = await start();
    const names = ['a', 'b', 'c', 'd', 'e', 'f'];
    const slots = await Promise.all(
      names.map(name => reserve(server, { mesh: 'eu-core', cluster: name })),
    );
    const bodies = slots.map(s => s.body as MeshSlotResponse);
    expect(new Set(bodies.map(b => b.clusterId)).size).toBe(names.length);
    expect(new Set(bodies.map(b => b.podCidr)).size).toBe(names.length);
  });

  it('refuses ranges a member already uses, naming the field', async () => {
    const { server } = await start();
    const res = await reserve(server, {
      mesh: 'eu-core',
      cluster: 'scw-par',
      podCidr: '10.0.64.0/18',
    });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toMatch(
      /^podCidr: 10\.0\.64\.0\/18 overlaps 10\.0\.0\.0\/17/,
    );
    const bad = await reserve(server, { mesh: 'component:x', cluster: 'y' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^mesh: must refer to a Resource/);
  });

  it('keeps records for the catalog module and tells it at once', async () => {
    const { server, events } = await start();
    await reserve(server, { mesh: 'eu-core', cluster: 'scw-par' });
    const saved = await request(server)
      .post(`${base}/records`)
      .send({ id: 'task-1', entity: planned('scw-par'), mode: 'gitops' });
    expect(saved.status).toBe(201);
    expect(saved.body.requestedBy).toBe('user:default/mock');
    expect(events.publish).toHaveBeenCalledWith({
      topic: PROVISIONING_RECORDS_TOPIC,
      eventPayload: {
        entityRef: 'sovereigncluster:default/scw-par',
        id: 'task-1',
      },
    });

    // A retry of the same cluster replaces its record: one entity, never two.
    await request(server)
      .post(`${base}/records`)
      .send({ id: 'task-2', entity: planned('scw-par'), mode: 'apply' });

    const asCatalog = await request(server)
      .get(`${base}/records`)
      .set(
        'Authorization',
        mockCredentials.service.header({
          onBehalfOf: mockCredentials.service('plugin:catalog'),
          targetPluginId: 'sovereign-cloud',
        }),
      );
    expect(asCatalog.status).toBe(200);
    expect(asCatalog.body.items).toEqual([
      expect.objectContaining({
        id: 'task-2',
        mode: 'apply',
        entity: expect.objectContaining({ kind: 'SovereignCluster' }),
        meshSlot: {
          mesh: 'resource:default/eu-core',
          clusterId: 1,
          podCidr: '10.0.128.0/17',
          serviceCidr: '10.128.16.0/20',
        },
      }),
    ]);

    // Users see the clusters in the catalog, not the raw records.
    const asUser = await request(server).get(`${base}/records`);
    expect(asUser.status).toBe(403);
  });

  it('rejects an entity that is not a valid SovereignCluster, naming the field', async () => {
    const { server } = await start();
    const entity = planned('broken') as any;
    entity.spec.nodePools[0].count = -1;
    const res = await request(server)
      .post(`${base}/records`)
      .send({ id: 'task-1', entity });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/spec\.nodePools\[0\]\.count/);
    const missing = await request(server).post(`${base}/records`).send({});
    expect(missing.body.error.message).toMatch(/^id: .*; entity: /);
  });

  it("lets a day-2 change re-save its run's record with the update permission, keeping who asked first", async () => {
    const decisions: string[] = [];
    const permissions = mockServices.permissions.mock({
      authorize: async requests =>
        requests.map(r => {
          decisions.push(r.permission.name);
          // A cluster operator: may update clusters, not provision new ones.
          return {
            result:
              r.permission.name === 'sovereign-cloud.cluster.provision' &&
              decisions.length > 1
                ? AuthorizeResult.DENY
                : AuthorizeResult.ALLOW,
          };
        }),
    });
    const { server } = await start([permissions.factory]);
    const first = await request(server)
      .post(`${base}/records`)
      .set('Authorization', mockCredentials.user.header('user:default/alice'))
      .send({
        id: 'task-1',
        entity: planned('scw-par'),
        requestedAt: '2026-11-01T00:00:00.000Z',
        request: { kubernetesVersion: 'v1.33.4' },
      });
    expect(first.status).toBe(201);

    const resaved = await request(server)
      .post(`${base}/records`)
      .set('Authorization', mockCredentials.user.header('user:default/bob'))
      .send({
        id: 'task-1',
        entity: planned('scw-par'),
        requestedAt: '2026-11-30T00:00:00.000Z',
        request: { kubernetesVersion: 'v1.34.1' },
      });
    expect(resaved.status).toBe(201);
    expect(resaved.body).toMatchObject({
      requestedBy: 'user:default/alice',
      requestedAt: '2026-11-01T00:00:00.000Z',
      request: { kubernetesVersion: 'v1.34.1' },
    });
    expect(decisions).toContain('sovereign-cloud.cluster.update');

    // A new run is a new cluster request: that still needs the provisioning permission.
    const other = await request(server)
      .post(`${base}/records`)
      .send({ id: 'task-2', entity: planned('scw-par') });
    expect(other.status).toBe(403);
  });

  it('refuses callers without the provisioning permission and keeps nothing', async () => {
    const permissions = mockServices.permissions.mock({
      authorize: async requests =>
        requests.map(r => ({
          result:
            r.permission.name === 'sovereign-cloud.cluster.provision'
              ? AuthorizeResult.DENY
              : AuthorizeResult.ALLOW,
        })),
    });
    const { server, events } = await start([permissions.factory]);
    const record = await request(server)
      .post(`${base}/records`)
      .send({ id: 'task-1', entity: planned('scw-par') });
    expect(record.status).toBe(403);
    const slot = await reserve(server, { mesh: 'eu-core', cluster: 'scw-par' });
    expect(slot.status).toBe(403);
    // Planning may still look at the slot it would get.
    const preview = await reserve(server, {
      mesh: 'eu-core',
      cluster: 'scw-par',
      dryRun: true,
    });
    expect(preview.status).toBe(200);
    expect(events.publish).not.toHaveBeenCalled();
    const after = await reserve(server, {
      mesh: 'eu-core',
      cluster: 'other',
      dryRun: true,
    });
    expect(after.body.clusterId).toBe(1);
  });
});
