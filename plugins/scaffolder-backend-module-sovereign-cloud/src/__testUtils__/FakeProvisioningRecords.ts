import {
  ClusterChangeInput,
  ClusterChangeRecord,
  ClusterChangeStatus,
  MeshSlotRequest,
  MeshSlotResponse,
  ProvisioningRecord,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import {
  allocateMeshSlot,
  ProvisioningClient,
} from '@sovereign-cloud/plugin-sovereign-cloud-node';

/**
 * The backend's provisioning records in memory, with the allocator the
 * backend uses: enough for the actions to reserve slots and save records.
 */
export class FakeProvisioningRecords
  implements
    Pick<
      ProvisioningClient,
      | 'reserveMeshSlot'
      | 'saveRecord'
      | 'listProvisioningRecords'
      | 'saveChange'
      | 'listChanges'
    >
{
  /** Changes by id, as the backend upserts them. */
  readonly changes = new Map<string, ClusterChangeRecord>();

  readonly records: Array<Omit<ProvisioningRecord, 'meshSlot'>> = [];
  readonly slots: MeshSlotResponse[] = [];
  readonly requests: MeshSlotRequest[] = [];

  async reserveMeshSlot(request: MeshSlotRequest): Promise<MeshSlotResponse> {
    this.requests.push(request);
    const held = this.slots.find(
      s => s.mesh === request.mesh && s.cluster === request.cluster,
    );
    if (held) return held;
    const slot = {
      mesh: request.mesh,
      cluster: request.cluster,
      ...allocateMeshSlot(
        this.slots.filter(s => s.mesh === request.mesh),
        { requested: request },
      ),
    };
    if (request.dryRun) return { ...slot, reserved: false };
    this.slots.push({ ...slot, reserved: true });
    return { ...slot, reserved: true };
  }

  async saveRecord(
    record: Omit<ProvisioningRecord, 'meshSlot' | 'requestedBy'>,
  ): Promise<ProvisioningRecord> {
    this.records.push(record);
    return record;
  }

  async listProvisioningRecords(): Promise<ProvisioningRecord[]> {
    return this.records.map(record => ({
      ...record,
      ...(this.slots.find(s => s.cluster === refOf(record))
        ? { meshSlot: this.slots.find(s => s.cluster === refOf(record))! }
        : {}),
    }));
  }

  async saveChange(change: ClusterChangeInput): Promise<ClusterChangeRecord> {
    const now = new Date().toISOString();
    const saved: ClusterChangeRecord = {
      ...change,
      requestedAt: this.changes.get(change.id)?.requestedAt ?? now,
      updatedAt: now,
    };
    this.changes.set(change.id, saved);
    return saved;
  }

  async listChanges(query: {
    status: ClusterChangeStatus;
  }): Promise<ClusterChangeRecord[]> {
    return [...this.changes.values()].filter(c => c.status === query.status);
  }
}

function refOf(record: Omit<ProvisioningRecord, 'meshSlot'>): string {
  const namespace = record.entity.metadata.namespace ?? 'default';
  return `sovereigncluster:${namespace}/${record.entity.metadata.name}`;
}
