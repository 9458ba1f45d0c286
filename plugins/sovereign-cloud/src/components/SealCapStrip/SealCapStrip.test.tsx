import { screen, within } from '@testing-library/react';
import { renderInTestApp } from '@backstage/test-utils';
import { awsPosture } from '../../__testUtils__/fixtures';
import { SealCapStrip } from './SealCapStrip';

describe('SealCapStrip', () => {
  it('places evidenced criteria under their cap and highlights the binding ones', async () => {
    const { report } = awsPosture();
    await renderInTestApp(
      <SealCapStrip criteria={report.criteria} seal={report.seal} />,
    );
    expect(
      screen.getByText(/The lowest criterion sets the level/),
    ).toHaveTextContent(
      `SEAL-${report.seal.level} is set by ${report.seal.binding.join(', ')}.`,
    );
    const column = screen.getByRole('listitem', {
      name: `Capped at SEAL-${report.seal.level}`,
    });
    for (const id of report.seal.binding) {
      expect(
        within(column).getByText(id).closest('[data-binding]'),
      ).toHaveAttribute('data-binding', 'true');
    }
    // Unknown criteria carry no cap yet: they are not placed.
    const unknown = report.criteria.find(c => c.status === 'unknown')!;
    expect(screen.queryByText(unknown.criterionId)).toBeNull();
  });
});
