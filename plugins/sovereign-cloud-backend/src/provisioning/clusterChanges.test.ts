import {
  mockCredentials,
  mockServices,
  TestDatabases,
} from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  ClusterChangeInput,
  PROVISIONING_RECORDS_TOPIC,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import request from 'supertest';
import { clusterEntity, meshEntity, startPlugin } from '../__testUtils__';

jest.setTimeout(60_000);

const api = '/api/sovereign-cloud';
const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

const asCatalog = mockCredentials.service.header({
  onBehalfOf: mockCredentials.service('plugin:catalog'),
  targetPluginId: 'sovereign-cloud',
});

const upgrade = (
  overrides: Partial<ClusterChangeInput> = {},
): ClusterChangeInput => ({
  id: 'task-upgrade-1',
  cluster: 'scw-par',
  kind: 'upgrade',
  status: 'planned',
  summary: 'Kubernetes v1.32.4 → v1.33.1',
  diff: [
    {
      apiVersion: 'cluster.x-k8s.io/v1beta1',
      kind: 'Cluster',
      namespace: 'tenants',
      name: 'scw-par',
      action: 'update',
      fields: [
        {
          path: 'spec.topology.version',
          change: 'changed',
          before: 'v1.32.4',
          after: 'v1.33.1',
          managers: ['sovereign-cloud'],
        },
      ],
    },
  ],
  mode: 'apply',
  ...overrides,
});

/** Denies the named permissions, allows the rest. */
const denying = (...names: string[]) =>
  mockServices.permissions.mock({
    authorize: async requests =>
      requests.map(r => ({
        result: names.includes(r.permission.name)
          ? AuthorizeResult.DENY
          : AuthorizeResult.ALLOW,
      })),
  });

