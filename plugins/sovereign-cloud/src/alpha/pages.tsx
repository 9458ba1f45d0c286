import PublicIcon from '@material-ui/icons/Public';
import { PageBlueprint } from '@backstage/frontend-plugin-api';
import { fleetPageRouteRef } from './routes';

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
