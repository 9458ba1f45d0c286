import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { kubernetesClientFactoryServiceRef } from '@sovereign-cloud/plugin-sovereign-cloud-node';
import { ProviderCatalogueEntityProvider } from './catalogue/ProviderCatalogueEntityProvider';
import { ProviderCatalogueSource } from './catalogue/ProviderCatalogueSource';
import { DatabaseProvisioningRecordStore } from './clusters/provisioning/DatabaseProvisioningRecordStore';
import { SovereignClusterEntityProvider } from './clusters/SovereignClusterEntityProvider';
import {
  SovereignCloudCatalogExtensions,
  sovereignCloudCatalogExtensionPoint,
} from './extensions';
import { SovereignCloudEntitiesProcessor } from './processor/SovereignCloudEntitiesProcessor';

/**
 * Catalog module of the sovereign-cloud suite: the SovereignCluster and
 * CloudProvider kinds, the provider catalogue, and clusters from config,
 * provisioning records and Cluster API management clusters.
 * @public
 */
export const catalogModuleSovereignCloud = createBackendModule({
  pluginId: 'catalog',
  moduleId: 'sovereign-cloud',
  register(env) {
    const extensions = new SovereignCloudCatalogExtensions();
    env.registerExtensionPoint(sovereignCloudCatalogExtensionPoint, extensions);
    env.registerInit({
      deps: {
        catalog: catalogProcessingExtensionPoint,
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        scheduler: coreServices.scheduler,
        database: coreServices.database,
        kubernetes: kubernetesClientFactoryServiceRef,
      },
      async init({ catalog, config, logger, scheduler, database, kubernetes }) {
        const providers = ProviderCatalogueSource.fromConfig(config, {
          logger,
        });
        const provisioningRecords =
          extensions.provisioningRecordSource ??
          (await DatabaseProvisioningRecordStore.create({ database, logger }));

        catalog.addProcessor(
          SovereignCloudEntitiesProcessor.create({
            catalogue: providers.catalogue,
          }),
        );
        catalog.addEntityProvider(
          ProviderCatalogueEntityProvider.create({ source: providers }),
        );
        catalog.addEntityProvider(
          SovereignClusterEntityProvider.fromConfig(config, {
            logger,
            scheduler,
            catalogue: providers.catalogue,
            provisioningRecords,
            kubernetes,
          }),
        );
      },
    });
  },
});
