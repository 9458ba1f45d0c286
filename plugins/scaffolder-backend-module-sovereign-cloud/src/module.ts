import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { createClusterPlanAction } from './actions/cluster/plan';

/**
 * The sovereign-cloud scaffolder actions.
 * @public
 */
export const scaffolderModuleSovereignCloud = createBackendModule({
  pluginId: 'scaffolder',
  moduleId: 'sovereign-cloud',
  register(reg) {
    reg.registerInit({
      deps: {
        scaffolder: scaffolderActionsExtensionPoint,
        config: coreServices.rootConfig,
        permissions: coreServices.permissions,
        catalog: catalogServiceRef,
        auth: coreServices.auth,
      },
      async init({ scaffolder, permissions, catalog, auth }) {
        scaffolder.addActions(
          createClusterPlanAction({ permissions, catalog, auth }),
        );
      },
    });
  },
});
