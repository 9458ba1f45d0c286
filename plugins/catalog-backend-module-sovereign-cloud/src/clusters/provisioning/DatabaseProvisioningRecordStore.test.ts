import { TestDatabases } from '@backstage/backend-test-utils';
import { Knex } from 'knex';
import { clusterEntity } from '../../__testUtils__/entities';
import { DatabaseProvisioningRecordStore } from './DatabaseProvisioningRecordStore';

jest.setTimeout(60_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

describe.each(databases.eachSupportedId())(
  'DatabaseProvisioningRecordStore (%s)',
  databaseId => {
    let knex: Knex;
    let store: DatabaseProvisioningRecordStore;

    beforeAll(async () => {
      knex = await databases.init(databaseId);
      store = await DatabaseProvisioningRecordStore.create({
        database: { getClient: async () => knex, migrations: { skip: false } },
      });
    });

    afterEach(async () => {
      await knex('sovereign_cloud_provisioning_records').delete();
    });

    it('saves, replaces, lists and deletes records', async () => {
      const planned = clusterEntity({ metadata: { name: 'new-1' } });
      await store.saveProvisioningRecord({
        id: 'p-2',
        entity: planned,
        requestedAt: '2026-11-30T11:00:00.000Z',
      });
      await store.saveProvisioningRecord({
        id: 'p-1',
        entity: clusterEntity({ metadata: { name: 'new-0' } }),
        requestedAt: '2026-11-30T10:00:00.000Z',
      });
      const replanned = clusterEntity({
        metadata: { name: 'new-1' },
        spec: { lifecycle: 'experimental' },
      });
      await store.saveProvisioningRecord({
        id: 'p-2',
        entity: replanned,
        requestedAt: '2026-11-30T12:00:00.000Z',
      });

      expect(await store.listProvisioningRecords()).toEqual([
        {
          id: 'p-1',
          entity: clusterEntity({ metadata: { name: 'new-0' } }),
          requestedAt: '2026-11-30T10:00:00.000Z',
        },
        {
          id: 'p-2',
          entity: replanned,
          requestedAt: '2026-11-30T12:00:00.000Z',
        },
      ]);
      expect(
        await knex('sovereign_cloud_provisioning_records')
          .select('entity_ref')
          .orderBy('entity_ref'),
      ).toEqual([
        { entity_ref: 'sovereigncluster:default/new-0' },
        { entity_ref: 'sovereigncluster:default/new-1' },
      ]);

      await store.deleteProvisioningRecord('p-1');
      expect((await store.listProvisioningRecords()).map(r => r.id)).toEqual([
        'p-2',
      ]);
    });

    it('skips a damaged row instead of failing the list', async () => {
      await store.saveProvisioningRecord({
        id: 'ok',
        entity: clusterEntity(),
        requestedAt: '2026-11-30T10:00:00.000Z',
      });
      await knex('sovereign_cloud_provisioning_records').insert({
        id: 'bad',
        entity_ref: 'sovereigncluster:default/bad',
        entity: '{not json',
        requested_at: new Date('2026-11-30T09:00:00.000Z'),
      });
      expect((await store.listProvisioningRecords()).map(r => r.id)).toEqual([
        'ok',
      ]);
    });

    it('keeps its migrations apart from the catalog table of migrations', async () => {
      // Running them again (a second start) is a no-op.
      await DatabaseProvisioningRecordStore.create({
        database: { getClient: async () => knex },
      });
      const tables = await knex(
        'sovereign_cloud_provisioning_knex_migrations',
      ).select('name');
      expect(tables.map(t => t.name)).toEqual([
        '20261201120000_provisioning_records.js',
      ]);
    });
  },
);
