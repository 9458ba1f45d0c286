import { SovereignClusterEntity } from '../entities/SovereignCluster';

/**
 * A member's place in a Cilium ClusterMesh: its cluster ID and address
 * ranges, unique within the mesh.
 * @public
 */
export type MeshSlot = {
  clusterId: number;
  podCidr: string;
  serviceCidr: string;
};

/** How a cluster was handed to its management cluster. @public */
export type ProvisioningMode = 'apply' | 'gitops';

/**
 * A cluster someone asked to provision, kept by the sovereign-cloud backend
 * (`GET /provisioning/records`) until Cluster API shows it; the catalog shows
 * it as `Provisioning` meanwhile.
 * @public
 */
export type ProvisioningRecord = {
  /** Id of the provisioning run (the scaffolder task); the `sovereign-cloud.io/provisioning-id` annotation. */
  id: string;
  /** The SovereignCluster as planned; `spec.management` names where it will appear. */
  entity: SovereignClusterEntity;
  /** When provisioning was requested (ISO 8601). */
  requestedAt: string;
  mode?: ProvisioningMode;
  /** Entity ref of the user who asked. */
  requestedBy?: string;
  /** The ClusterMesh slot reserved for the cluster, if it joins a mesh. */
  meshSlot?: MeshSlot & { mesh: string };
  /**
   * The validated ClusterRequest the cluster was planned from: the base of
   * its day-2 changes (the entity alone lacks e.g. the control-plane machine type).
   */
  request?: Record<string, unknown>;
};

/** Body of `POST /provisioning/mesh-slots`. @public */
export type MeshSlotRequest = {
  /** Entity ref of the mesh Resource. */
  mesh: string;
  /** Entity ref of the SovereignCluster joining it. */
  cluster: string;
  /** Ranges the request asks for; allocated when left out, refused when they overlap a member's. */
  podCidr?: string;
  serviceCidr?: string;
  /** Answer with the slot that would be reserved, without reserving it. */
  dryRun?: boolean;
};

/** Answer of `POST /provisioning/mesh-slots`. @public */
export type MeshSlotResponse = MeshSlot & {
  mesh: string;
  cluster: string;
  /** False for a dry run: another cluster may still take the slot. */
  reserved: boolean;
};

/**
 * Events topic the backend publishes to when it saves a provisioning record,
 * so the catalog shows the cluster at once.
 * @public
 */
export const PROVISIONING_RECORDS_TOPIC =
  'sovereign-cloud.provisioning-records';
