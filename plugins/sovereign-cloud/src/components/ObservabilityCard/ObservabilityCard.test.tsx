import { screen, within } from '@testing-library/react';
import {
  demoClusterEntity,
  demoObservabilityReport,
} from '../../__testUtils__/liveFixtures';
import {
  mockSovereignCloudApi,
  renderWithApi,
} from '../../__testUtils__/render';
import { ObservabilityCard } from './ObservabilityCard';

describe('ObservabilityCard', () => {
  const api = mockSovereignCloudApi();
  beforeEach(() => jest.resetAllMocks());

  it('shows scrape health, node use over time, filesystem growth, firing alerts and links, with the Prometheus it came from', async () => {
    api.getObservability.mockResolvedValue(demoObservabilityReport());
    await renderWithApi(<ObservabilityCard />, {
      api,
      entity: demoClusterEntity,
    });

    expect(await screen.findByLabelText('Scrape targets')).toHaveTextContent(
      '2 up, 1 down of 3 scrape targets.',
    );
    expect(api.getObservability).toHaveBeenCalledWith(
      'sovereigncluster:default/demo-eu',
      { refresh: false },
    );
    expect(
      within(screen.getByRole('list', { name: 'Targets not up' })).getByRole(
        'listitem',
      ),
    ).toHaveTextContent(
      'node worker-fra-b:9100: down (Get "http://worker-fra-b:9100/metrics": dial tcp 10.0.2.6:9100: connect: connection refused)',
    );
    expect(screen.getByLabelText('Mesh reachability')).toHaveTextContent(
      'Mesh: eu-north ready (6/6 agents), eu-west not ready (4/6 agents).',
    );

    expect(
      within(screen.getByRole('list', { name: 'Node usage now' }))
        .getAllByRole('listitem')
        .map(i => i.textContent),
    ).toEqual([
      'worker-fsn1-a:9100: CPU 42%, memory 61%',
      'worker-fra-a:9100: CPU 18%, memory 37%',
    ]);
    expect(screen.getByText('CPU used')).toBeInTheDocument();
    expect(screen.getByText('Memory used')).toBeInTheDocument();
    // One line per node in the legends of both charts.
    expect(screen.getAllByText('worker-fsn1-a:9100').length).toBe(2);

    expect(screen.getByLabelText('Filesystem use')).toHaveTextContent(
      '180 GiB of 600 GiB used (30%) over 2 nodes.',
    );
    expect(screen.getByLabelText('Filesystem growth')).toHaveTextContent(
      'Growing 24 GiB per day (fitted over 3 h).',
    );
    expect(screen.getByText('Used (GiB)')).toBeInTheDocument();

    const alerts = screen.getByRole('table', { name: 'Firing alerts' });
    const rows = within(alerts).getAllByRole('row').slice(1);
    expect(
      rows.map(r =>
        within(r)
          .getAllByRole('cell')
          .slice(0, 3)
          .map(c => c.textContent),
      ),
    ).toEqual([
      [
        'NodeNotReady',
        'critical',
        'worker-fra-b has been unready for more than 15 minutes',
      ],
      ['Watchdog', 'none', 'An alert that should always be firing'],
    ]);
    expect(screen.getByLabelText('Alerts firing')).toHaveTextContent(
      '2 alerts firing.',
    );

    expect(screen.getByRole('link', { name: 'Open Grafana' })).toHaveAttribute(
      'href',
      'https://grafana.demo.example',
    );
    expect(
      screen.getByRole('link', { name: 'Open Alertmanager' }),
    ).toHaveAttribute('href', 'https://alertmanager.demo.example');
    expect(screen.getByLabelText('Collection')).toHaveTextContent(
      /^Collected .* from Prometheus at http:\/\/127\.0\.0\.1:9090 in 0\.1 s$/,
    );
  });

  it('names what to configure when the cluster has no Prometheus, with the declared links', async () => {
    api.getObservability.mockResolvedValue({
      cluster: 'sovereigncluster:default/demo-eu',
      collectedAt: '2026-11-30T11:58:30.000Z',
      status: 'not-configured',
      reason: 'no Prometheus configured for this cluster',
      durationMs: 0,
      parts: [{ part: 'nodes', status: 'skipped', reason: 'no live source' }],
      links: { grafana: 'https://grafana.demo.example' },
    });
    await renderWithApi(<ObservabilityCard />, {
      api,
      entity: demoClusterEntity,
    });

    expect(
      await screen.findByText('No live source configured'),
    ).toBeInTheDocument();
    expect(screen.getByText(/add a prometheus block/)).toBeInTheDocument();
    expect(
      screen.getByText(
        'The backend said: no Prometheus configured for this cluster.',
      ),
    ).toBeInTheDocument();
    const declared = screen.getByRole('region', { name: 'Declared facts' });
    expect(
      within(declared).getByText('https://grafana.demo.example'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Open Grafana' }),
    ).toBeInTheDocument();
    expect(screen.queryByLabelText('Scrape targets')).not.toBeInTheDocument();
  });

  it('shows why Prometheus could not be read', async () => {
    api.getObservability.mockResolvedValue({
      ...demoObservabilityReport(),
      status: 'failed',
      reason: 'Prometheus did not answer within 5s',
      nodes: undefined,
      scrapeHealth: undefined,
      alerts: undefined,
    });
    await renderWithApi(<ObservabilityCard />, {
      api,
      entity: demoClusterEntity,
    });

    expect(
      await screen.findByText(
        'Could not read Prometheus at http://127.0.0.1:9090',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Prometheus did not answer within 5s'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows the parts it read and warns about the ones that failed', async () => {
    const report = demoObservabilityReport();
    api.getObservability.mockResolvedValue({
      ...report,
      status: 'partial',
      alerts: undefined,
      nodeHistory: undefined,
      parts: report.parts.map(p => {
        if (p.part === 'alerts') {
          return {
            ...p,
            status: 'failed',
            reason: 'HTTP 503 from /api/v1/alerts',
          };
        }
        return p.part === 'nodeHistory'
          ? { ...p, status: 'failed', reason: 'query timed out' }
          : p;
      }),
    });
    await renderWithApi(<ObservabilityCard />, {
      api,
      entity: demoClusterEntity,
    });

    expect(
      await screen.findByText('Partial data: 2 parts could not be read'),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('list', { name: 'Parts not read' }))
        .getAllByRole('listitem')
        .map(i => i.textContent),
    ).toEqual([
      'node usage history: query timed out',
      'alerts: HTTP 503 from /api/v1/alerts',
    ]);
    expect(screen.getByText('Alerts not read.')).toBeInTheDocument();
    expect(screen.queryByText('CPU used')).not.toBeInTheDocument();
    expect(screen.getByLabelText('Scrape targets')).toHaveTextContent(
      '2 up, 1 down',
    );
  });
});
