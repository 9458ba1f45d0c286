/**
 * Catalog module of the sovereign-cloud suite: the SovereignCluster and
 * CloudProvider kinds (validation, relations), the provider catalogue, and
 * SovereignClusters from config, provisioning records and Cluster API
 * management clusters.
 *
 * @packageDocumentation
 */

export { catalogModuleSovereignCloud as default } from './module';
export {
  sovereignCloudCatalogExtensionPoint,
  type SovereignCloudCatalogExtensionPoint,
} from './extensions';
export { SovereignCloudEntitiesProcessor } from './processor/SovereignCloudEntitiesProcessor';
export {
  ProviderCatalogueSource,
  type CatalogueProvider,
} from './catalogue/ProviderCatalogueSource';
export { ProviderCatalogueEntityProvider } from './catalogue/ProviderCatalogueEntityProvider';
export { SovereignClusterEntityProvider } from './clusters/SovereignClusterEntityProvider';
export type {
  ProvisioningRecord,
  ProvisioningRecordSource,
} from './clusters/provisioning/ProvisioningRecordSource';
export type { SovereignCloudEntitySource } from './locations';
