import { screen, within } from '@testing-library/react';
import { Entity } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import { ComponentPlacementResponse } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import {
  mockSovereignCloudApi,
  renderWithApi,
} from '../../__testUtils__/render';
import { PlacementCard } from './PlacementCard';

const component: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'payments-api', namespace: 'default' },
  spec: { type: 'service', owner: 'team-a', lifecycle: 'production' },
};

function placement(): ComponentPlacementResponse {
  return {
    entityRef: 'component:default/payments-api',
    clusters: [
      {
        entityRef: 'sovereigncluster:default/ionos-fra-prod',
        name: 'ionos-fra-prod',
        title: 'IONOS Frankfurt production',
        provider: 'ionos',
        countries: ['DE'],
        replicas: 2,
        seal: 'SEAL-3',
        score: 72.46,
        postureSource: 'assessed',
      },
      {
        entityRef: 'sovereigncluster:default/scaleway-par-prod',
        name: 'scaleway-par-prod',
        provider: 'scaleway',
        countries: ['FR'],
        replicas: 4,
        seal: 'SEAL-1',
        score: 40,
        postureSource: 'declared',
      },
    ],
    providers: ['ionos', 'scaleway'],
    countries: ['DE', 'FR'],
    replicas: 6,
    constraints: {
      allowedJurisdictions: ['EU'],
      survivesProviderLoss: { minReplicas: 2 },
    },
    problems: [
      'sovereign-cloud.io/replicas: must be a positive integer, got "many"',
    ],
  };
}

describe('PlacementCard', () => {
  const api = mockSovereignCloudApi();
  beforeEach(() => jest.resetAllMocks());

  it('shows the clusters with provider, countries, replicas, SEAL and a link to each', async () => {
    api.getPlacement.mockResolvedValue(placement());
    await renderWithApi(<PlacementCard />, { api, entity: component });
    const table = await screen.findByRole('table', { name: 'Clusters' });
    expect(api.getPlacement).toHaveBeenCalledWith(
      'component:default/payments-api',
    );
    expect(
      screen.getByText(
        '6 replicas on 2 clusters at ionos, scaleway, in DE, FR',
      ),
    ).toBeInTheDocument();
    const [, ionos, scaleway] = within(table).getAllByRole('row');
    expect(
      within(ionos).getByRole('link', { name: /IONOS Frankfurt production/ }),
    ).toHaveAttribute(
      'href',
      '/catalog/default/sovereigncluster/ionos-fra-prod',
    );
    expect(ionos).toHaveTextContent('ionos');
    expect(ionos).toHaveTextContent('DE');
    expect(within(ionos).getByText('SEAL-3')).toBeInTheDocument();
    expect(ionos).toHaveTextContent('72.5');
    expect(within(scaleway).getByText('SEAL-1')).toBeInTheDocument();
    expect(within(scaleway).getByText('declared')).toBeInTheDocument();
    expect(within(scaleway).getAllByRole('cell')[3]).toHaveTextContent('4');
  });

  it('lists the declared constraints and shows problems as warnings', async () => {
    api.getPlacement.mockResolvedValue(placement());
    await renderWithApi(<PlacementCard />, { api, entity: component });
    const constraints = await screen.findByLabelText('Declared constraints');
    expect(constraints).toHaveTextContent('Allowed jurisdictions: EU');
    expect(constraints).toHaveTextContent(
      'Survives the loss of any one provider with 2 replicas',
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'sovereign-cloud.io/replicas: must be a positive integer, got "many"',
    );
  });

  it('shows an empty state when the component runs on no SovereignCluster', async () => {
    api.getPlacement.mockResolvedValue({
      ...placement(),
      clusters: [],
      providers: [],
      countries: [],
      replicas: 0,
      constraints: {},
      problems: [],
    });
    await renderWithApi(<PlacementCard />, { api, entity: component });
    expect(
      await screen.findByText('Runs on no SovereignCluster'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByText('None declared.')).toBeInTheDocument();
  });

  it('shows the backend message and the permission to ask for on 403', async () => {
    api.getPlacement.mockRejectedValue(
      await ResponseError.fromResponse(
        new Response(
          JSON.stringify({
            error: {
              name: 'NotAllowedError',
              message:
                'Not allowed: sovereign-cloud.posture.read on component:default/payments-api',
            },
            response: { statusCode: 403 },
          }),
          { status: 403, headers: { 'content-type': 'application/json' } },
        ),
      ),
    );
    await renderWithApi(<PlacementCard />, { api, entity: component });
    expect(
      await screen.findByText(
        'Not allowed: sovereign-cloud.posture.read on component:default/payments-api',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/ask a Backstage admin/)).toBeInTheDocument();
  });
});
