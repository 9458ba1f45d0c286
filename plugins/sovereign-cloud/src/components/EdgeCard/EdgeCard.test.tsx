import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Entity } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import {
  assessEdge,
  ComponentEdgeResponse,
  EdgeCluster,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import {
  mockSovereignCloudApi,
  renderWithApi,
} from '../../__testUtils__/render';
import { EdgeCard } from './EdgeCard';

const component: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'shop-web', namespace: 'default' },
  spec: { type: 'website', owner: 'team-a', lifecycle: 'production' },
};

const cluster = (name: string, provider: string): EdgeCluster => ({
  entityRef: `sovereigncluster:default/${name}`,
  name,
  provider,
  providers: [provider],
  countries: provider === 'scaleway' ? ['FR'] : ['DE'],
  replicas: 2,
});

function response(dnsProviders: string[]): ComponentEdgeResponse {
  const posture = assessEdge({
    edge: {
      hostnames: ['shop.example.eu'],
      strategy: 'k8gb',
      dns: { service: 'PowerDNS', providers: dnsProviders },
      tls: { issuer: 'acme', issuerCountry: 'IT' },
    },
    clusters: [
      cluster('ionos-fra', 'ionos'),
      cluster('scaleway-par', 'scaleway'),
    ],
    providers: [],
  });
  return {
    entityRef: 'component:default/shop-web',
    posture,
    clusters: [
      {
        entityRef: 'sovereigncluster:default/ionos-fra',
        name: 'ionos-fra',
        title: 'IONOS Frankfurt',
        provider: 'ionos',
        countries: ['DE'],
        replicas: 2,
        health: 'serving',
        reason: '3/3 nodes ready',
        nodes: { ready: 3, total: 3 },
      },
      {
        entityRef: 'sovereigncluster:default/scaleway-par',
        name: 'scaleway-par',
        provider: 'scaleway',
        countries: ['FR'],
        replicas: 2,
        health: 'down',
        reason: 'Kubernetes API not answering: connect ECONNREFUSED',
      },
    ],
    entries: [
      {
        hostname: 'shop.example.eu',
        health: 'degraded',
        reason: 'Served by ionos-fra; down: scaleway-par',
      },
    ],
    problems: [],
  };
}

describe('EdgeCard', () => {
  const api = mockSovereignCloudApi();
  beforeEach(() => jest.resetAllMocks());

  it('shows the entry, its health, the clusters behind it and their health', async () => {
    api.getEdge.mockResolvedValue(response(['ionos', 'scaleway']));
    await renderWithApi(<EdgeCard />, { api, entity: component });
    const entry = await screen.findByLabelText('Entry shop.example.eu');
    expect(api.getEdge).toHaveBeenCalledWith('component:default/shop-web');
    expect(within(entry).getByText('degraded')).toBeInTheDocument();
    expect(
      within(entry).getByText('Served by ionos-fra; down: scaleway-par'),
    ).toBeInTheDocument();
    expect(entry).toHaveTextContent('k8gb DNS load balancing');
    expect(entry).toHaveTextContent(
      'PowerDNS at ionos (jurisdiction unknown), scaleway',
    );
    expect(entry).toHaveTextContent(
      'ACME CA operated in IT; private keys held in ionos-fra (ionos), scaleway-par (scaleway)',
    );

    const table = screen.getByRole('table', {
      name: 'Clusters behind the entry',
    });
    const [, ionos, scaleway] = within(table).getAllByRole('row');
    expect(
      within(ionos).getByRole('link', { name: /IONOS Frankfurt/ }),
    ).toHaveAttribute('href', '/catalog/default/sovereigncluster/ionos-fra');
    expect(ionos).toHaveTextContent('ionos (DE)');
    expect(ionos).toHaveTextContent('serving3/3 nodes ready');
    expect(scaleway).toHaveTextContent(
      'downKubernetes API not answering: connect ECONNREFUSED',
    );
  });

  it('shows what losing each provider does to the entry', async () => {
    api.getEdge.mockResolvedValue(response(['ionos']));
    await renderWithApi(<EdgeCard />, { api, entity: component });
    const table = await screen.findByRole('table', { name: 'Provider exit' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map(r => r.textContent)).toEqual([
      'ionosfailsthe authoritative DNS for shop.example.eu (PowerDNS) runs only at ionos',
      'scalewaydegradesshop.example.eu is still served; only ionos-fra is left: no redundancy',
    ]);
    // The failing provider is also a finding of the posture.
    expect(screen.getByText(/EDGE-ENTRY/)).toBeInTheDocument();
  });

  it('says when no entry point is declared', async () => {
    api.getEdge.mockResolvedValue({
      entityRef: 'component:default/shop-web',
      clusters: [],
      entries: [],
      problems: [],
    });
    await renderWithApi(<EdgeCard />, { api, entity: component });
    expect(
      await screen.findByText('No entry point declared'),
    ).toBeInTheDocument();
  });

  it('shows problems with the annotations', async () => {
    api.getEdge.mockResolvedValue({
      ...response(['ionos', 'scaleway']),
      problems: [
        'sovereign-cloud.io/edge-tls-issuer: must be acme or ca, got "le"',
      ],
    });
    await renderWithApi(<EdgeCard />, { api, entity: component });
    expect(
      await screen.findByText(
        'sovereign-cloud.io/edge-tls-issuer: must be acme or ca, got "le"',
      ),
    ).toBeInTheDocument();
  });

  it('shows the backend message, the permission on 403, and retries', async () => {
    api.getEdge
      .mockRejectedValueOnce(
        await ResponseError.fromResponse(
          new Response(
            JSON.stringify({
              error: {
                name: 'NotAllowedError',
                message:
                  'Not allowed: sovereign-cloud.posture.read on component:default/shop-web',
              },
              response: { statusCode: 403 },
            }),
            { status: 403, headers: { 'content-type': 'application/json' } },
          ),
        ),
      )
      .mockResolvedValueOnce(response(['ionos', 'scaleway']));
    await renderWithApi(<EdgeCard />, { api, entity: component });
    expect(
      await screen.findByText(
        'Not allowed: sovereign-cloud.posture.read on component:default/shop-web',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/ask a Backstage admin/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByLabelText('Entry shop.example.eu'),
    ).toBeInTheDocument();
  });
});
