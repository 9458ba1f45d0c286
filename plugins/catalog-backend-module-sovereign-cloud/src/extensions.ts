import { createExtensionPoint } from '@backstage/backend-plugin-api';
import { ProvisioningRecordSource } from './clusters/provisioning/ProvisioningRecordSource';

/**
 * What other catalog modules can plug into this one.
 * @public
 */
export interface SovereignCloudCatalogExtensionPoint {
  /**
   * Replaces the module's own provisioning-record table as the source of
   * clusters being provisioned, e.g. with a client of the plugin that
   * provisions them (plugins have separate databases).
   */
  setProvisioningRecordSource(source: ProvisioningRecordSource): void;
}

/**
 * Extension point of the sovereign-cloud catalog module.
 * @public
 */
export const sovereignCloudCatalogExtensionPoint =
  createExtensionPoint<SovereignCloudCatalogExtensionPoint>({
    id: 'catalog.sovereign-cloud',
  });

/** Holds what modules set through the extension point until init. */
export class SovereignCloudCatalogExtensions
  implements SovereignCloudCatalogExtensionPoint
{
  #provisioningRecordSource?: ProvisioningRecordSource;

  setProvisioningRecordSource(source: ProvisioningRecordSource): void {
    if (this.#provisioningRecordSource) {
      throw new Error(
        'A provisioning record source was already set for the sovereign-cloud catalog module',
      );
    }
    this.#provisioningRecordSource = source;
  }

  get provisioningRecordSource(): ProvisioningRecordSource | undefined {
    return this.#provisioningRecordSource;
  }
}
