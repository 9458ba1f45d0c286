import {
  AuthService,
  LoggerService,
  SchedulerServiceTaskScheduleDefinition,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  AuthenticationStrategy,
  KubernetesClusterSupplierFactory,
  KubernetesServiceLocatorFactory,
} from '@backstage/plugin-kubernetes-node';
import {
  apiServerPolicyOf,
  DefaultCredentialResolver,
  KubernetesClientFactory,
} from '@sovereign-cloud/plugin-sovereign-cloud-node';
import { SOVEREIGN_CLOUD_AUTH_PROVIDER } from './auth/authMetadataKeys';
import { SovereignCloudAuthStrategy } from './auth/SovereignCloudAuthStrategy';
import { stockAuthStrategies } from './auth/stockAuthStrategies';
import { SovereignClusterDetailsBuilder } from './clusters/SovereignClusterDetailsBuilder';
import { SovereignClusterRegistry } from './clusters/SovereignClusterRegistry';
import { CatalogSovereignClusterSource } from './clusters/SovereignClusterSource';
import { SovereignClusterSupplier } from './clusters/SovereignClusterSupplier';
import { readModuleConfig } from './config/readModuleConfig';
import { SovereignServiceLocator } from './locator/SovereignServiceLocator';

/** What the module registers with the Kubernetes plugin and the scheduler. */
export interface SovereignKubernetes {
  authStrategies: Array<[string, AuthenticationStrategy]>;
  clusterSupplier: KubernetesClusterSupplierFactory;
  serviceLocator: KubernetesServiceLocatorFactory;
  refresh: {
    schedule: SchedulerServiceTaskScheduleDefinition;
    run(): Promise<void>;
  };
}

/** Assembles the module's parts from config and services. */
export function createSovereignKubernetes(deps: {
  config: Config;
  logger: LoggerService;
  auth: AuthService;
  catalog: CatalogService;
  clients: KubernetesClientFactory;
}): SovereignKubernetes {
  const { config, logger, auth, catalog, clients } = deps;
  const settings = readModuleConfig(config);
  const credentials = DefaultCredentialResolver.fromConfig(config, { clients });
  const registry = SovereignClusterRegistry.create({
    source: CatalogSovereignClusterSource.create({ catalog, auth }),
    builder: SovereignClusterDetailsBuilder.create({
      apiServers: apiServerPolicyOf(clients),
      credentials,
    }),
    logger,
  });

  return {
    authStrategies: [
      ...stockAuthStrategies({ config, logger }),
      [
        SOVEREIGN_CLOUD_AUTH_PROVIDER,
        SovereignCloudAuthStrategy.create({ credentials }),
      ],
    ],
    clusterSupplier: async ({ getDefault }) =>
      SovereignClusterSupplier.create({
        defaultSupplier: await getDefault(),
        sovereignClusters: registry,
        logger,
      }),
    serviceLocator: async ({ getDefault, clusterSupplier }) =>
      SovereignServiceLocator.create({
        defaultLocator: await getDefault(),
        clusterSupplier,
      }),
    refresh: {
      schedule: settings.clusterRefresh,
      run: () => registry.refresh(),
    },
  };
}
