import { SovereignClusterEntity } from '@sovereign-cloud/plugin-sovereign-cloud-common';

/**
 * A cluster someone asked to provision that Cluster API may not show yet.
 * @public
 */
export interface ProvisioningRecord {
  /** Id of the provisioning run; becomes the `sovereign-cloud.io/provisioning-id` annotation. */
  id: string;
  /**
   * The SovereignCluster as planned. Its `spec.management` (type
   * `cluster-api`) names the management cluster, namespace and Cluster API
   * name it will appear under.
   */
  entity: SovereignClusterEntity;
  /** When provisioning was requested (ISO 8601). */
  requestedAt: string;
}

/**
 * Where the cluster provider reads provisioning records from. Read-only on
 * purpose: whoever provisions writes them (see `DatabaseProvisioningRecordStore`).
 * @public
 */
export interface ProvisioningRecordSource {
  listProvisioningRecords(): Promise<ProvisioningRecord[]>;
}
