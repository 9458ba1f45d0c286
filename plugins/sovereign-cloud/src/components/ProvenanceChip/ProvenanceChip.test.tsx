import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp } from '@backstage/test-utils';
import { ProvenanceChip } from './ProvenanceChip';

describe('ProvenanceChip', () => {
  it('names the provenance and explains it on hover', async () => {
    await renderInTestApp(<ProvenanceChip provenance="declared" />);
    await userEvent.hover(screen.getByText('declared'));
    expect(
      await screen.findByRole('tooltip', {
        name: 'Declared by the operator (entity or declaration)',
      }),
    ).toBeInTheDocument();
  });
});
