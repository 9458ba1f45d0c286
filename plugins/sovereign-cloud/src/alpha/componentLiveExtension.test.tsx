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
import { ionosCluster } from '../__testUtils__/fixtures';
import { mockSovereignCloudApi } from '../__testUtils__/render';
import { componentLiveEntityCard } from './entityCards';
import { EntityComponentLiveCard } from '..';

const component = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'webshop', namespace: 'default' },
};

describe('component live card extension (new frontend system)', () => {
  it('is part of the plugin', () => {
    expect(
      plugin.getExtension('entity-card:sovereign-cloud/component-live' as any),
    ).toBeDefined();
  });

  it('shows on components only and renders the card', async () => {
    const card = createExtensionTester(componentLiveEntityCard);
    const filter = card.get(EntityCardBlueprint.dataRefs.filterFunction)!;
    expect(filter(component as any)).toBe(true);
    expect(filter({ ...component, kind: 'API' } as any)).toBe(false);
    expect(filter(ionosCluster)).toBe(false);

    const api = mockSovereignCloudApi();
    api.getPlacement.mockResolvedValue({
      entityRef: 'component:default/webshop',
      clusters: [],
      providers: [],
      countries: [],
      replicas: 0,
      constraints: {},
      problems: [],
    });
    await renderInTestApp(
      <EntityProvider entity={component as any}>
        {card.reactElement()}
      </EntityProvider>,
      {
        apis: [[sovereignCloudApiRef, api]],
        mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
      },
    );
    expect(
      await screen.findByText('Storage and observability where it runs'),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('Runs on no SovereignCluster'),
    ).toBeInTheDocument();
    expect(api.getPlacement).toHaveBeenCalledWith('component:default/webshop');
  });

  it('is exported for the legacy frontend system', () => {
    expect(EntityComponentLiveCard).toEqual(expect.any(Function));
  });
});
