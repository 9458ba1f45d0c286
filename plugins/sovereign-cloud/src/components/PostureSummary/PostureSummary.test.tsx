import { screen } from '@testing-library/react';
import { renderInTestApp } from '@backstage/test-utils';
import { ionosPosture } from '../../__testUtils__/fixtures';
import { PostureSummary } from './PostureSummary';

describe('PostureSummary', () => {
  it('shows score, level, provisional reason, profile and coverage', async () => {
    const { report, assessedAt } = ionosPosture();
    await renderInTestApp(
      <PostureSummary report={report} assessedAt={assessedAt} />,
    );
    expect(screen.getByLabelText('Score')).toHaveTextContent('17.6 / 100');
    expect(screen.getByText('SEAL-2')).toBeInTheDocument();
    expect(screen.getByText('provisional')).toBeInTheDocument();
    expect(
      screen.getByText(
        /self-assessed, CSF v1.2.1-aligned; not a certification/,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/could still lower it/)).toHaveTextContent(
      `(${report.seal.couldLower.join(', ')})`,
    );
    expect(screen.getByText(/Weight profile:/)).toHaveTextContent(
      'Weight profile: CSF v1.2.1 (csf-v1.2.1)',
    );
    expect(screen.getByText(/^Assessed /)).toBeInTheDocument();
  });

  it('has no provisional marker when every criterion that could lower the level is evidenced', async () => {
    const { report } = ionosPosture();
    await renderInTestApp(
      <PostureSummary
        report={{
          ...report,
          seal: { ...report.seal, provisional: false, couldLower: [] },
        }}
      />,
    );
    expect(screen.queryByText('provisional')).toBeNull();
    expect(screen.queryByText(/could still lower it/)).toBeNull();
  });
});
