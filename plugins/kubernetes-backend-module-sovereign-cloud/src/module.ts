import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import {
  kubernetesAuthStrategyExtensionPoint,
  kubernetesClusterSupplierExtensionPoint,
  kubernetesServiceLocatorExtensionPoint,
} from '@backstage/plugin-kubernetes-node';
import { kubernetesClientFactoryServiceRef } from '@sovereign-cloud/plugin-sovereign-cloud-node';
import { createSovereignKubernetes } from './createSovereignKubernetes';

/**
 * Adds SovereignCluster entities to the Kubernetes plugin's clusters (after
 * those of the default supplier) and sends each entity's Kubernetes tab to
 * the SovereignClusters it depends on.
 *
 * @public
 */
export const kubernetesModuleSovereignCloud = createBackendModule({
  pluginId: 'kubernetes',
  moduleId: 'sovereign-cloud',
  register(reg) {
    reg.registerInit({
      deps: {
        clusterSuppliers: kubernetesClusterSupplierExtensionPoint,
        serviceLocators: kubernetesServiceLocatorExtensionPoint,
        authStrategies: kubernetesAuthStrategyExtensionPoint,
        config: coreServices.rootConfig,
        logger: coreServices.logger,
        auth: coreServices.auth,
        scheduler: coreServices.scheduler,
        catalog: catalogServiceRef,
        clients: kubernetesClientFactoryServiceRef,
      },
      async init(deps) {
        const { clusterSuppliers, serviceLocators, authStrategies } = deps;
        const sovereign = createSovereignKubernetes(deps);

        for (const [key, strategy] of sovereign.authStrategies) {
          authStrategies.addAuthStrategy(key, strategy);
        }
        clusterSuppliers.addClusterSupplier(sovereign.clusterSupplier);
        serviceLocators.addServiceLocator(sovereign.serviceLocator);
        // Local: every backend instance keeps its own copy of the list.
        await deps.scheduler.scheduleTask({
          id: 'sovereign-cloud-kubernetes-cluster-refresh',
          scope: 'local',
          ...sovereign.refresh.schedule,
          fn: sovereign.refresh.run,
        });
      },
    });
  },
});
