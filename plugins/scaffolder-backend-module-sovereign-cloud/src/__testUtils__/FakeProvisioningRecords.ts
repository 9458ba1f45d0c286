import {
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
  implements Pick<ProvisioningClient, 'reserveMeshSlot' | 'saveRecord'>
{
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
}
