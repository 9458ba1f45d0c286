import {
  AuthService,
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogProcessingExtensionPoint } from '@backstage/plugin-catalog-node';
import { eventsServiceRef } from '@backstage/plugin-events-node';
import { PROVISIONING_RECORDS_TOPIC } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import {
  kubernetesClientFactoryServiceRef,
  ProvisioningClient,
} from '@sovereign-cloud/plugin-sovereign-cloud-node';
import { ProviderCatalogueEntityProvider } from './catalogue/ProviderCatalogueEntityProvider';
import { ProviderCatalogueSource } from './catalogue/ProviderCatalogueSource';
import { ProvisioningRecordSource } from './clusters/provisioning/ProvisioningRecordSource';
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
        discovery: coreServices.discovery,
        auth: coreServices.auth,
        events: eventsServiceRef,
        kubernetes: kubernetesClientFactoryServiceRef,
      },
      async init({
        catalog,
        config,
        logger,
        scheduler,
        discovery,
        auth,
        events,
        kubernetes,
      }) {
        const providers = ProviderCatalogueSource.fromConfig(config, {
          logger,
        });
        const provisioningRecords =
          extensions.provisioningRecordSource ??
          backendRecordSource(
            ProvisioningClient.create({ discovery, auth }),
            auth,
          );
        const clusters = SovereignClusterEntityProvider.fromConfig(config, {
          logger,
          scheduler,
          catalogue: providers.catalogue,
          provisioningRecords,
          kubernetes,
        });

        catalog.addProcessor(
          SovereignCloudEntitiesProcessor.create({
            catalogue: providers.catalogue,
          }),
        );
        catalog.addEntityProvider(
          ProviderCatalogueEntityProvider.create({ source: providers }),
        );
        catalog.addEntityProvider(clusters);
        // A new record shows at once, not at the next scheduled refresh.
        await events.subscribe({
          id: 'catalog-sovereign-cloud-provisioning-records',
          topics: [PROVISIONING_RECORDS_TOPIC],
          onEvent: async () => {
            await clusters
              .refresh()
              .catch(error =>
                logger.warn(
                  `Refresh after a new provisioning record or cluster change failed: ${error}`,
                ),
              );
          },
        });
      },
    });
  },
});

/**
 * The backend's records and changes. Changes are saved with the module's own
 * credentials: the only one it saves is the end of a decommissioning, which
 * the initiator asked for and had permission for when it started.
 */
function backendRecordSource(
  client: ProvisioningClient,
  auth: AuthService,
): ProvisioningRecordSource {
  return {
    listProvisioningRecords: () => client.listProvisioningRecords(),
    listChanges: query => client.listChanges(query),
    saveChange: async change =>
      client.saveChange(change, {
        credentials: await auth.getOwnServiceCredentials(),
      }),
  };
}
