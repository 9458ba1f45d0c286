import { screen } from '@testing-library/react';
import { coreExtensionData } from '@backstage/frontend-plugin-api';
import {
  createExtensionTester,
  renderInTestApp,
} from '@backstage/frontend-test-utils';
import { EntityCardBlueprint } from '@backstage/plugin-catalog-react/alpha';
import { FormFieldBlueprint } from '@backstage/plugin-scaffolder-react/alpha';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import plugin from '../alpha';
import { sovereignCloudApiRef } from '../api';
import { ionosCluster } from '../__testUtils__/fixtures';
import { mockSovereignCloudApi } from '../__testUtils__/render';
import { placementEntityCard } from './entityCards';
import { sovereignPlacementPreviewFormField } from './formFields';
import { exitDrillPage } from './pages';
import {
  EntityPlacementCard,
  SovereignExitDrillPage,
  SovereignPlacementPreviewFieldExtension,
} from '..';

const component = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'payments-api', namespace: 'default' },
};

describe('placement extensions (new frontend system)', () => {
  it('are part of the plugin', () => {
    for (const id of [
      'page:sovereign-cloud/exit-drill',
      'entity-card:sovereign-cloud/placement',
      'scaffolder-form-field:sovereign-cloud/placement-preview',
    ]) {
      expect(plugin.getExtension(id as any)).toBeDefined();
    }
    expect(plugin.routes.exitDrill).toBeDefined();
  });

  it('mounts the exit drill at /sovereign-exit-drill, titled for the nav', () => {
    const page = createExtensionTester(exitDrillPage);
    expect(page.get(coreExtensionData.routePath)).toBe('/sovereign-exit-drill');
    expect(page.get(coreExtensionData.title)).toBe('Exit drill');
  });

  it('shows the placement card on components only and renders it', async () => {
    const card = createExtensionTester(placementEntityCard);
    const filter = card.get(EntityCardBlueprint.dataRefs.filterFunction)!;
    expect(filter(component as any)).toBe(true);
    expect(filter(ionosCluster)).toBe(false);

    const api = mockSovereignCloudApi();
    api.getPlacement.mockResolvedValue({
      entityRef: 'component:default/payments-api',
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
    expect(await screen.findByText('Where it runs')).toBeInTheDocument();
    expect(
      await screen.findByText('Runs on no SovereignCluster'),
    ).toBeInTheDocument();
  });

  it('loads the placement preview field', async () => {
    const field = (await createExtensionTester(
      sovereignPlacementPreviewFormField,
    ).get(FormFieldBlueprint.dataRefs.formFieldLoader)()) as unknown as {
      name: string;
      validation: unknown;
    };
    expect(field.name).toBe('SovereignPlacementPreview');
    expect(field.validation).toEqual(expect.any(Function));
  });

  it('exports the legacy page, card and field extension', () => {
    expect(SovereignExitDrillPage).toEqual(expect.any(Function));
    expect(EntityPlacementCard).toEqual(expect.any(Function));
    expect(SovereignPlacementPreviewFieldExtension).toBeDefined();
  });
});
