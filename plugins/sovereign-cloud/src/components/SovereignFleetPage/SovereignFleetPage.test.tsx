import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ResponseError } from '@backstage/errors';
import { FleetSummaryQuery } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { fleetPage } from '../../__testUtils__/fixtures';
import {
  LocationSearch,
  mockSovereignCloudApi,
  renderWithApi,
} from '../../__testUtils__/render';
import { SovereignFleetPage } from './SovereignFleetPage';

const page = (
  <>
    <SovereignFleetPage />
    <LocationSearch />
  </>
);

const urlQuery = () =>
  Object.fromEntries(
    new URLSearchParams(screen.getByTestId('location-search').textContent!),
  );

const firstQuery: FleetSummaryQuery = {
  provider: [],
  country: [],
  seal: [],
  mesh: [],
  q: undefined,
  sort: undefined,
  order: undefined,
  offset: 0,
  limit: 100,
};

describe('SovereignFleetPage', () => {
  const api = mockSovereignCloudApi();
  beforeEach(() => {
    jest.resetAllMocks();
    api.getFleet.mockImplementation(async query =>
      fleetPage(query?.offset ?? 0, query?.limit ?? 100),
    );
  });

  it('renders one page of 100 clusters out of 5,000, each linking to its entity page', async () => {
    await renderWithApi(page, { api, routeEntries: ['/sovereign-fleet'] });

    const table = await screen.findByRole('table', {
      name: 'Sovereign clusters',
    });
    expect(api.getFleet).toHaveBeenCalledWith(firstQuery);
    expect(within(table).getAllByRole('row')).toHaveLength(101);
    expect(screen.getByText('1–100 of 5000')).toBeInTheDocument();

    const first = within(table).getAllByRole('row')[1];
    expect(
      within(first).getByRole('link', { name: 'Cluster 0' }),
    ).toHaveAttribute('href', '/catalog/default/sovereigncluster/cluster-0');
    expect(
      within(first)
        .getAllByRole('cell')
        .map(c => c.textContent),
    ).toEqual([
      'Cluster 0',
      '40.0',
      'SEAL-0provisional',
      'ionos',
      'DE',
      'eu-core',
      'failedKubernetes API answered 503',
      expect.any(String),
    ]);

    const concentration = screen.getByRole('list', {
      name: 'Provider concentration',
    });
    expect(within(concentration).getAllByRole('listitem')[0]).toHaveTextContent(
      'ionos: 30% of vCPU (36,000 vCPU), 1,000 clusters',
    );
  });

  it('asks for the next 100 rows when paging, and keeps the page in the URL', async () => {
    await renderWithApi(page, { api, routeEntries: ['/sovereign-fleet'] });
    await screen.findByText('1–100 of 5000');

    await userEvent.click(
      screen.getByRole('button', { name: 'Go to next page' }),
    );
    await waitFor(() =>
      expect(api.getFleet).toHaveBeenLastCalledWith({
        ...firstQuery,
        offset: 100,
      }),
    );
    expect(await screen.findByText('101–200 of 5000')).toBeInTheDocument();
    expect(urlQuery()).toEqual({ offset: '100' });
    expect(
      screen.getByRole('link', { name: 'Cluster 100' }),
    ).toBeInTheDocument();
  });

  it('filters by provider from the facets, back on the first page, with the filter in the URL', async () => {
    await renderWithApi(page, {
      api,
      routeEntries: ['/sovereign-fleet?offset=200'],
    });
    await screen.findByText('201–300 of 5000');

    await userEvent.click(screen.getByRole('combobox', { name: 'Provider' }));
    await userEvent.click(
      screen.getByRole('option', { name: 'scaleway (1000)' }),
    );
    await userEvent.keyboard('{Escape}');

    await waitFor(() =>
      expect(api.getFleet).toHaveBeenLastCalledWith({
        ...firstQuery,
        provider: ['scaleway'],
      }),
    );
    expect(urlQuery()).toEqual({ provider: 'scaleway' });
  });

  it('filters by SEAL and searches, and sorts on the server', async () => {
    await renderWithApi(page, { api, routeEntries: ['/sovereign-fleet'] });
    await screen.findByText('1–100 of 5000');

    await userEvent.click(screen.getByRole('combobox', { name: 'SEAL' }));
    await userEvent.click(
      screen.getByRole('option', { name: 'SEAL-3 (1000)' }),
    );
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(urlQuery()).toEqual({ seal: '3' }));

    await userEvent.type(
      screen.getByRole('searchbox', { name: 'Search clusters' }),
      'fra',
    );
    await waitFor(() =>
      expect(api.getFleet).toHaveBeenLastCalledWith({
        ...firstQuery,
        seal: [3],
        q: 'fra',
      }),
    );

    await userEvent.click(screen.getByRole('button', { name: 'Score' }));
    await waitFor(() =>
      expect(api.getFleet).toHaveBeenLastCalledWith({
        ...firstQuery,
        seal: [3],
        q: 'fra',
        sort: 'score',
        order: 'asc',
      }),
    );
    expect(urlQuery()).toEqual({
      seal: '3',
      q: 'fra',
      sort: 'score',
      order: 'asc',
    });
  });

  it('starts from the filters in the URL', async () => {
    await renderWithApi(page, {
      api,
      routeEntries: [
        '/sovereign-fleet?provider=ionos,aws&country=DE&mesh=eu-core&q=prod&sort=seal&order=desc',
      ],
    });
    await screen.findByRole('table', { name: 'Sovereign clusters' });
    expect(api.getFleet).toHaveBeenCalledWith({
      ...firstQuery,
      provider: ['ionos', 'aws'],
      country: ['DE'],
      mesh: ['eu-core'],
      q: 'prod',
      sort: 'seal',
      order: 'desc',
    });
    expect(
      screen.getByRole('searchbox', { name: 'Search clusters' }),
    ).toHaveValue('prod');
    expect(
      screen.getByRole('combobox', { name: 'Provider' }),
    ).toHaveTextContent('ionos, aws');

    await userEvent.click(
      screen.getByRole('button', { name: 'Clear filters' }),
    );
    await waitFor(() =>
      expect(urlQuery()).toEqual({ sort: 'seal', order: 'desc' }),
    );
  });

  it('shows the error and what to do when the backend fails', async () => {
    api.getFleet.mockRejectedValue(
      await ResponseError.fromResponse(
        new Response(
          JSON.stringify({
            error: { name: 'Error', message: 'fleet summary unavailable' },
            response: { statusCode: 500 },
          }),
          { status: 500, headers: { 'content-type': 'application/json' } },
        ),
      ),
    );
    await renderWithApi(page, { api, routeEntries: ['/sovereign-fleet'] });
    expect(
      await screen.findByText('Could not load the fleet'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('The backend said: fleet summary unavailable'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});
