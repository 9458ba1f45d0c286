import { screen, within } from '@testing-library/react';
import { renderInTestApp } from '@backstage/test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { MeshContinuity } from './MeshContinuity';

describe('MeshContinuity', () => {
  it('shows each member and what losing each provider leaves', async () => {
    await renderInTestApp(
      <MeshContinuity
        members={[
          {
            cluster: 'sovereigncluster:default/fra',
            score: 71.25,
            seal: 1,
            sealLabel: 'SEAL-1',
            provisional: false,
            binding: ['SC-3.02'],
          },
        ]}
        continuity={[
          {
            provider: 'ionos',
            survivingClusters: [],
            lostClusters: ['sovereigncluster:default/fra'],
            clustersLosingData: ['sovereigncluster:default/fra'],
            remainingCapacityShare: 0,
            covered: false,
          },
        ]}
        survivesLossOfAnyProvider={false}
      />,
      { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
    );
    const member = within(
      screen.getByRole('table', { name: 'Member clusters' }),
    ).getAllByRole('row')[1];
    expect(member).toHaveTextContent('fra71.3SEAL-1SC-3.02');
    expect(
      screen.getByText(
        'Losing one of the providers below would leave the set uncovered.',
      ),
    ).toBeInTheDocument();
    const loss = within(
      screen.getByRole('table', { name: 'Continuity after losing a provider' }),
    ).getAllByRole('row')[1];
    expect(
      within(loss)
        .getAllByRole('cell')
        .map(c => c.textContent),
    ).toEqual(['ionos', 'none', 'fra', 'fra', '0%', 'no']);
  });
});
