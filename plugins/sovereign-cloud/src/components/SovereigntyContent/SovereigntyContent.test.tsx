import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ResponseError } from '@backstage/errors';
import {
  ionosCluster,
  ionosHistory,
  ionosPosture,
  reassessedIonosPosture,
} from '../../__testUtils__/fixtures';
import {
  mockSovereignCloudApi,
  renderWithApi,
} from '../../__testUtils__/render';
import { SovereigntyContent } from './SovereigntyContent';

const CLUSTER = 'sovereigncluster:default/ionos-fra-prod';

function rowOf(text: string | RegExp): HTMLElement {
  return screen.getByText(text).closest('tr')!;
}

describe('SovereigntyContent', () => {
  const api = mockSovereignCloudApi();
  beforeEach(() => {
    jest.resetAllMocks();
    api.getHistory.mockResolvedValue(ionosHistory());
  });

  it('shows every criterion with status, answer, points, cap, provenance and evidence', async () => {
    api.getPosture.mockResolvedValue(ionosPosture());
    await renderWithApi(<SovereigntyContent />, { api, entity: ionosCluster });

    expect(await screen.findByText('Criteria')).toBeInTheDocument();
    // 26 criteria, one row each.
    expect(
      screen.getAllByText(/^SC-\d\.\d\d$/, { selector: 'strong' }),
    ).toHaveLength(26);

    const sc201 = rowOf(
      'Exposure of infrastructure providers to extraterritorial law',
    );
    expect(sc201).toHaveTextContent('SOV-2');
    expect(sc201).toHaveTextContent('partial');
    expect(sc201).toHaveTextContent(
      'EU-controlled, with operating entities outside the EU',
    );
    expect(sc201).toHaveTextContent('37.5 / 50');
    expect(sc201).toHaveTextContent('SEAL-2binding');
    expect(sc201).toHaveTextContent(
      'provider:ionos.exposure: eu-with-non-eu-subsidiaries',
    );

    const sc303 = rowOf('Inter-node encryption in transit');
    expect(sc303).toHaveTextContent('10 / 20');
    expect(within(sc303).getAllByText('observed').length).toBeGreaterThan(0);
    expect(sc303).toHaveTextContent('network: mode: wireguard, scope: pod');

    const sc302 = rowOf(/^Customer control of encryption keys/);
    expect(sc302).toHaveTextContent('unknown; could cap at SEAL-0');
    expect(sc302).toHaveTextContent('0 / 40');

    expect(rowOf('Accelerator dependency')).toHaveTextContent('n/a');
  });

  it('shows all findings, the drift between declared and observed, and the history', async () => {
    api.getPosture.mockResolvedValue(ionosPosture());
    await renderWithApi(<SovereigntyContent />, { api, entity: ionosCluster });

    expect(await screen.findByText('Findings')).toBeInTheDocument();
    expect(
      screen.getByText('SC-8.02 Renewable energy sourcing'),
    ).toBeInTheDocument();
    expect(
      screen.queryByText(/more findings in the Sovereignty tab/),
    ).toBeNull();

    const drift = screen.getByRole('table', {
      name: 'Drift between declared and observed',
    });
    expect(
      within(drift)
        .getAllByRole('row')
        .slice(1)
        .map(r =>
          within(r)
            .getAllByRole('cell')
            .map(c => c.textContent),
        ),
    ).toEqual([
      [
        'network',
        'mode: wireguard, scope: pod-and-node',
        'mode: wireguard, scope: pod',
      ],
    ]);

    expect(await screen.findByText(/^3 assessments since/)).toHaveTextContent(
      'latest 17.6, SEAL-2 (provisional), evidence observed.',
    );
    expect(api.getHistory).toHaveBeenCalledWith(CLUSTER);
  });

  it('re-assesses now, then shows the new result and the updated history', async () => {
    api.getPosture.mockResolvedValue(ionosPosture());
    const reassessed = reassessedIonosPosture();
    api.assess.mockResolvedValue(reassessed);
    await renderWithApi(<SovereigntyContent />, { api, entity: ionosCluster });

    expect(await screen.findByLabelText('Score')).toHaveTextContent(
      '17.6 / 100',
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'Re-assess now' }),
    );

    expect(api.assess).toHaveBeenCalledWith(CLUSTER, { profile: undefined });
    await waitFor(() =>
      expect(screen.getByLabelText('Score')).toHaveTextContent(
        `${reassessed.report.score.toFixed(1)} / 100`,
      ),
    );
    expect(reassessed.report.score).toBeGreaterThan(17.6);
    await waitFor(() => expect(api.getHistory).toHaveBeenCalledTimes(2));
  });

  it('keeps the last result and says so when re-assessing fails', async () => {
    api.getPosture.mockResolvedValue(ionosPosture());
    api.assess.mockRejectedValue(new Error('collector timed out'));
    await renderWithApi(<SovereigntyContent />, { api, entity: ionosCluster });
    await screen.findByLabelText('Score');

    await userEvent.click(
      screen.getByRole('button', { name: 'Re-assess now' }),
    );
    expect(
      await screen.findByText('Re-assessment failed: collector timed out'),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Score')).toHaveTextContent('17.6 / 100');
  });

  it('scores with the weight profile the user picks', async () => {
    api.getPosture.mockResolvedValue(ionosPosture());
    await renderWithApi(<SovereigntyContent />, { api, entity: ionosCluster });
    await screen.findByLabelText('Score');

    await userEvent.click(
      screen.getByRole('combobox', { name: 'Weight profile' }),
    );
    await userEvent.click(
      screen.getByRole('option', { name: 'CSF calculator 2026 (examples)' }),
    );
    await waitFor(() =>
      expect(api.getPosture).toHaveBeenLastCalledWith(CLUSTER, {
        profile: 'csf-calculator-2026-06',
      }),
    );
  });

  it('shows the error and what to do when the backend fails', async () => {
    api.getPosture.mockRejectedValue(
      await ResponseError.fromResponse(
        new Response(
          JSON.stringify({
            error: { name: 'Error', message: 'catalog unavailable' },
            response: { statusCode: 500 },
          }),
          { status: 500, headers: { 'content-type': 'application/json' } },
        ),
      ),
    );
    await renderWithApi(<SovereigntyContent />, { api, entity: ionosCluster });
    expect(
      await screen.findByText('Could not load the sovereignty posture'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('The backend said: catalog unavailable'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});
