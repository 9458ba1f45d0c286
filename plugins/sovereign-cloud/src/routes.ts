import { createRouteRef } from '@backstage/core-plugin-api';

/** Route of the fleet page in the legacy frontend system. */
export const fleetRouteRef = createRouteRef({ id: 'sovereign-cloud:fleet' });

/** Route of the exit drill page in the legacy frontend system. */
export const exitDrillRouteRef = createRouteRef({
  id: 'sovereign-cloud:exit-drill',
});
