import {
  AuditorService,
  AuthService,
  DatabaseService,
  LoggerService,
  PermissionsService,
} from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { EventsService } from '@backstage/plugin-events-node';
import {
  ClusterEvidenceCollector,
  KubernetesClientFactory,
  SecretRedactor,
} from '@sovereign-cloud/plugin-sovereign-cloud-node';
import { AssessmentService } from './assessment/AssessmentService';
import { ClusterAssessor } from './assessment/ClusterAssessor';
import { ProviderCatalogueLoader } from './catalogue/ProviderCatalogueLoader';
import { PostureConfig, readPostureConfig } from './config/readPostureConfig';
import { DatabasePostureStore } from './database/DatabasePostureStore';
import { FleetIndex } from './fleet/FleetIndex';
import { FleetIndexLoader } from './fleet/FleetIndexLoader';
import { FleetService } from './fleet/FleetService';
import { FleetVisibility } from './fleet/FleetVisibility';
import { PostureService } from './posture/PostureService';
import { DatabaseProvisioningStore } from './provisioning/DatabaseProvisioningStore';
import { ProvisioningService } from './provisioning/ProvisioningService';
import { ClusterChangesService } from './provisioning/ClusterChangesService';
import { PostureRefresher } from './refresh/PostureRefresher';
import { createLiveService } from './live/createLiveService';
import { LiveConfig } from './live/readLiveConfig';
import { LiveService } from './live/LiveService';
import { PlacementService } from './placement/PlacementService';
import { EdgeService } from './edge/EdgeService';

/** The plugin's services, built from its dependencies. */
export interface SovereignCloudServices {
  config: PostureConfig;
  posture: PostureService;
  fleet: FleetService;
  refresher: PostureRefresher;
  indexLoader: FleetIndexLoader;
  provisioning: ProvisioningService;
  changes: ClusterChangesService;
  live: LiveService;
  liveConfig: LiveConfig;
  placement: PlacementService;
  edge: EdgeService;
}

/** Builds the services; throws naming the config key when `sovereignCloud.posture` is invalid. */
export async function createServices(deps: {
  config: Config;
  logger: LoggerService;
  database: DatabaseService;
  auth: AuthService;
  auditor: AuditorService;
  permissions: PermissionsService;
  catalog: CatalogService;
  collector: ClusterEvidenceCollector;
  events: EventsService;
  clients: KubernetesClientFactory;
}): Promise<SovereignCloudServices> {
  const { logger, catalog, auth, permissions } = deps;
  const config = readPostureConfig(deps.config);
  const profile = config.profiles.defaultProfile;
  const store = await DatabasePostureStore.create({ database: deps.database });
  const catalogue = ProviderCatalogueLoader.create({ catalog, auth, logger });
  const index = new FleetIndex();
  const assessments = AssessmentService.create({
    store,
    assessor: ClusterAssessor.create({
      collector: deps.collector,
      redactor: SecretRedactor.fromConfig(deps.config),
      logger,
    }),
    catalogue,
    index,
    defaultProfile: profile,
    historyMinIntervalMs: config.historyMinIntervalMs,
    concurrency: config.collectionConcurrency,
    logger,
  });
  const indexLoader = FleetIndexLoader.create({
    index,
    catalog,
    auth,
    catalogue,
    store,
    logger,
    defaultProfile: profile,
  });
  const provisioningStore = await DatabaseProvisioningStore.create({
    database: deps.database,
    logger,
  });
  const provisioning = ProvisioningService.create({
    store: provisioningStore,
    permissions,
    catalog,
    auth,
    events: deps.events,
  });
  const changes = ClusterChangesService.create({
    store: provisioningStore,
    permissions,
    catalog,
    auth,
    events: deps.events,
    clients: deps.clients,
    redactor: SecretRedactor.fromConfig(deps.config),
    logger: logger.child({ component: 'cluster-changes' }),
  });
  const live = createLiveService({ ...deps, catalogue });
  return {
    config,
    ...live,
    indexLoader,
    provisioning,
    changes,
    placement: PlacementService.create({
      catalog,
      permissions,
      catalogue,
      store,
    }),
    edge: EdgeService.create({
      catalog,
      permissions,
      catalogue,
      store,
      live: live.live,
    }),
    posture: PostureService.create({
      catalog,
      permissions,
      assessments,
      catalogue,
      profiles: config.profiles,
      store,
    }),
    fleet: FleetService.create({
      index,
      loader: indexLoader,
      visibility: FleetVisibility.create({ permissions, catalog }),
      profiles: config.profiles,
    }),
    refresher: PostureRefresher.create({
      catalog,
      auth,
      auditor: deps.auditor,
      logger,
      catalogue,
      assessments,
      store,
      indexLoader,
      profile,
      historyMinIntervalMs: config.historyMinIntervalMs,
      historyRetentionMs: config.historyRetentionMs,
    }),
  };
}
