import {
  createApiFactory,
  createComponentExtension,
  createPlugin,
  createRoutableExtension,
  discoveryApiRef,
  fetchApiRef,
} from '@backstage/core-plugin-api';
import { SovereignCloudClient, sovereignCloudApiRef } from './api';
import { fleetRouteRef } from './routes';

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
  routes: { fleet: fleetRouteRef },
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
