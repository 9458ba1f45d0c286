import PublicIcon from '@material-ui/icons/Public';
import ExitToAppIcon from '@material-ui/icons/ExitToApp';
import { PageBlueprint } from '@backstage/frontend-plugin-api';
import { exitDrillPageRouteRef, fleetPageRouteRef } from './routes';

/**
 * `page:sovereign-cloud`: the fleet page at `/sovereign-fleet`. Its title
 * and icon make the app list it in the nav as "Sovereign fleet".
 */
export const sovereignFleetPage = PageBlueprint.make({
  params: {
    path: '/sovereign-fleet',
    title: 'Sovereign fleet',
    icon: <PublicIcon fontSize="inherit" />,
    routeRef: fleetPageRouteRef,
    loader: () =>
      import('../components/SovereignFleetPage').then(m => (
        <m.SovereignFleetPage />
      )),
  },
});

/**
 * `page:sovereign-cloud/exit-drill`: the exit drill at `/sovereign-exit-drill`,
 * listed in the nav as "Exit drill".
 */
export const exitDrillPage = PageBlueprint.make({
  name: 'exit-drill',
  params: {
    path: '/sovereign-exit-drill',
    title: 'Exit drill',
    icon: <ExitToAppIcon fontSize="inherit" />,
    routeRef: exitDrillPageRouteRef,
    loader: () =>
      import('../components/ExitDrillPage').then(m => <m.ExitDrillPage />),
  },
});
