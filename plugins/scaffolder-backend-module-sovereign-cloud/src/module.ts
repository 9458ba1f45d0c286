import {
  coreServices,
  createBackendModule,
} from '@backstage/backend-plugin-api';
import { catalogServiceRef } from '@backstage/plugin-catalog-node';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import {
  kubernetesClientFactoryServiceRef,
  ProvisioningClient,
} from '@sovereign-cloud/plugin-sovereign-cloud-node';
import { createClusterDecommissionAction } from './actions/cluster/decommission';
import { createClusterPlanAction } from './actions/cluster/plan';
import { createClusterProvisionAction } from './actions/cluster/provision';
import { createClusterAddonsAction } from './actions/cluster/change/addons';
import { createClusterNodePoolsAction } from './actions/cluster/change/nodePools';
import { createClusterUpgradeAction } from './actions/cluster/change/upgrade';
import { createProviderExitPlanAction } from './actions/provider/exitPlan';
import { createWorkloadDeployAction } from './actions/workload/deploy';
import { createWorkloadExposeAction } from './actions/workload/expose';
import { createWorkloadPlaceAction } from './actions/workload/place';

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
        discovery: coreServices.discovery,
        auditor: coreServices.auditor,
        kubernetes: kubernetesClientFactoryServiceRef,
      },
      async init({
        scaffolder,
        config,
        permissions,
        catalog,
        auth,
        discovery,
        auditor,
        kubernetes,
      }) {
        const records = ProvisioningClient.create({ discovery, auth });
        scaffolder.addActions(
          createClusterPlanAction({
            permissions,
            catalog,
            records,
            config,
            kubernetes,
          }),
          createClusterProvisionAction({
            permissions,
            auditor,
            catalog,
            config,
            kubernetes,
            records,
          }),
          createWorkloadPlaceAction({ permissions, catalog }),
          createWorkloadDeployAction({
            permissions,
            auditor,
            catalog,
            config,
            kubernetes,
          }),
          createWorkloadExposeAction({
            permissions,
            auditor,
            catalog,
            config,
            kubernetes,
          }),
          createProviderExitPlanAction({ permissions, catalog }),
          createClusterDecommissionAction({
            permissions,
            auditor,
            catalog,
            config,
            kubernetes,
            records,
          }),
          ...[
            createClusterUpgradeAction,
            createClusterNodePoolsAction,
            createClusterAddonsAction,
          ].map(create =>
            create({
              permissions,
              auditor,
              catalog,
              config,
              kubernetes,
              records,
            }),
          ),
        );
      },
    });
  },
});
