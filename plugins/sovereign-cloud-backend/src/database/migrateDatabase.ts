import {
  DatabaseService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { Knex } from 'knex';

const migrationsDir = resolvePackagePath(
  '@sovereign-cloud/plugin-sovereign-cloud-backend',
  'migrations',
);

const migrated = new WeakMap<DatabaseService, Promise<Knex>>();

/** The plugin's database client, migrated once however many stores ask. */
export function migratedClient(database: DatabaseService): Promise<Knex> {
  let client = migrated.get(database);
  if (!client) {
    client = (async () => {
      const knex = await database.getClient();
      if (!database.migrations?.skip) {
        await knex.migrate.latest({ directory: migrationsDir });
      }
      return knex;
    })();
    migrated.set(database, client);
  }
  return client;
}
