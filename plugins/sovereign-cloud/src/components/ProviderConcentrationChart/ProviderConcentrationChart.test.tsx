import { screen, within } from '@testing-library/react';
import { renderInTestApp } from '@backstage/test-utils';
import { ProviderConcentrationChart } from './ProviderConcentrationChart';

describe('ProviderConcentrationChart', () => {
  it('lists providers by share of vCPU, largest first', async () => {
    await renderInTestApp(
      <ProviderConcentrationChart
        totalClusters={3}
        concentration={[
          { provider: 'scaleway', clusters: 1, vcpu: 40, share: 0.25 },
          { provider: 'ionos', clusters: 2, vcpu: 120, share: 0.75 },
        ]}
      />,
    );
    expect(
      within(screen.getByRole('list', { name: 'Provider concentration' }))
        .getAllByRole('listitem')
        .map(i => i.textContent),
    ).toEqual([
      'ionos: 75% of vCPU (120 vCPU), 2 clusters',
      'scaleway: 25% of vCPU (40 vCPU), 1 cluster',
    ]);
    expect(screen.getByText('Share of vCPU (%)')).toBeInTheDocument();
  });

  it('says when nothing matches', async () => {
    await renderInTestApp(
      <ProviderConcentrationChart totalClusters={0} concentration={[]} />,
    );
    expect(
      screen.getByText('No clusters match the filters.'),
    ).toBeInTheDocument();
  });
});
