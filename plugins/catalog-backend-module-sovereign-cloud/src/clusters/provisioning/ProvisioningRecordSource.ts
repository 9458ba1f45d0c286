import { ProvisioningRecord } from '@sovereign-cloud/plugin-sovereign-cloud-common';

export type { ProvisioningRecord };

/**
 * Where the cluster provider reads provisioning records from. By default the
 * sovereign-cloud backend (`ProvisioningClient`), which the scaffolder
 * actions write to.
 * @public
 */
export interface ProvisioningRecordSource {
  listProvisioningRecords(): Promise<ProvisioningRecord[]>;
}
