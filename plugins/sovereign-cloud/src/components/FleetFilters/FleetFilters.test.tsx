import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp } from '@backstage/test-utils';
import { fleetPage } from '../../__testUtils__/fixtures';
import { FleetQueryState } from '../../hooks/useFleetQueryState';
import { FleetFilters } from './FleetFilters';

const empty: FleetQueryState = {
  provider: [],
  country: [],
  seal: [],
  mesh: [],
  q: '',
  offset: 0,
};

describe('FleetFilters', () => {
  it('offers the facets with counts and reports choices', async () => {
    const onChange = jest.fn();
    await renderInTestApp(
      <FleetFilters
        facets={fleetPage().facets}
        value={{ ...empty, country: ['PL'] }}
        onChange={onChange}
      />,
    );

    await userEvent.click(screen.getByRole('combobox', { name: 'Mesh' }));
    // Mesh references read as names.
    await userEvent.click(
      screen.getByRole('option', { name: 'eu-core (2500)' }),
    );
    expect(onChange).toHaveBeenLastCalledWith({
      mesh: ['resource:default/eu-core'],
    });
    await userEvent.keyboard('{Escape}');

    // A selected country without matches stays listed, so it can be removed.
    expect(screen.getByRole('combobox', { name: 'Country' })).toHaveTextContent(
      'PL',
    );
    await userEvent.click(screen.getByRole('combobox', { name: 'Country' }));
    expect(screen.getAllByRole('option').map(o => o.textContent)).toEqual([
      'DE (4000)',
      'FR (1000)',
      'PL (0)',
    ]);
    await userEvent.click(screen.getByRole('option', { name: 'PL (0)' }));
    expect(onChange).toHaveBeenLastCalledWith({ country: [] });
  });

  it('searches after the user stops typing, and clears everything', async () => {
    const onChange = jest.fn();
    await renderInTestApp(
      <FleetFilters
        facets={fleetPage().facets}
        value={{ ...empty, seal: [1] }}
        onChange={onChange}
      />,
    );
    await userEvent.type(
      screen.getByRole('searchbox', { name: 'Search clusters' }),
      'ionos',
    );
    await waitFor(() => expect(onChange).toHaveBeenCalledWith({ q: 'ionos' }));
    expect(onChange).toHaveBeenCalledTimes(1);

    await userEvent.click(
      screen.getByRole('button', { name: 'Clear filters' }),
    );
    expect(onChange).toHaveBeenLastCalledWith({
      provider: [],
      country: [],
      seal: [],
      mesh: [],
      q: '',
    });
  });
});