describe.each(databases.eachSupportedId())('cluster changes on %s', id => {
  async function start(services: any[] = []) {
    const knex = await databases.init(id);
    const events = mockServices.events.mock();
    const auditor = mockServices.auditor.mock();
    const success = jest.fn();
    const fail = jest.fn();
    auditor.createEvent.mockResolvedValue({ success, fail });
    const backend = await startPlugin({
      entities: [
        clusterEntity('scw-par', { provider: 'scaleway', location: 'fr-par' }),
        meshEntity('eu-core'),
      ],
      knex,
      services: [events.factory, auditor.factory, ...services],
    });
    return { ...backend, events, auditor, success, fail };
  }

  const save = (server: any, body: object) =>
    request(server).post(`${api}/provisioning/changes`).send(body);
  const list = (server: any, status?: string) =>
    request(server)
      .get(`${api}/provisioning/changes${status ? `?status=${status}` : ''}`)
      .set('Authorization', asCatalog);

  it('saves a change, updates it by id keeping who asked and when, and lists it by status', async () => {
    const { server, events, auditor, success } = await start();
    const planned = await save(server, upgrade());
    expect(planned.status).toBe(200);
    expect(planned.body).toMatchObject({
      id: 'task-upgrade-1',
      cluster: 'sovereigncluster:default/scw-par',
      status: 'planned',
      requestedBy: 'user:default/mock',
    });
    expect(events.publish).toHaveBeenCalledWith({
      topic: PROVISIONING_RECORDS_TOPIC,
      eventPayload: {
        entityRef: 'sovereigncluster:default/scw-par',
        id: 'task-upgrade-1',
        change: { kind: 'upgrade', status: 'planned' },
      },
    });
    expect(auditor.createEvent).toHaveBeenCalledWith(
      expect.objectContaining({
        eventId: 'cluster-change',
        meta: {
          entityRef: 'sovereigncluster:default/scw-par',
          id: 'task-upgrade-1',
          kind: 'upgrade',
          status: 'planned',
        },
      }),
    );
    expect(success).toHaveBeenCalledWith({
      meta: { kind: 'upgrade', status: 'planned' },
    });

    await new Promise(resolve => setTimeout(resolve, 20));
    // The catalog module marks the end with its own credentials: who asked stays.
    const applied = await save(server, upgrade({ status: 'applied' })).set(
      'Authorization',
      asCatalog,
    );
    expect(applied.status).toBe(200);
    expect(applied.body.requestedBy).toBe('user:default/mock');
    expect(applied.body.requestedAt).toBe(planned.body.requestedAt);
    expect(applied.body.updatedAt > planned.body.updatedAt).toBe(true);

    await save(
      server,
      upgrade({
        id: 'task-pools-1',
        kind: 'node-pools',
        summary: 'pool-a 3 → 5',
      }),
    );
    const appliedOnly = await list(server, 'applied');
    expect(appliedOnly.status).toBe(200);
    expect(appliedOnly.body.items).toEqual([
      expect.objectContaining({
        id: 'task-upgrade-1',
        status: 'applied',
        diff: upgrade().diff,
      }),
    ]);
    expect((await list(server)).body.items.map((c: any) => c.id)).toEqual([
      'task-upgrade-1',
      'task-pools-1',
    ]);
    // Users read a cluster's changes on its page, not the raw list.
    const asUser = await request(server).get(`${api}/provisioning/changes`);
    expect(asUser.status).toBe(403);

    const page = await request(server).get(
      `${api}/clusters/default/scw-par/changes`,
    );
    expect(page.status).toBe(200);
    expect(page.body.cluster).toBe('sovereigncluster:default/scw-par');
    expect(page.body.changes.map((c: any) => c.id)).toEqual([
      'task-pools-1',
      'task-upgrade-1',
    ]);
    // An external cluster has no management cluster to compare with.
    expect(page.body.drift).toBeUndefined();
  });

  it('answers 400 naming the field for a bad body or query', async () => {
    const { server, events } = await start();
    const badKind = await save(server, upgrade({ kind: 'resize' as any }));
    expect(badKind.status).toBe(400);
    expect(badKind.body.error.message).toMatch(/^kind: /);
    const badPath = await save(server, {
      ...upgrade(),
      diff: [{ ...upgrade().diff[0], fields: [{ path: '', change: 'x' }] }],
    });
    expect(badPath.body.error.message).toMatch(
      /diff\.0\.fields\.0\.path: .*diff\.0\.fields\.0\.change: .*diff\.0\.fields\.0\.managers: /,
    );
    const wrongStatus = await save(
      server,
      upgrade({ status: 'decommissioning' }),
    );
    expect(wrongStatus.body.error.message).toMatch(
      /^status: decommissioning is a status of decommission changes/,
    );
    const notACluster = await save(server, upgrade({ cluster: 'component:x' }));
    expect(notACluster.body.error.message).toMatch(
      /^cluster: must refer to a SovereignCluster/,
    );
    const badQuery = await list(server, 'gone');
    expect(badQuery.status).toBe(400);
    expect(badQuery.body.error.message).toMatch(/^status: /);
    expect(events.publish).not.toHaveBeenCalled();
    expect((await list(server)).body.items).toEqual([]);
  });

  it('needs update permission for upgrades and decommission permission for decommissioning, and keeps nothing when refused', async () => {
    const { server, events, fail } = await start([
      denying('sovereign-cloud.cluster.update').factory,
    ]);
    const refused = await save(server, upgrade());
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toBe(
      'Not allowed: sovereign-cloud.cluster.update on sovereigncluster:default/scw-par',
    );
    expect(fail).toHaveBeenCalled();
    expect(events.publish).not.toHaveBeenCalled();

    const decommission = await save(server, {
      id: 'task-decom-1',
      cluster: 'scw-par',
      kind: 'decommission',
      status: 'decommissioning',
      summary: 'Decommission scw-par',
      diff: [],
    });
    expect(decommission.status).toBe(200);
    expect((await list(server)).body.items.map((c: any) => c.id)).toEqual([
      'task-decom-1',
    ]);
  });

  it('never stores values of Secret data', async () => {
    const { server } = await start();
    const secret = {
      apiVersion: 'v1',
      kind: 'Secret',
      namespace: 'tenants',
      name: 'scw-par-credentials',
      action: 'update' as const,
      fields: [
        {
          path: 'data.token',
          change: 'changed' as const,
          before: 'b2xkLXNlY3JldA==',
          after: 'bmV3LXNlY3JldA==',
          managers: ['sovereign-cloud'],
        },
        {
          path: 'metadata.labels.team',
          change: 'added' as const,
          after: 'platform',
          managers: [],
        },
      ],
    };
    await save(server, upgrade({ kind: 'addons', diff: [secret] }));
    const [stored] = (await list(server)).body.items;
    expect(JSON.stringify(stored)).not.toMatch(/b2xk|bmV3/);
    expect(stored.diff[0].fields).toEqual([
      { path: 'data.token', change: 'changed', managers: ['sovereign-cloud'] },
      secret.fields[1],
    ]);
  });

  it('refuses to move a change id to another cluster', async () => {
    const { server } = await start();
    await save(server, upgrade());
    const moved = await save(server, upgrade({ cluster: 'other' }));
    expect(moved.status).toBe(409);
    expect(moved.body.error.message).toMatch(
      /^id: change task-upgrade-1 belongs to/,
    );
  });

  it('frees a released mesh slot for the next cluster', async () => {
    const { server, auditor } = await start();
    const reserve = (cluster: string) =>
      request(server)
        .post(`${api}/provisioning/mesh-slots`)
        .send({ mesh: 'eu-core', cluster });
    const release = (cluster: string) =>
      request(server)
        .post(`${api}/provisioning/mesh-slots/release`)
        .send({ mesh: 'eu-core', cluster });
    const first = await reserve('scw-par');
    await reserve('hz-fsn');
    expect(first.body.clusterId).toBe(1);

    const released = await release('scw-par');
    expect(released.status).toBe(200);
    expect(released.body).toEqual({ released: true });
    expect(auditor.createEvent).toHaveBeenCalledWith(
      expect.objectContaining({
        eventId: 'mesh-slot-release',
        meta: {
          mesh: 'resource:default/eu-core',
          cluster: 'sovereigncluster:default/scw-par',
        },
      }),
    );
    expect((await release('scw-par')).body).toEqual({ released: false });

    const next = await reserve('ovh-gra');
    expect(next.body).toMatchObject({
      clusterId: 1,
      podCidr: first.body.podCidr,
      serviceCidr: first.body.serviceCidr,
    });

    const bad = await request(server)
      .post(`${api}/provisioning/mesh-slots/release`)
      .send({ mesh: 'eu-core' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/^cluster: /);
  });

  it("keeps a decommissioning cluster's mesh slots until it is decommissioned, then frees them all once", async () => {
    const { server, auditor, success } = await start();
    const reserve = (cluster: string, mesh = 'eu-core') =>
      request(server)
        .post(`${api}/provisioning/mesh-slots`)
        .send({ mesh, cluster });
    const nextId = async (mesh = 'eu-core') =>
      (
        await request(server)
          .post(`${api}/provisioning/mesh-slots`)
          .send({ mesh, cluster: 'probe', dryRun: true })
      ).body.clusterId;
    const decommission = (
      status: 'decommissioning' | 'decommissioned',
    ): ClusterChangeInput => ({
      id: 'task-decom-1',
      cluster: 'scw-par',
      kind: 'decommission',
      status,
      summary: 'Decommission scw-par: delete Cluster tenants/scw-par',
      diff: [],
      mode: 'apply',
    });
    const releases = () =>
      auditor.createEvent.mock.calls.filter(
        ([options]) => options.eventId === 'mesh-slot-release',
      );

    const held = await reserve('scw-par');
    expect(held.body.clusterId).toBe(1);
    expect((await reserve('scw-par', 'eu-edge')).body.clusterId).toBe(1);

    expect((await save(server, decommission('decommissioning'))).status).toBe(
      200,
    );
    // Cluster API is still tearing it down: a new member must not take its ID.
    expect((await reserve('hz-fsn')).body.clusterId).toBe(2);
    expect(releases()).toEqual([]);

    // The catalog module saw the Cluster gone from its management cluster.
    const done = await save(server, decommission('decommissioned')).set(
      'Authorization',
      asCatalog,
    );
    expect(done.status).toBe(200);
    expect(done.body.status).toBe('decommissioned');
    expect(releases()).toEqual([
      [
        expect.objectContaining({
          meta: {
            cluster: 'sovereigncluster:default/scw-par',
            reason: 'decommissioned',
          },
        }),
      ],
    ]);
    expect(success).toHaveBeenCalledWith({
      meta: expect.objectContaining({
        cluster: 'sovereigncluster:default/scw-par',
        reason: 'decommissioned',
        meshes: ['resource:default/eu-core', 'resource:default/eu-edge'],
      }),
    });
    const next = await reserve('ovh-gra');
    expect(next.body).toMatchObject({
      clusterId: 1,
      podCidr: held.body.podCidr,
      serviceCidr: held.body.serviceCidr,
    });
    expect(await nextId('eu-edge')).toBe(1);

    // A new cluster of the same name joins; saving the old change again frees nothing.
    expect((await reserve('scw-par')).body.clusterId).toBe(3);
    success.mockClear();
    const again = await save(server, decommission('decommissioned')).set(
      'Authorization',
      asCatalog,
    );
    expect(again.status).toBe(200);
    expect(success).toHaveBeenCalledWith({
      meta: expect.objectContaining({ meshes: [] }),
    });
    expect(await nextId()).toBe(4);
  });

  it('frees no slot when saving the decommissioned change is refused', async () => {
    const { server, fail } = await start([
      denying('sovereign-cloud.cluster.decommission').factory,
    ]);
    await request(server)
      .post(`${api}/provisioning/mesh-slots`)
      .send({ mesh: 'eu-core', cluster: 'scw-par' });
    const refused = await save(server, {
      id: 'task-decom-1',
      cluster: 'scw-par',
      kind: 'decommission',
      status: 'decommissioned',
      summary: 'Decommission scw-par',
      diff: [],
    });
    expect(refused.status).toBe(403);
    expect(fail).toHaveBeenCalledTimes(2);
    const next = await request(server)
      .post(`${api}/provisioning/mesh-slots`)
      .send({ mesh: 'eu-core', cluster: 'other', dryRun: true });
    expect(next.body.clusterId).toBe(2);
  });

  it('keeps the slot when the caller may not decommission the cluster', async () => {
    const { server } = await start([
      denying('sovereign-cloud.cluster.decommission').factory,
    ]);
    await request(server)
      .post(`${api}/provisioning/mesh-slots`)
      .send({ mesh: 'eu-core', cluster: 'scw-par' });
    const refused = await request(server)
      .post(`${api}/provisioning/mesh-slots/release`)
      .send({ mesh: 'eu-core', cluster: 'scw-par' });
    expect(refused.status).toBe(403);
    const next = await request(server)
      .post(`${api}/provisioning/mesh-slots`)
      .send({ mesh: 'eu-core', cluster: 'other', dryRun: true });
    expect(next.body.clusterId).toBe(2);
  });

  it('keeps the ClusterRequest of a provisioning record', async () => {
    const { server } = await start();
    const clusterRequest = {
      name: 'scw-par',
      nodePools: [{ name: 'a', count: 3 }],
    };
    const saved = await request(server)
      .post(`${api}/provisioning/records`)
      .send({
        id: 'task-1',
        entity: clusterEntity('scw-par', {
          provider: 'scaleway',
          location: 'fr-par',
        }),
        request: clusterRequest,
      });
    expect(saved.status).toBe(201);
    const records = await request(server)
      .get(`${api}/provisioning/records`)
      .set('Authorization', asCatalog);
    expect(records.body.items[0].request).toEqual(clusterRequest);
  });

  it("hides a cluster's changes from callers without read permission", async () => {
    const { server } = await start([
      denying('sovereign-cloud.cluster.read').factory,
    ]);
    await save(server, upgrade());
    const page = await request(server).get(
      `${api}/clusters/default/scw-par/changes`,
    );
    expect(page.status).toBe(403);
    const missing = await request(server).get(
      `${api}/clusters/default/nope/changes`,
    );
    expect(missing.status).toBe(404);
  });
});
