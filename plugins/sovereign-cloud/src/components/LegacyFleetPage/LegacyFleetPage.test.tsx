import { screen } from '@testing-library/react';
import { fleetPage } from '../../__testUtils__/fixtures';
import {
  mockSovereignCloudApi,
  renderWithApi,
} from '../../__testUtils__/render';
import { LegacyFleetPage } from './LegacyFleetPage';

describe('LegacyFleetPage', () => {
  it('wraps the fleet in a page with a header', async () => {
    const api = mockSovereignCloudApi();
    api.getFleet.mockResolvedValue(fleetPage(0, 100, 3));
    await renderWithApi(<LegacyFleetPage />, { api });
    expect(
      screen.getByRole('heading', { name: 'Sovereign fleet' }),
    ).toBeInTheDocument();
    expect(await screen.findByText('1–3 of 3')).toBeInTheDocument();
  });
});
