import {
  ClusterChangeRecord,
  ClusterChangeStatus,
  MeshSlot,
  ProvisioningRecord,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';

/** A slot held by a cluster of a mesh. */
export type HeldMeshSlot = MeshSlot & { mesh: string; cluster: string };

/** Where provisioning records, ClusterMesh slots and cluster changes are kept. */
export interface ProvisioningStore {
  /** Oldest first; each with the mesh slot of its cluster, if any. */
  listRecords(): Promise<ProvisioningRecord[]>;
  /** Inserts the record, or replaces the one of the same entity. */
  saveRecord(record: Omit<ProvisioningRecord, 'meshSlot'>): Promise<void>;
  listMeshSlots(mesh: string): Promise<HeldMeshSlot[]>;
  /** False when the cluster ID was taken meanwhile: allocate again. */
  insertMeshSlot(slot: HeldMeshSlot): Promise<boolean>;
  /** Frees the cluster's slot in the mesh; false when it held none. */
  deleteMeshSlot(slot: { mesh: string; cluster: string }): Promise<boolean>;
  getChange(id: string): Promise<ClusterChangeRecord | undefined>;
  /**
   * Oldest first, or newest first with `newestFirst`; `cluster` is the
   * lower-case entity ref.
   */
  listChanges(query: {
    status?: ClusterChangeStatus;
    cluster?: string;
    newestFirst?: boolean;
  }): Promise<ClusterChangeRecord[]>;
  /**
   * Inserts the change, or updates the one of the same id; `requestedAt` and
   * `requestedBy` stay those of the first save.
   */
  saveChange(change: ClusterChangeRecord): Promise<void>;
  /**
   * Saves the change like `saveChange` and, in the same transaction, frees
   * every mesh slot its cluster holds (all meshes); returns the slots freed.
   */
  saveChangeFreeingMeshSlots(
    change: ClusterChangeRecord,
  ): Promise<HeldMeshSlot[]>;
}
