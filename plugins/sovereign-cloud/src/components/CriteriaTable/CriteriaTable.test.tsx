import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp } from '@backstage/test-utils';
import { awsPosture } from '../../__testUtils__/fixtures';
import { CriteriaTable } from './CriteriaTable';

describe('CriteriaTable', () => {
  it('marks binding caps, and filters criteria by text', async () => {
    const { report } = awsPosture();
    await renderInTestApp(
      <CriteriaTable
        criteria={report.criteria}
        binding={report.seal.binding}
      />,
    );
    const [bindingId] = report.seal.binding;
    const row = screen.getByText(bindingId).closest('tr')!;
    expect(row).toHaveTextContent(`SEAL-${report.seal.level}binding`);

    await userEvent.type(screen.getByPlaceholderText('Filter'), 'SBOM');
    expect(await screen.findByText('SBOM coverage')).toBeInTheDocument();
    expect(screen.queryByText(bindingId)).toBeNull();
  });
});
