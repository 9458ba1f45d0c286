import { DatabaseService, LoggerService } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { ProvisioningRecord } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { Knex } from 'knex';
import { migratedClient } from '../database/migrateDatabase';
import { HeldMeshSlot, ProvisioningStore } from './ProvisioningStore';

const RECORDS = 'sovereign_cloud_provisioning_records';
const SLOTS = 'sovereign_cloud_mesh_slots';

type Timestamp = Date | string | number;

interface RecordRow {
  entity_ref: string;
  id: string;
  entity: string;
  mode: string | null;
  requested_by: string | null;
  requested_at: Timestamp;
}

interface SlotRow {
  mesh_ref: string;
  cluster_ref: string;
  cluster_id: number;
  pod_cidr: string;
  service_cidr: string;
  reserved_at: Timestamp;
}

const slotOf = (row: SlotRow): HeldMeshSlot => ({
  mesh: row.mesh_ref,
  cluster: row.cluster_ref,
  clusterId: Number(row.cluster_id),
  podCidr: row.pod_cidr,
  serviceCidr: row.service_cidr,
});

/** {@link ProvisioningStore} in the plugin's database (SQLite or PostgreSQL). */
export class DatabaseProvisioningStore implements ProvisioningStore {
  readonly #db: Knex;
  readonly #logger: LoggerService;

  static async create(options: {
    database: DatabaseService;
    logger: LoggerService;
  }): Promise<DatabaseProvisioningStore> {
    return new DatabaseProvisioningStore(
      await migratedClient(options.database),
      options.logger,
    );
  }

  private constructor(db: Knex, logger: LoggerService) {
    this.#db = db;
    this.#logger = logger;
  }

  async listRecords(): Promise<ProvisioningRecord[]> {
    const [rows, slots] = await Promise.all([
      this.#db<RecordRow>(RECORDS)
        .select()
        .orderBy('requested_at', 'asc')
        .orderBy('entity_ref', 'asc'),
      this.#db<SlotRow>(SLOTS).select(),
    ]);
    const slotByCluster = new Map(slots.map(s => [s.cluster_ref, slotOf(s)]));
    const records: ProvisioningRecord[] = [];
    for (const row of rows) {
      let entity;
      try {
        entity = JSON.parse(row.entity);
      } catch {
        // One damaged row must not hide the others.
        this.#logger.warn(
          `Skipped provisioning record of ${row.entity_ref}: its entity is not valid JSON`,
        );
        continue;
      }
      const held = slotByCluster.get(row.entity_ref);
      records.push({
        id: row.id,
        entity,
        requestedAt: new Date(row.requested_at).toISOString(),
        ...(row.mode ? { mode: row.mode as ProvisioningRecord['mode'] } : {}),
        ...(row.requested_by ? { requestedBy: row.requested_by } : {}),
        ...(held
          ? {
              meshSlot: {
                mesh: held.mesh,
                clusterId: held.clusterId,
                podCidr: held.podCidr,
                serviceCidr: held.serviceCidr,
              },
            }
          : {}),
      });
    }
    return records;
  }

  async saveRecord(
    record: Omit<ProvisioningRecord, 'meshSlot'>,
  ): Promise<void> {
    await this.#db<RecordRow>(RECORDS)
      .insert({
        entity_ref: stringifyEntityRef(record.entity).toLocaleLowerCase(
          'en-US',
        ),
        id: record.id,
        entity: JSON.stringify(record.entity),
        mode: record.mode ?? null,
        requested_by: record.requestedBy ?? null,
        requested_at: new Date(record.requestedAt),
      })
      .onConflict('entity_ref')
      .merge(['id', 'entity', 'mode', 'requested_by', 'requested_at']);
  }

  async listMeshSlots(mesh: string): Promise<HeldMeshSlot[]> {
    const rows = await this.#db<SlotRow>(SLOTS)
      .where({ mesh_ref: mesh })
      .orderBy('cluster_id', 'asc');
    return rows.map(slotOf);
  }

  async insertMeshSlot(slot: HeldMeshSlot): Promise<boolean> {
    const inserted = await this.#db<SlotRow>(SLOTS)
      .insert({
        mesh_ref: slot.mesh,
        cluster_ref: slot.cluster,
        cluster_id: slot.clusterId,
        pod_cidr: slot.podCidr,
        service_cidr: slot.serviceCidr,
        reserved_at: new Date(),
      })
      .onConflict()
      .ignore()
      .returning('cluster_id');
    return inserted.length === 1;
  }
}
