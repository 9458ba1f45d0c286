import { screen } from '@testing-library/react';
import { renderInTestApp } from '@backstage/test-utils';
import { EvidenceList } from './EvidenceList';

describe('EvidenceList', () => {
  it('shows each record with its provenance, value, provider share and source', async () => {
    await renderInTestApp(
      <EvidenceList
        evidence={[
          {
            name: 'network',
            provenance: 'observed',
            value: { mode: 'wireguard', scope: 'pod' },
            source: 'kube-system/cilium-config',
          },
          {
            name: 'provider:aws.exposure',
            provenance: 'catalog',
            value: 'non-eu-parent',
            share: 0.25,
          },
          { name: 'backups', provenance: 'unknown', value: null },
        ]}
      />,
    );
    const items = screen.getAllByRole('listitem').map(i => i.textContent);
    expect(items).toEqual([
      'observednetwork: mode: wireguard, scope: pod — kube-system/cilium-config',
      'catalogprovider:aws.exposure (25%): non-eu-parent',
      'unknownbackups: unknown',
    ]);
  });

  it('shows the first records and counts the rest', async () => {
    await renderInTestApp(
      <EvidenceList
        limit={1}
        evidence={[
          { name: 'a', provenance: 'declared', value: 1 },
          { name: 'b', provenance: 'declared', value: 2 },
          { name: 'c', provenance: 'declared', value: 3 },
        ]}
      />,
    );
    expect(screen.getAllByRole('listitem').map(i => i.textContent)).toEqual([
      'declareda: 1',
      'and 2 more evidence records',
    ]);
  });
});
