import { screen } from '@testing-library/react';
import { renderInTestApp } from '@backstage/test-utils';
import { DriftTable } from './DriftTable';

describe('DriftTable', () => {
  it('puts declared and observed values side by side', async () => {
    await renderInTestApp(
      <DriftTable
        drift={[
          {
            evidence: 'volumeKeys',
            declared: 'customer-kms',
            observed: 'provider-managed',
          },
        ]}
      />,
    );
    expect(
      screen.getByRole('row', {
        name: 'volumeKeys customer-kms provider-managed',
      }),
    ).toBeInTheDocument();
  });

  it('says when there is no drift', async () => {
    await renderInTestApp(<DriftTable drift={[]} />);
    expect(screen.getByText(/No drift/)).toBeInTheDocument();
  });
});
