import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { SovereignCloudClient, sovereignCloudApiRef } from './api';
import { exitDrillRouteRef, fleetRouteRef } from './routes';

/**
 * The sovereign-cloud plugin for the legacy frontend system.
 * @public
 */
export const sovereignCloudPlugin = createPlugin({
  id: 'sovereign-cloud',
  apis: [
    createApiFactory({
      api: sovereignCloudApiRef,
      deps: { discoveryApi: discoveryApiRef, fetchApi: fetchApiRef },
      factory: ({ discoveryApi, fetchApi }) =>
        new SovereignCloudClient({ discoveryApi, fetchApi }),
    }),
  ],
  routes: { fleet: fleetRouteRef, exitDrill: exitDrillRouteRef },
});

/**
 * The sovereign fleet page (legacy frontend system), e.g. at `/sovereign-fleet`.
 * @public
 */
export const SovereignFleetPage = sovereignCloudPlugin.provide(
  createRoutableExtension({
    name: 'SovereignFleetPage',
    component: () =>
      import('./components/LegacyFleetPage').then(m => m.LegacyFleetPage),
    mountPoint: fleetRouteRef,
  }),
);

/**
 * The sovereignty posture card for entity overview pages; show it where
 * `isSovereigntyAvailable` holds.
 * @public
 */
export const EntitySovereigntyPostureCard = sovereignCloudPlugin.provide(
  createComponentExtension({
    name: 'EntitySovereigntyPostureCard',
    component: {
      lazy: () =>
        import('./components/SovereigntyPostureCard').then(
          m => m.SovereigntyPostureCard,
        ),
    },
  }),
);

/**
 * The "Sovereignty" entity tab content; show it where
 * `isSovereigntyAvailable` holds.
 * @public
 */
export const EntitySovereigntyContent = sovereignCloudPlugin.provide(
  createComponentExtension({
    name: 'EntitySovereigntyContent',
    component: {
      lazy: () =>
        import('./components/SovereigntyContent').then(
          m => m.SovereigntyContent,
        ),
    },
  }),
);

/**
 * The live storage card of a SovereignCluster (classes, capacity and where
 * it lives, Ceph and Longhorn health, snapshots and backups); show it where
 * `isSovereignCluster` holds.
 * @public
 */
export const EntityStorageCard = sovereignCloudPlugin.provide(
  createComponentExtension({
    name: 'EntityStorageCard',
    component: {
      lazy: () => import('./components/StorageCard').then(m => m.StorageCard),
    },
  }),
);

/**
 * The live observability card of a SovereignCluster (scrape health, node and
 * filesystem use over time, firing alerts, links), from its Prometheus.
 * @public
 */
export const EntityObservabilityCard = sovereignCloudPlugin.provide(
  createComponentExtension({
    name: 'EntityObservabilityCard',
    component: {
      lazy: () =>
        import('./components/ObservabilityCard').then(m => m.ObservabilityCard),
    },
  }),
);

/**
 * The live network card of a SovereignCluster (overlay and encryption, the
 * cluster mesh, nodes per location).
 * @public
 */
export const EntityNetworkCard = sovereignCloudPlugin.provide(
  createComponentExtension({
    name: 'EntityNetworkCard',
    component: {
      lazy: () => import('./components/NetworkCard').then(m => m.NetworkCard),
    },
  }),
);

/**
 * The exit drill page (legacy frontend system), e.g. at `/sovereign-exit-drill`:
 * every placed workload re-planned without one provider.
 * @public
 */
export const SovereignExitDrillPage = sovereignCloudPlugin.provide(
  createRoutableExtension({
    name: 'SovereignExitDrillPage',
    component: () =>
      import('./components/LegacyExitDrillPage').then(
        m => m.LegacyExitDrillPage,
      ),
    mountPoint: exitDrillRouteRef,
  }),
);

/**
 * Where a Component runs: its SovereignClusters, providers, countries,
 * replicas and each cluster's SEAL; show it on Component overview pages.
 * @public
 */
export const EntityPlacementCard = sovereignCloudPlugin.provide(
  createComponentExtension({
    name: 'EntityPlacementCard',
    component: {
      lazy: () =>
        import('./components/PlacementCard').then(m => m.PlacementCard),
    },
  }),
);

/**
 * The entry points of a Component: the clusters and providers behind each,
 * their live health, what losing each provider does to the entry, and the
 * edge findings; show it on Component overview pages.
 * @public
 */
export const EntityEdgeCard = sovereignCloudPlugin.provide(
  createComponentExtension({
    name: 'EntityEdgeCard',
    component: {
      lazy: () => import('./components/EdgeCard').then(m => m.EdgeCard),
    },
  }),
);

/**
 * The storage and observability of each SovereignCluster a Component runs
 * on, with the component's own claims; show it on Component overview pages.
 * @public
 */
export const EntityComponentLiveCard = sovereignCloudPlugin.provide(
  createComponentExtension({
    name: 'EntityComponentLiveCard',
    component: {
      lazy: () =>
        import('./components/ComponentLiveCard').then(m => m.ComponentLiveCard),
    },
  }),
);

/**
 * The changes of a SovereignCluster: pending and past upgrades, node pool,
 * add-on and decommission changes with their diff and task, and the drift
 * after the newest; show it where `isSovereignCluster` holds.
 * @public
 */
export const EntityClusterChangesCard = sovereignCloudPlugin.provide(
  createComponentExtension({
    name: 'EntityClusterChangesCard',
    component: {
      lazy: () =>
        import('./components/ClusterChangesCard').then(
          m => m.ClusterChangesCard,
        ),
    },
  }),
);
