import { screen } from '@testing-library/react';
import {
  createExtensionTester,
  renderInTestApp,
} from '@backstage/frontend-test-utils';
import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import plugin from '../alpha';
import { sovereignCloudApiRef } from '../api';
import { demoClusterEntity } from '../__testUtils__/liveFixtures';
import { mockSovereignCloudApi, renderWithApi } from '../__testUtils__/render';
import { clusterChangesEntityCard } from './entityCards';
import { EntityClusterChangesCard } from '..';

const component = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'payments-api', namespace: 'default' },
};

describe('cluster changes card extension', () => {
  it('is part of the plugin and shows on SovereignClusters only', async () => {
    expect(
      plugin.getExtension('entity-card:sovereign-cloud/changes' as any),
    ).toBeDefined();
    const card = createExtensionTester(clusterChangesEntityCard);
    const filter = card.get(EntityCardBlueprint.dataRefs.filterFunction)!;
    expect(filter(demoClusterEntity)).toBe(true);
    expect(filter(component as any)).toBe(false);

    const api = mockSovereignCloudApi();
    api.getClusterChanges.mockResolvedValue({
      cluster: 'sovereigncluster:default/demo-eu',
      changes: [],
    });
    await renderInTestApp(
      <EntityProvider entity={demoClusterEntity}>
        {card.reactElement()}
      </EntityProvider>,
      {
        apis: [[sovereignCloudApiRef, api]],
        mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
      },
    );
    expect(
      await screen.findByText('No changes recorded for this cluster yet'),
    ).toBeInTheDocument();
  });

  it('is exported for the legacy frontend system', async () => {
    const api = mockSovereignCloudApi();
    api.getClusterChanges.mockResolvedValue({
      cluster: 'sovereigncluster:default/demo-eu',
      changes: [],
    });
    await renderWithApi(<EntityClusterChangesCard />, {
      api,
      entity: demoClusterEntity,
    });
    expect(await screen.findByText('Changes')).toBeInTheDocument();
    expect(api.getClusterChanges).toHaveBeenCalledWith(
      'sovereigncluster:default/demo-eu',
    );
  });
});
