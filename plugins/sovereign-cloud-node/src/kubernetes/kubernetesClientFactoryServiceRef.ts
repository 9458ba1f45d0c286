import {
  coreServices,
  createServiceFactory,
  createServiceRef,
} from '@backstage/backend-plugin-api';
import { DefaultKubernetesClientFactory } from './DefaultKubernetesClientFactory';
import { KubernetesClientFactory } from './KubernetesClientFactory';

/**
 * The suite's Kubernetes access, as a root service: one factory (and one token cache)
 * shared by the sovereign-cloud backend plugin and its modules. Tests replace it with
 * `createServiceFactory({ service: kubernetesClientFactoryServiceRef, ... })`.
 *
 * @public
 */
export const kubernetesClientFactoryServiceRef =
  createServiceRef<KubernetesClientFactory>({
    id: 'sovereign-cloud.kubernetes-client-factory',
    scope: 'root',
    defaultFactory: async service =>
      createServiceFactory({
        service,
        deps: {
          config: coreServices.rootConfig,
          logger: coreServices.rootLogger,
        },
        factory({ config, logger }) {
          return DefaultKubernetesClientFactory.fromConfig(config, {
            logger: logger.child({ component: 'sovereign-cloud-kubernetes' }),
          });
        },
      }),
  });
