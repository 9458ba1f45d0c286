import {
  AuthService,
  LoggerService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  KubernetesClientFactory,
  KubernetesNetworkCollector,
  KubernetesStorageCollector,
  LiveKubernetesReader,
  PrometheusObservabilityCollector,
} from '@sovereign-cloud/plugin-sovereign-cloud-node';
import { ProviderCatalogueLoader } from '../catalogue/ProviderCatalogueLoader';
import { LiveService } from './LiveService';
import { PrometheusTargets } from './PrometheusTargets';
import { LiveConfig, readLiveConfig } from './readLiveConfig';

/** Builds the live cards' service from config; a bad `sovereignCloud.live` or prometheus block throws naming the key. */
export function createLiveService(deps: {
  config: Config;
  logger: LoggerService;
  auth: AuthService;
  permissions: PermissionsService;
  catalog: CatalogService;
  clients: KubernetesClientFactory;
  catalogue: ProviderCatalogueLoader;
}): { live: LiveService; liveConfig: LiveConfig } {
  const liveConfig = readLiveConfig(deps.config);
  const logger = deps.logger.child({ component: 'live' });
  const reader = LiveKubernetesReader.fromConfig(deps.config, {
    clients: deps.clients,
    logger,
  });
  const live = LiveService.create({
    catalog: deps.catalog,
    auth: deps.auth,
    permissions: deps.permissions,
    logger,
    catalogue: deps.catalogue,
    storage: KubernetesStorageCollector.create({ reader }),
    network: KubernetesNetworkCollector.create({ reader }),
    observability: PrometheusObservabilityCollector.create({
      settings: { timeoutMs: liveConfig.timeoutMs },
      logger,
    }),
    targets: PrometheusTargets.fromConfig(deps.config),
    concurrency: liveConfig.concurrency,
  });
  return { live, liveConfig };
}
