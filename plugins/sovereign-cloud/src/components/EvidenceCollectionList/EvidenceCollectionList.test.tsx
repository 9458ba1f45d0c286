import { screen } from '@testing-library/react';
import { renderInTestApp } from '@backstage/test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { EvidenceCollectionList } from './EvidenceCollectionList';

describe('EvidenceCollectionList', () => {
  it('says per cluster how its evidence was collected, and why not', async () => {
    await renderInTestApp(
      <EvidenceCollectionList
        evidence={[
          {
            cluster: 'sovereigncluster:default/a',
            status: 'observed',
            probes: [],
          },
          {
            cluster: 'sovereigncluster:default/b',
            status: 'partial',
            probes: [
              { probe: 'nodes', status: 'ok' },
              { probe: 'images', status: 'failed', reason: 'timeout' },
            ],
          },
          {
            cluster: 'sovereigncluster:default/c',
            status: 'failed',
            reason: 'Kubernetes API answered 401',
            probes: [],
          },
          {
            cluster: 'sovereigncluster:default/d',
            status: 'not-configured',
            probes: [],
          },
        ]}
      />,
      { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
    );
    expect(screen.getByRole('link', { name: 'c' })).toHaveAttribute(
      'href',
      '/catalog/default/sovereigncluster/c',
    );
    expect(screen.getByText('Every probe answered.')).toBeInTheDocument();
    expect(
      screen.getByText('images: timeout. The rest is observed.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Kubernetes API answered 401. Declared facts only.'),
    ).toBeInTheDocument();
    expect(screen.getByText('no live source configured')).toBeInTheDocument();
    expect(
      screen.getByText(/Give the SovereignCluster spec.access/),
    ).toBeInTheDocument();
  });
});
