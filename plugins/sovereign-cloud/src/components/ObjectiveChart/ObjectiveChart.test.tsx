import { screen, within } from '@testing-library/react';
import { renderInTestApp } from '@backstage/test-utils';
import { ionosPosture } from '../../__testUtils__/fixtures';
import { ObjectiveChart } from './ObjectiveChart';

describe('ObjectiveChart', () => {
  it('lists score, weight, points and level of all eight objectives', async () => {
    const { report } = ionosPosture();
    await renderInTestApp(<ObjectiveChart objectives={report.objectives} />);
    const rows = within(
      screen.getByRole('table', { name: 'Score per objective' }),
    ).getAllByRole('row');
    expect(rows).toHaveLength(9);
    expect(
      within(rows[1])
        .getAllByRole('cell')
        .map(c => c.textContent),
    ).toEqual([
      'SOV-1 Strategic sovereignty',
      '60%',
      '15',
      '9',
      'SEAL-4 (SC-1.01)',
    ]);
    expect(
      within(rows[4])
        .getAllByRole('cell')
        .map(c => c.textContent),
    ).toEqual(['SOV-4 Operational sovereignty', '0%', '15', '0', '—']);
    // The chart's legend names both series.
    expect(screen.getByText('Score (%)')).toBeInTheDocument();
  });
});
