import {
  coreServices,
  createBackendPlugin,
} from '@backstage/backend-plugin-api';
import { actionsRegistryServiceRef } from '@backstage/backend-plugin-api/alpha';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { eventsServiceRef } from '@backstage/plugin-events-node';
import {
  clusterEvidenceCollectorServiceRef,
  kubernetesClientFactoryServiceRef,
} from '@sovereign-cloud/plugin-sovereign-cloud-node';
import { createLiveRoutes } from './live/createLiveRoutes';
import { createPlacementRoutes } from './placement/createPlacementRoutes';
import { createEdgeRoutes } from './edge/createEdgeRoutes';
import { createGetFleetSovereigntySummaryAction } from './actions/createGetFleetSovereigntySummaryAction';
import { createGetSovereigntyPostureAction } from './actions/createGetSovereigntyPostureAction';
import { createRouter } from './router/createRouter';
import { createServices } from './services';

/** Id of the scheduled assessment of the whole fleet (one instance at a time). */
export const POSTURE_REFRESH_TASK_ID = 'sovereign-cloud-posture-refresh';
/** Id of the local reload of each instance's fleet index. */
export const FLEET_INDEX_TASK_ID = 'sovereign-cloud-fleet-index';
/** Id of each instance's refresh of its live storage, network and observability cards. */
export const LIVE_REFRESH_TASK_ID = 'sovereign-cloud-live-refresh';

/**
 * The sovereign-cloud backend plugin: posture of clusters, meshes and
 * components, the fleet summary, posture history, scheduled evidence
 * collection and Actions Registry actions.
 * @public
 */
export const sovereignCloudPlugin = createBackendPlugin({
  pluginId: 'sovereign-cloud',
  register(env) {
    env.registerInit({
      deps: {
        httpRouter: coreServices.httpRouter,
        httpAuth: coreServices.httpAuth,
        auth: coreServices.auth,
        permissions: coreServices.permissions,
        database: coreServices.database,
        scheduler: coreServices.scheduler,
        logger: coreServices.logger,
        config: coreServices.rootConfig,
        auditor: coreServices.auditor,
        lifecycle: coreServices.lifecycle,
        catalog: catalogServiceRef,
        actionsRegistry: actionsRegistryServiceRef,
        collector: clusterEvidenceCollectorServiceRef,
        events: eventsServiceRef,
        clients: kubernetesClientFactoryServiceRef,
      },
      async init(deps) {
        const { httpRouter, scheduler, lifecycle, logger, actionsRegistry } =
          deps;
        const services = await createServices(deps);

        httpRouter.use(
          await createRouter({
            httpAuth: deps.httpAuth,
            auditor: deps.auditor,
            posture: services.posture,
            fleet: services.fleet,
            provisioning: services.provisioning,
            changes: services.changes,
          }),
        );
        httpRouter.use(
          createLiveRoutes({
            httpAuth: deps.httpAuth,
            auditor: deps.auditor,
            live: services.live,
          }),
        );
        httpRouter.use(
          createPlacementRoutes({
            httpAuth: deps.httpAuth,
            placement: services.placement,
          }),
        );
        httpRouter.use(
          createEdgeRoutes({ httpAuth: deps.httpAuth, edge: services.edge }),
        );
        createGetSovereigntyPostureAction({
          actionsRegistry,
          posture: services.posture,
        });
        createGetFleetSovereigntySummaryAction({
          actionsRegistry,
          fleet: services.fleet,
        });

        await scheduler.scheduleTask({
          id: POSTURE_REFRESH_TASK_ID,
          ...services.config.schedule,
          fn: async signal => {
            await services.refresher.run(signal);
          },
        });
        await scheduler.scheduleTask({
          id: FLEET_INDEX_TASK_ID,
          ...services.config.fleetRefreshSchedule,
          fn: () => services.indexLoader.refresh(),
        });
        await scheduler.scheduleTask({
          id: LIVE_REFRESH_TASK_ID,
          ...services.liveConfig.schedule,
          fn: async signal => {
            await services.live.refreshAll(signal);
          },
        });
        lifecycle.addStartupHook(() => {
          // Not awaited: the catalog may still be starting; requests wait for this first load.
          services.indexLoader
            .refresh()
            .catch(error =>
              logger.warn(`Could not load the fleet index: ${error}`),
            );
        });
      },
    });
  },
});
