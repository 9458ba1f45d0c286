import {
  MeshSlot,
  ProvisioningRecord,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';

/** A slot held by a cluster of a mesh. */
export type HeldMeshSlot = MeshSlot & { mesh: string; cluster: string };

/** Where provisioning records and ClusterMesh slots are kept. */
export interface ProvisioningStore {
  /** Oldest first; each with the mesh slot of its cluster, if any. */
  listRecords(): Promise<ProvisioningRecord[]>;
  /** Inserts the record, or replaces the one of the same entity. */
  saveRecord(record: Omit<ProvisioningRecord, 'meshSlot'>): Promise<void>;
  listMeshSlots(mesh: string): Promise<HeldMeshSlot[]>;
  /** False when the cluster ID was taken meanwhile: allocate again. */
  insertMeshSlot(slot: HeldMeshSlot): Promise<boolean>;
}
