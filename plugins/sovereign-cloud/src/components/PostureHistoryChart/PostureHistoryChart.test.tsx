import { screen } from '@testing-library/react';
import { renderInTestApp } from '@backstage/test-utils';
import { ionosHistory } from '../../__testUtils__/fixtures';
import { PostureHistoryChart } from './PostureHistoryChart';

describe('PostureHistoryChart', () => {
  it('charts score and SEAL over time and sums up the latest assessment', async () => {
    await renderInTestApp(
      <PostureHistoryChart points={ionosHistory().points} />,
    );
    expect(screen.getByText(/^3 assessments since/)).toHaveTextContent(
      'latest 17.6, SEAL-2 (provisional), evidence observed.',
    );
    // Legend (and axis label) of both series.
    expect(screen.getAllByText('Score').length).toBeGreaterThan(0);
    expect(screen.getByText('SEAL')).toBeInTheDocument();
  });

  it('says how to record the first assessment', async () => {
    await renderInTestApp(<PostureHistoryChart points={[]} />);
    expect(
      screen.getByText(
        'No assessments recorded yet. Re-assess to record the first one.',
      ),
    ).toBeInTheDocument();
  });
});
