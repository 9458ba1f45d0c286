import { DatabaseService, LoggerService } from '@backstage/backend-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import {
  ClusterChangeRecord,
  ClusterChangeStatus,
  ProvisioningRecord,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { Knex } from 'knex';
import { migratedClient } from '../database/migrateDatabase';
import { HeldMeshSlot, ProvisioningStore } from './ProvisioningStore';

const RECORDS = 'sovereign_cloud_provisioning_records';
const SLOTS = 'sovereign_cloud_mesh_slots';
const CHANGES = 'sovereign_cloud_cluster_changes';

type Timestamp = Date | string | number;

interface RecordRow {
  entity_ref: string;
  id: string;
  entity: string;
  mode: string | null;
  requested_by: string | null;
  requested_at: Timestamp;
  /** Null for records saved before requests were kept. */
  request: string | null;
}

interface ChangeRow {
  id: string;
  cluster_ref: string;
  kind: string;
  status: string;
  summary: string;
  diff: string;
  mode: string | null;
  requested_by: string | null;
  requested_at: Timestamp;
  updated_at: Timestamp;
  error: string | null;
}

interface SlotRow {
  mesh_ref: string;
  cluster_ref: string;
  cluster_id: number;
  pod_cidr: string;
  service_cidr: string;
  reserved_at: Timestamp;
}

const changeOf = (
  row: ChangeRow,
  diff: ClusterChangeRecord['diff'],
): ClusterChangeRecord => ({
  id: row.id,
  cluster: row.cluster_ref,
  kind: row.kind as ClusterChangeRecord['kind'],
  status: row.status as ClusterChangeStatus,
  summary: row.summary,
  diff,
  ...(row.mode ? { mode: row.mode as ClusterChangeRecord['mode'] } : {}),
  ...(row.requested_by ? { requestedBy: row.requested_by } : {}),
  requestedAt: new Date(row.requested_at).toISOString(),
  updatedAt: new Date(row.updated_at).toISOString(),
  ...(row.error ? { error: row.error } : {}),
});

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
      const request = this.#parseRequest(row);
      records.push({
        id: row.id,
        entity,
        requestedAt: new Date(row.requested_at).toISOString(),
        ...(row.mode ? { mode: row.mode as ProvisioningRecord['mode'] } : {}),
        ...(row.requested_by ? { requestedBy: row.requested_by } : {}),
        ...(request ? { request } : {}),
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

  #parseRequest(row: RecordRow): Record<string, unknown> | undefined {
    if (!row.request) return undefined;
    try {
      return JSON.parse(row.request);
    } catch {
      // The entity still shows the cluster; only the base of day-2 changes is lost.
      this.#logger.warn(
        `Ignored the request of the provisioning record of ${row.entity_ref}: not valid JSON`,
      );
      return undefined;
    }
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
        request: record.request ? JSON.stringify(record.request) : null,
      })
      .onConflict('entity_ref')
      .merge([
        'id',
        'entity',
        'mode',
        'requested_by',
        'requested_at',
        'request',
      ]);
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

  async deleteMeshSlot(slot: {
    mesh: string;
    cluster: string;
  }): Promise<boolean> {
    const deleted = await this.#db<SlotRow>(SLOTS)
      .where({ mesh_ref: slot.mesh, cluster_ref: slot.cluster })
      .delete();
    return deleted > 0;
  }

  async getChange(id: string): Promise<ClusterChangeRecord | undefined> {
    const row = await this.#db<ChangeRow>(CHANGES).where({ id }).first();
    return row ? this.#changeOf(row) : undefined;
  }

  async listChanges(query: {
    status?: ClusterChangeStatus;
    cluster?: string;
    newestFirst?: boolean;
  }): Promise<ClusterChangeRecord[]> {
    const order = query.newestFirst ? 'desc' : 'asc';
    const rows = await this.#db<ChangeRow>(CHANGES)
      .where(builder => {
        if (query.status) builder.where('status', query.status);
        if (query.cluster) builder.where('cluster_ref', query.cluster);
      })
      .orderBy('requested_at', order)
      .orderBy('id', order);
    return rows.flatMap(row => {
      const change = this.#changeOf(row);
      return change ? [change] : [];
    });
  }

  async saveChange(change: ClusterChangeRecord): Promise<void> {
    await this.#upsertChange(this.#db, change);
  }

  async saveChangeFreeingMeshSlots(
    change: ClusterChangeRecord,
  ): Promise<HeldMeshSlot[]> {
    // One transaction: a change saved decommissioned never leaves its slots held, nor the reverse.
    return this.#db.transaction(async tx => {
      const held = await tx<SlotRow>(SLOTS)
        .where({ cluster_ref: change.cluster })
        .orderBy('mesh_ref', 'asc');
      if (held.length) {
        await tx<SlotRow>(SLOTS)
          .where({ cluster_ref: change.cluster })
          .delete();
      }
      await this.#upsertChange(tx, change);
      return held.map(slotOf);
    });
  }

  async #upsertChange(db: Knex, change: ClusterChangeRecord): Promise<void> {
    const now = new Date();
    await db<ChangeRow>(CHANGES)
      .insert({
        id: change.id,
        cluster_ref: change.cluster,
        kind: change.kind,
        status: change.status,
        summary: change.summary,
        diff: JSON.stringify(change.diff),
        mode: change.mode ?? null,
        requested_by: change.requestedBy ?? null,
        requested_at: new Date(change.requestedAt),
        updated_at: change.updatedAt ? new Date(change.updatedAt) : now,
        error: change.error ?? null,
      })
      .onConflict('id')
      // Who asked and when stay those of the first save (the plan).
      .merge([
        'kind',
        'status',
        'summary',
        'diff',
        'mode',
        'updated_at',
        'error',
      ]);
  }

  #changeOf(row: ChangeRow): ClusterChangeRecord | undefined {
    try {
      return changeOf(row, JSON.parse(row.diff));
    } catch {
      // One damaged row must not hide the others.
      this.#logger.warn(
        `Skipped change ${row.id} of ${row.cluster_ref}: its diff is not valid JSON`,
      );
      return undefined;
    }
  }
}
