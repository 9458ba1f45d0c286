import {
  DatabaseService,
  LoggerService,
  resolvePackagePath,
} from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { Knex } from 'knex';
import {
  ProvisioningRecord,
  ProvisioningRecordSource,
} from './ProvisioningRecordSource';

const TABLE = 'sovereign_cloud_provisioning_records';

/**
 * Own migrations table: the store may share a database with the catalog,
 * whose `knex_migrations` lists migrations this package does not have.
 */
const MIGRATIONS_TABLE = 'sovereign_cloud_provisioning_knex_migrations';

const migrationsDir = resolvePackagePath(
  '@sovereign-cloud/plugin-catalog-backend-module-sovereign-cloud',
  'migrations',
);

interface RecordRow {
  id: string;
  entity_ref: string;
  entity: string;
  requested_at: Date | string | number;
}

const toIso = (value: RecordRow['requested_at']) =>
  new Date(value).toISOString();

/**
 * Provisioning records in a knex table (`sovereign_cloud_provisioning_records`),
 * with the migrations of this package. The catalog module reads them; the
 * code that provisions clusters writes them with the same class over its own
 * database service, or hands the module another {@link ProvisioningRecordSource}
 * through `sovereignCloudCatalogExtensionPoint`.
 * @public
 */
export class DatabaseProvisioningRecordStore
  implements ProvisioningRecordSource
{
  readonly #db: Knex;
  readonly #logger?: LoggerService;

  static async create(options: {
    database: DatabaseService;
    logger?: LoggerService;
  }): Promise<DatabaseProvisioningRecordStore> {
    const { database } = options;
    const client = await database.getClient();
    if (!database.migrations?.skip) {
      await client.migrate.latest({
        directory: migrationsDir,
        tableName: MIGRATIONS_TABLE,
      });
    }
    return new DatabaseProvisioningRecordStore(client, options.logger);
  }

  private constructor(db: Knex, logger?: LoggerService) {
    this.#db = db;
    this.#logger = logger;
  }

  async listProvisioningRecords(): Promise<ProvisioningRecord[]> {
    const rows = await this.#db<RecordRow>(TABLE)
      .select()
      .orderBy('requested_at', 'asc')
      .orderBy('id', 'asc');
    const records: ProvisioningRecord[] = [];
    for (const row of rows) {
      try {
        records.push({
          id: row.id,
          entity: JSON.parse(row.entity),
          requestedAt: toIso(row.requested_at),
        });
      } catch {
        // One damaged row must not hide the others.
        this.#logger?.warn(
          `Skipped provisioning record ${row.id}: its entity is not valid JSON`,
        );
      }
    }
    return records;
  }

  /** Inserts the record, or replaces the one with the same id. */
  async saveProvisioningRecord(record: ProvisioningRecord): Promise<void> {
    await this.#db<RecordRow>(TABLE)
      .insert({
        id: record.id,
        entity_ref: stringifyEntityRef(record.entity),
        entity: JSON.stringify(record.entity),
        requested_at: new Date(record.requestedAt),
      })
      .onConflict('id')
      .merge(['entity_ref', 'entity', 'requested_at']);
  }

  /** Removes a record, e.g. once its cluster is discovered or provisioning is abandoned. */
  async deleteProvisioningRecord(id: string): Promise<void> {
    await this.#db(TABLE).where({ id }).delete();
  }
}
