import { ReactNode } from 'react';
import { useLocation } from 'react-router-dom';
import { Entity } from '@backstage/catalog-model';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { SovereignCloudApi, sovereignCloudApiRef } from '../api';

/** A SovereignCloudApi whose methods are jest mocks. */
export function mockSovereignCloudApi(): jest.Mocked<SovereignCloudApi> {
  return {
    getPosture: jest.fn(),
    getHistory: jest.fn(),
    assess: jest.fn(),
    getFleet: jest.fn(),
    getStorage: jest.fn(),
    getNetwork: jest.fn(),
    getObservability: jest.fn(),
    getExitPlan: jest.fn(),
    getPlacement: jest.fn(),
    getClusterChanges: jest.fn(),
    getEdge: jest.fn(),
  };
}

/** Shows the current URL query, so tests can read what the page put there. */
export function LocationSearch() {
  return <output data-testid="location-search">{useLocation().search}</output>;
}

/** Renders `element` in a test app with the API and, optionally, an entity. */
export async function renderWithApi(
  element: ReactNode,
  options: {
    api: SovereignCloudApi;
    entity?: Entity;
    routeEntries?: string[];
  },
) {
  const { api, entity, routeEntries } = options;
  return renderInTestApp(
    <TestApiProvider apis={[[sovereignCloudApiRef, api]]}>
      {entity ? (
        <EntityProvider entity={entity}>{element}</EntityProvider>
      ) : (
        element
      )}
    </TestApiProvider>,
    {
      routeEntries,
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    },
  );
}
