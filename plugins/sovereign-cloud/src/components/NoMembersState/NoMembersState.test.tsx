import { screen } from '@testing-library/react';
import { renderInTestApp } from '@backstage/test-utils';
import { NoMembersState } from './NoMembersState';

describe('NoMembersState', () => {
  it('tells a mesh owner to name the mesh on its clusters', async () => {
    await renderInTestApp(<NoMembersState subjectKind="mesh" />);
    expect(screen.getByText('No clusters to assess')).toBeInTheDocument();
    expect(screen.getByText(/Set spec.network.mesh/)).toBeInTheDocument();
  });
});
