import { createRouteRef } from '@backstage/frontend-plugin-api';

/** Route of the fleet page in the new frontend system. */
export const fleetPageRouteRef = createRouteRef();

/** Route of the exit drill page in the new frontend system. */
export const exitDrillPageRouteRef = createRouteRef();
