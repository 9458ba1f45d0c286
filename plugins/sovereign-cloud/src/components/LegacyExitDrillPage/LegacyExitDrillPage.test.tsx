import { screen } from '@testing-library/react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { catalogApiRef, entityRouteRef } from '@backstage/plugin-catalog-react';
import { catalogApiMock } from '@backstage/plugin-catalog-react/testUtils';
import { sovereignCloudApiRef } from '../../api';
import { exitPlan } from '../../__testUtils__/exitPlanFixture';
import { mockSovereignCloudApi } from '../../__testUtils__/render';
import { LegacyExitDrillPage } from './LegacyExitDrillPage';

describe('LegacyExitDrillPage', () => {
  it('wraps the exit drill in a page with a header', async () => {
    const api = mockSovereignCloudApi();
    api.getExitPlan.mockResolvedValue(exitPlan());
    await renderInTestApp(
      <TestApiProvider
        apis={[
          [sovereignCloudApiRef, api],
          [catalogApiRef, catalogApiMock({ entities: [] })],
        ]}
      >
        <LegacyExitDrillPage />
      </TestApiProvider>,
      {
        routeEntries: ['/sovereign-exit-drill?provider=ionos'],
        mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
      },
    );
    expect(
      screen.getByRole('heading', { name: 'Exit drill' }),
    ).toBeInTheDocument();
    expect(await screen.findByText('Leaving ionos')).toBeInTheDocument();
  });
});
