import { screen } from '@testing-library/react';
import { renderInTestApp } from '@backstage/test-utils';
import { ionosPosture } from '../../__testUtils__/fixtures';
import { FindingsList } from './FindingsList';

describe('FindingsList', () => {
  it('lists findings most severe first, with remediation and reference', async () => {
    const { findings } = ionosPosture().report;
    const shuffled = [...findings].reverse();
    await renderInTestApp(<FindingsList findings={shuffled} />);
    const headings = screen
      .getAllByRole('heading', { level: 4 })
      .map(h => h.textContent);
    expect(headings).toHaveLength(findings.length);
    expect(headings[0]).toMatch(/^SC-2.01|^SC-7.01/);
    expect(headings[headings.length - 1]).toMatch(/^SC-(5.03|6.02|7.04|8.02)/);
    expect(screen.getAllByText('blocking')).toHaveLength(2);
  });

  it('says when there is nothing to fix', async () => {
    await renderInTestApp(<FindingsList findings={[]} />);
    expect(
      screen.getByText('No findings: every criterion has its best answer.'),
    ).toBeInTheDocument();
  });
});
