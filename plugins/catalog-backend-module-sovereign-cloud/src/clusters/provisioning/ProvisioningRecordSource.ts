import {
  ClusterChangeInput,
  ClusterChangeRecord,
  ClusterChangeStatus,
  ProvisioningRecord,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';

export type { ClusterChangeRecord, ProvisioningRecord };

/**
 * Where the cluster provider reads provisioning records from. By default the
 * sovereign-cloud backend (`ProvisioningClient`), which the scaffolder
 * actions write to.
 * @public
 */
export interface ProvisioningRecordSource {
  listProvisioningRecords(): Promise<ProvisioningRecord[]>;
  /**
   * Day-2 changes in one status (the provider reads `decommissioning` and
   * `decommissioned`). Sources without changes leave it out: no cluster
   * then shows a decommissioning phase.
   */
  listChanges?(query: {
    status: ClusterChangeStatus;
  }): Promise<ClusterChangeRecord[]>;
  /**
   * Saves a change with the source's own credentials: the provider marks a
   * decommissioning `decommissioned` once its management cluster no longer
   * has the cluster.
   */
  saveChange?(change: ClusterChangeInput): Promise<unknown>;
}
