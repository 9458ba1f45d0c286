import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp } from '@backstage/test-utils';
import { entityRouteRef } from '@backstage/plugin-catalog-react';
import { fleetRow } from '../../__testUtils__/fixtures';
import { FleetTable } from './FleetTable';

const routes = {
  mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
};

describe('FleetTable', () => {
  it('shows the rows it is given, with links to the cluster and the mesh', async () => {
    await renderInTestApp(
      <FleetTable
        items={[
          fleetRow(2),
          {
            ...fleetRow(3),
            score: null,
            seal: null,
            sealLabel: null,
            provisional: false,
            evidenceStatus: 'pending',
            evidenceReason: undefined,
          },
        ]}
        totalItems={5000}
        offset={0}
        limit={100}
        onSort={jest.fn()}
        onPage={jest.fn()}
      />,
      routes,
    );
    const rows = within(
      screen.getByRole('table', { name: 'Sovereign clusters' }),
    ).getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(
      within(rows[1]).getByRole('link', { name: 'eu-core' }),
    ).toHaveAttribute('href', '/catalog/default/resource/eu-core');
    expect(
      within(rows[2])
        .getAllByRole('cell')
        .slice(1, 3)
        .map(c => c.textContent),
    ).toEqual(['—', '—']);
    expect(within(rows[2]).getByText('not assessed yet')).toBeInTheDocument();
  });

  it('asks for the sort and the page instead of sorting or paging itself', async () => {
    const onSort = jest.fn();
    const onPage = jest.fn();
    await renderInTestApp(
      <FleetTable
        items={[fleetRow(200)]}
        totalItems={5000}
        offset={200}
        limit={100}
        sort="score"
        order="asc"
        onSort={onSort}
        onPage={onPage}
      />,
      routes,
    );
    expect(screen.getByText('201–300 of 5000')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /Score/ }));
    expect(onSort).toHaveBeenCalledWith('score', 'desc');
    await userEvent.click(screen.getByRole('button', { name: 'Countries' }));
    expect(onSort).toHaveBeenCalledWith('country', 'asc');
    await userEvent.click(
      screen.getByRole('button', { name: 'Go to previous page' }),
    );
    expect(onPage).toHaveBeenCalledWith(100);
  });
});
