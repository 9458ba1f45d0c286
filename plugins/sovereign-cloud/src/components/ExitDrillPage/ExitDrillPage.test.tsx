import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { ResponseError } from '@backstage/errors';
import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { defaultCloudProviders } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { sovereignCloudApiRef } from '../../api';
import {
  LocationSearch,
  mockSovereignCloudApi,
} from '../../__testUtils__/render';
import { exitPlan } from '../../__testUtils__/exitPlanFixture';
import { ExitDrillPage } from './ExitDrillPage';

const providers = defaultCloudProviders().filter(p =>
  ['ionos', 'scaleway', 'aws'].includes(p.metadata.name),
);

async function renderPage(
  api: ReturnType<typeof mockSovereignCloudApi>,
  route = '/sovereign-exit-drill',
) {
  return renderInTestApp(
    <TestApiProvider
      apis={[
        [sovereignCloudApiRef, api],
        [catalogApiRef, catalogApiMock({ entities: providers })],
      ]}
    >
      <ExitDrillPage />
      <LocationSearch />
    </TestApiProvider>,
    {
      routeEntries: [route],
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
    },
  );
}

describe('ExitDrillPage', () => {
  const api = mockSovereignCloudApi();
  beforeEach(() => jest.resetAllMocks());

  it('offers the CloudProviders of the catalog and plans the exit from the one picked', async () => {
    api.getExitPlan.mockResolvedValue(exitPlan());
    await renderPage(api);
    expect(api.getExitPlan).not.toHaveBeenCalled();

    await userEvent.click(
      await screen.findByRole('combobox', { name: 'Provider to leave' }),
    );
    const options = await screen.findAllByRole('option');
    expect(options).toHaveLength(3);
    await userEvent.click(options.find(o => /IONOS/i.test(o.textContent!))!);

    await waitFor(() => expect(api.getExitPlan).toHaveBeenCalledWith('ionos'));
    expect(screen.getByTestId('location-search').textContent).toBe(
      '?provider=ionos',
    );
    expect(await screen.findByText('Leaving ionos')).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Workloads' });
    expect(within(table).getAllByRole('row')).toHaveLength(4);
  });

  it('plans the provider named in the URL and shows the backend reason on 404', async () => {
    api.getExitPlan.mockRejectedValue(
      await ResponseError.fromResponse(
        new Response(
          JSON.stringify({
            error: {
              name: 'NotFoundError',
              message: 'Unknown provider "nimbus"',
            },
            response: { statusCode: 404 },
          }),
          { status: 404, headers: { 'content-type': 'application/json' } },
        ),
      ),
    );
    await renderPage(api, '/sovereign-exit-drill?provider=nimbus');
    expect(
      await screen.findByText('Could not plan the exit from nimbus'),
    ).toBeInTheDocument();
    expect(screen.getByText('Unknown provider "nimbus"')).toBeInTheDocument();
    expect(
      screen.getByText(/does not know this provider: pick one from the list/),
    ).toBeInTheDocument();
  });
});
