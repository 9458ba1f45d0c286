import { screen } from '@testing-library/react';
import { coreExtensionData } from '@backstage/frontend-plugin-api';
import {
  createExtensionTester,
  renderInTestApp,
} from '@backstage/frontend-test-utils';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import plugin, { sovereignCloudKubernetesModule } from '../alpha';
import { sovereignCloudApiRef } from '../api';
import {
  networkEntityCard,
  observabilityEntityCard,
  sovereigntyPostureEntityCard,
  storageEntityCard,
} from './entityCards';
import { sovereigntyEntityContent } from './entityContents';
import { sovereignFleetPage } from './pages';
import { ionosCluster, ionosPosture } from '../__testUtils__/fixtures';
import {
  demoClusterEntity,
  demoNetworkReport,
  demoObservabilityReport,
  demoStorageReport,
} from '../__testUtils__/liveFixtures';
import {
  EntityNetworkCard,
  EntityObservabilityCard,
  EntityStorageCard,
} from '..';
import { mockSovereignCloudApi, renderWithApi } from '../__testUtils__/render';

const component = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'payments-api', namespace: 'default' },
  relations: [
    { type: 'dependsOn', targetRef: 'sovereigncluster:default/ionos-fra-prod' },
  ],
};
const website = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'docs', namespace: 'default' },
};

describe('sovereign-cloud plugin (new frontend system)', () => {
  it('is the default export of /alpha, next to the Kubernetes module', () => {
    expect(plugin.id).toBe('sovereign-cloud');
    expect(sovereignCloudKubernetesModule.pluginId).toBe('kubernetes');
  });

  it('provides the API, the posture card, the Sovereignty tab and the fleet page', () => {
    for (const id of [
      'api:sovereign-cloud',
      'entity-card:sovereign-cloud/posture',
      'entity-content:sovereign-cloud/sovereignty',
      'page:sovereign-cloud',
    ] as const) {
      expect(plugin.getExtension(id as any)).toBeDefined();
    }
  });

  it('shows the card and the tab on clusters and on components that depend on clusters only', () => {
    const card = createExtensionTester(sovereigntyPostureEntityCard);
    const cardFilter = card.get(EntityCardBlueprint.dataRefs.filterFunction)!;
    expect(cardFilter(ionosCluster)).toBe(true);
    expect(cardFilter(component)).toBe(true);
    expect(cardFilter(website)).toBe(false);

    const tab = createExtensionTester(sovereigntyEntityContent);
    expect(tab.get(coreExtensionData.routePath)).toBe('/sovereignty');
    expect(tab.get(EntityContentBlueprint.dataRefs.title)).toBe('Sovereignty');
    const tabFilter = tab.get(EntityContentBlueprint.dataRefs.filterFunction)!;
    expect(tabFilter(ionosCluster)).toBe(true);
    expect(tabFilter(website)).toBe(false);
  });

  it('mounts the fleet page at /sovereign-fleet, titled for the nav', () => {
    const page = createExtensionTester(sovereignFleetPage);
    expect(page.get(coreExtensionData.routePath)).toBe('/sovereign-fleet');
    expect(page.get(coreExtensionData.title)).toBe('Sovereign fleet');
    expect(page.get(coreExtensionData.routeRef)).toBeDefined();
  });

  it('renders the posture card from its extension', async () => {
    const api = mockSovereignCloudApi();
    api.getPosture.mockResolvedValue(ionosPosture());
    await renderInTestApp(
      <EntityProvider entity={ionosCluster}>
        {createExtensionTester(sovereigntyPostureEntityCard).reactElement()}
      </EntityProvider>,
      {
        apis: [[sovereignCloudApiRef, api]],
        mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
      },
    );
    expect(await screen.findByText('Sovereignty posture')).toBeInTheDocument();
    expect(await screen.findByLabelText('Score')).toHaveTextContent(
      '17.6 / 100',
    );
  });

  it('provides the live storage, observability and network cards on SovereignClusters only', () => {
    for (const id of [
      'entity-card:sovereign-cloud/storage',
      'entity-card:sovereign-cloud/observability',
      'entity-card:sovereign-cloud/network',
    ]) {
      expect(plugin.getExtension(id as any)).toBeDefined();
    }
    const filters = [
      createExtensionTester(storageEntityCard).get(
        EntityCardBlueprint.dataRefs.filterFunction,
      )!,
      createExtensionTester(observabilityEntityCard).get(
        EntityCardBlueprint.dataRefs.filterFunction,
      )!,
      createExtensionTester(networkEntityCard).get(
        EntityCardBlueprint.dataRefs.filterFunction,
      )!,
    ];
    for (const filter of filters) {
      expect(filter(ionosCluster)).toBe(true);
      expect(filter(component)).toBe(false);
      expect(filter(website)).toBe(false);
    }
  });

  it('renders the live cards from their extensions', async () => {
    const api = mockSovereignCloudApi();
    api.getStorage.mockResolvedValue(demoStorageReport());
    api.getObservability.mockResolvedValue(demoObservabilityReport());
    api.getNetwork.mockResolvedValue(demoNetworkReport());
    await renderInTestApp(
      <EntityProvider entity={demoClusterEntity}>
        {createExtensionTester(storageEntityCard).reactElement()}
        {createExtensionTester(observabilityEntityCard).reactElement()}
        {createExtensionTester(networkEntityCard).reactElement()}
      </EntityProvider>,
      {
        apis: [[sovereignCloudApiRef, api]],
        mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
      },
    );
    expect(
      await screen.findByRole('table', { name: 'Storage classes' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('table', { name: 'Firing alerts' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('table', { name: 'Nodes per location' }),
    ).toBeInTheDocument();
  });

  it('exports the live cards for the legacy frontend system', async () => {
    const api = mockSovereignCloudApi();
    api.getStorage.mockResolvedValue(demoStorageReport());
    api.getObservability.mockResolvedValue(demoObservabilityReport());
    api.getNetwork.mockResolvedValue(demoNetworkReport());
    await renderWithApi(
      <>
        <EntityStorageCard />
        <EntityObservabilityCard />
        <EntityNetworkCard />
      </>,
      { api, entity: demoClusterEntity },
    );
    for (const title of ['Storage', 'Observability', 'Network']) {
      expect(await screen.findByText(title)).toBeInTheDocument();
    }
    expect(
      await screen.findByRole('img', { name: /^Mesh of demo-eu/ }),
    ).toBeInTheDocument();
  });
});
