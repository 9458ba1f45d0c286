import PublicIcon from '@material-ui/icons/Public';
import { createFrontendPlugin } from '@backstage/frontend-plugin-api';
import { sovereignCloudApi } from './apis';
import {
  sovereignPlacementPreviewFormField,
  sovereignPosturePreviewFormField,
  sovereignProviderLocationPickerFormField,
} from './formFields';
import {
  clusterChangesEntityCard,
  componentLiveEntityCard,
  edgeEntityCard,
  networkEntityCard,
  observabilityEntityCard,
  placementEntityCard,
  sovereigntyPostureEntityCard,
  storageEntityCard,
} from './entityCards';
import { sovereigntyEntityContent } from './entityContents';
import { exitDrillPage, sovereignFleetPage } from './pages';
import { exitDrillPageRouteRef, fleetPageRouteRef } from './routes';

/**
 * The sovereign-cloud plugin for the new frontend system: the posture card
 * and "Sovereignty" tab on clusters, meshes and components, the live
 * storage, observability and network cards on clusters, and the fleet page.
 * @alpha
 */
export const sovereignCloudPlugin = createFrontendPlugin({
  pluginId: 'sovereign-cloud',
  title: 'Sovereign cloud',
  icon: <PublicIcon fontSize="inherit" />,
  info: { packageJson: () => import('../../package.json') },
  extensions: [
    sovereignCloudApi,
    sovereigntyPostureEntityCard,
    storageEntityCard,
    observabilityEntityCard,
    networkEntityCard,
    placementEntityCard,
    edgeEntityCard,
    componentLiveEntityCard,
    clusterChangesEntityCard,
    sovereigntyEntityContent,
    sovereignFleetPage,
    exitDrillPage,
    sovereignProviderLocationPickerFormField,
    sovereignPosturePreviewFormField,
    sovereignPlacementPreviewFormField,
  ],
  routes: { fleet: fleetPageRouteRef, exitDrill: exitDrillPageRouteRef },
});
