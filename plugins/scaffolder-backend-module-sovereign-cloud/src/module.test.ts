import { startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import { scaffolderActionsExtensionPoint } from '@backstage/plugin-scaffolder-node';
import { scaffolderModuleSovereignCloud } from './module';

describe('scaffolderModuleSovereignCloud', () => {
  it('registers the cluster, workload and provider actions with the scaffolder', async () => {
    const addActions = jest.fn();
    await startTestBackend({
      extensionPoints: [[scaffolderActionsExtensionPoint, { addActions }]],
      features: [scaffolderModuleSovereignCloud, catalogServiceMock.factory()],
    });
    const ids = addActions.mock.calls.flat().map(action => action.id);
    expect(ids).toEqual([
      'sovereign-cloud:cluster:plan',
      'sovereign-cloud:cluster:provision',
      'sovereign-cloud:workload:place',
      'sovereign-cloud:workload:deploy',
      'sovereign-cloud:workload:expose',
      'sovereign-cloud:provider:exit-plan',
      'sovereign-cloud:cluster:decommission',
      'sovereign-cloud:cluster:upgrade',
      'sovereign-cloud:cluster:node-pools',
      'sovereign-cloud:cluster:addons',
    ]);
  });
});
