import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Entity } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import {
  ComponentPlacementResponse,
  ObservabilityReport,
  StorageReport,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import {
  demoObservabilityReport,
  demoStorageReport,
} from '../../__testUtils__/liveFixtures';
import {
  mockSovereignCloudApi,
  renderWithApi,
} from '../../__testUtils__/render';
import {
  KUBERNETES_SOURCE_HINT,
  PROMETHEUS_SOURCE_HINT,
} from '../../lib/liveSources';
import { ComponentLiveCard } from './ComponentLiveCard';

const GiB = 2 ** 30;
const DEMO = 'sovereigncluster:default/demo-eu';
const NORTH = 'sovereigncluster:default/eu-north';

const component = (annotations?: Record<string, string>): Entity => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'webshop', namespace: 'default', annotations },
  spec: { type: 'service', owner: 'team-a', lifecycle: 'production' },
});

const cluster = (entityRef: string, name: string, title?: string) => ({
  entityRef,
  name,
  title,
  provider: 'hetzner',
  countries: ['DE'],
  replicas: 2,
  seal: 'SEAL-3' as const,
  score: 70,
  postureSource: 'assessed' as const,
});

function placement(
  clusters: ComponentPlacementResponse['clusters'],
): ComponentPlacementResponse {
  return {
    entityRef: 'component:default/webshop',
    clusters,
    providers: ['hetzner'],
    countries: ['DE'],
    replicas: clusters.reduce((n, c) => n + c.replicas, 0),
    constraints: {},
    problems: [],
  };
}

/** The demo storage with claims in `shop` and one elsewhere. */
function storageWithClaims(): StorageReport {
  const report = demoStorageReport();
  report.volumes = [
    {
      name: 'pvc-pg',
      storageClass: 'ceph-block',
      backend: 'rook-ceph',
      capacityBytes: 100 * GiB,
      phase: 'Bound',
      claim: { namespace: 'shop', name: 'postgres-data' },
      placement: { locations: ['de/fra', 'fsn1'], how: 'ceph-osds' },
    },
  ];
  report.claims = [
    {
      namespace: 'shop',
      name: 'postgres-data',
      storageClass: 'ceph-block',
      requestedBytes: 100 * GiB,
      capacityBytes: 100 * GiB,
      phase: 'Bound',
      volume: 'pvc-pg',
    },
    {
      namespace: 'shop',
      name: 'uploads',
      storageClass: 'hcloud-volumes',
      requestedBytes: 10 * GiB,
      phase: 'Pending',
    },
    {
      namespace: 'billing',
      name: 'ledger',
      requestedBytes: 50 * GiB,
      phase: 'Bound',
    },
  ];
  return report;
}

function notConfiguredStorage(entityRef: string): StorageReport {
  return {
    source: { type: 'kubernetes', cluster: 'eu-north', entityRef },
    status: 'not-configured',
    reason: 'the cluster names no Kubernetes API',
    problems: [],
    durationMs: 0,
    csiDrivers: [],
    classes: [],
    volumes: [],
    claims: [],
    summary: {
      volumes: 0,
      capacityBytes: 0,
      claimedBytes: 0,
      encryptedBytes: 0,
      unencryptedBytes: 0,
      byClass: [],
      byLocation: [],
      longhornNotHealthy: 0,
    },
  };
}

function notConfiguredObservability(): ObservabilityReport {
  return {
    collectedAt: '2026-11-30T11:58:30.000Z',
    status: 'not-configured',
    reason: 'no prometheus configured',
    durationMs: 0,
    parts: [],
    links: {},
  };
}

async function unavailable(message: string) {
  return ResponseError.fromResponse(
    new Response(
      JSON.stringify({
        error: { name: 'ServiceUnavailableError', message },
        response: { statusCode: 503 },
      }),
      { status: 503, headers: { 'content-type': 'application/json' } },
    ),
  );
}

const section = (name: string) => screen.findByRole('region', { name });

describe('ComponentLiveCard', () => {
  const api = mockSovereignCloudApi();
  beforeEach(() => jest.resetAllMocks());

  it('shows an observed cluster in full and a failing cluster with its errors, side by side', async () => {
    api.getPlacement.mockResolvedValue(
      placement([
        cluster(DEMO, 'demo-eu', 'Demo EU'),
        cluster(NORTH, 'eu-north'),
      ]),
    );
    api.getStorage.mockImplementation(async ref => {
      if (ref === DEMO) return storageWithClaims();
      const failed = notConfiguredStorage(NORTH);
      return {
        ...failed,
        status: 'failed',
        reason: 'API server answered 500',
        collectedAt: '2026-11-30T11:58:00.000Z',
      };
    });
    api.getObservability.mockImplementation(async ref => {
      if (ref === DEMO) return demoObservabilityReport();
      throw await unavailable('Prometheus of eu-north timed out after 10 s');
    });

    await renderWithApi(<ComponentLiveCard />, {
      api,
      entity: component({ 'backstage.io/kubernetes-namespace': 'shop' }),
    });

    const demo = await section('Cluster Demo EU');
    expect(within(demo).getByRole('link', { name: 'Demo EU' })).toHaveAttribute(
      'href',
      '/catalog/default/sovereigncluster/demo-eu',
    );
    const demoStorage = within(demo).getByRole('region', { name: 'Storage' });
    expect(
      await within(demoStorage).findByText('Kubernetes API: observed'),
    ).toBeInTheDocument();
    expect(
      within(demoStorage).getByLabelText('Storage classes'),
    ).toHaveTextContent(
      'Classes: ceph-block (default, encrypted), hcloud-volumes, longhorn',
    );
    expect(
      within(demoStorage).getByLabelText('Provisioned capacity'),
    ).toHaveTextContent(
      '370 GiB provisioned in 4 volumes: de/fra + fsn1 → 320 GiB; fsn1 → 50 GiB',
    );
    expect(
      within(demoStorage).getByLabelText('Encryption at rest'),
    ).toHaveTextContent('81% encrypted at rest (300 GiB of 370 GiB)');
    const claims = within(demoStorage).getByRole('table', {
      name: 'Claims in namespace shop',
    });
    expect(
      within(claims)
        .getAllByRole('row')
        .slice(1)
        .map(row =>
          within(row)
            .getAllByRole('cell')
            .map(c => c.textContent),
        ),
    ).toEqual([
      ['postgres-data', 'ceph-block', '100 GiB', 'Bound', 'de/fra, fsn1'],
      ['uploads', 'hcloud-volumes', '10 GiB', 'Pending', 'unknown'],
    ]);
    expect(
      within(demoStorage).getByText(
        /from the Kubernetes API of cluster demo-eu$/,
      ),
    ).toHaveTextContent(/^Collected .*2026/);

    const demoObs = within(demo).getByRole('region', { name: 'Observability' });
    expect(
      await within(demoObs).findByText('Prometheus: observed'),
    ).toBeInTheDocument();
    expect(within(demoObs).getByLabelText('Scrape targets')).toHaveTextContent(
      'Targets: 2 up, 1 down',
    );
    expect(within(demoObs).getByLabelText('Firing alerts')).toHaveTextContent(
      'Alerts: 2 firing: NodeNotReady, Watchdog',
    );
    expect(within(demoObs).getByLabelText('Storage growth')).toHaveTextContent(
      'Storage growth: +24 GiB per day',
    );
    expect(
      within(demoObs).getByText(
        /from Prometheus at http:\/\/127\.0\.0\.1:9090$/,
      ),
    ).toBeInTheDocument();

    // The failing cluster: its storage report is `failed`, its Prometheus request rejected.
    const north = await section('Cluster eu-north');
    const northStorage = within(north).getByRole('region', { name: 'Storage' });
    expect(
      await within(northStorage).findByText('Kubernetes API: failed'),
    ).toBeInTheDocument();
    expect(northStorage).toHaveTextContent(
      'Could not read the Kubernetes API of cluster eu-north: API server answered 500',
    );
    expect(
      within(northStorage).queryByLabelText('Storage classes'),
    ).not.toBeInTheDocument();
    const northObs = within(north).getByRole('region', {
      name: 'Observability',
    });
    expect(
      await within(northObs).findByText(
        /Prometheus of eu-north timed out after 10 s/,
      ),
    ).toBeInTheDocument();
    expect(
      within(northObs).getByText('Prometheus: failed'),
    ).toBeInTheDocument();

    // Retrying the rejected request reads that cluster's Prometheus again, and only it.
    api.getObservability.mockClear();
    await userEvent.click(
      within(northObs).getByRole('button', { name: 'Retry' }),
    );
    expect(api.getObservability).toHaveBeenCalledTimes(1);
    expect(api.getObservability).toHaveBeenCalledWith(NORTH);
  });

  it('says what to configure for a cluster without live sources', async () => {
    api.getPlacement.mockResolvedValue(placement([cluster(NORTH, 'eu-north')]));
    api.getStorage.mockResolvedValue(notConfiguredStorage(NORTH));
    api.getObservability.mockResolvedValue(notConfiguredObservability());

    await renderWithApi(<ComponentLiveCard />, { api, entity: component() });

    const north = await section('Cluster eu-north');
    expect(
      await within(north).findByText('Kubernetes API: not configured'),
    ).toBeInTheDocument();
    expect(
      await within(north).findByText('Prometheus: not configured'),
    ).toBeInTheDocument();
    expect(
      within(north).getByText(
        `No Kubernetes API configured for this cluster (the cluster names no Kubernetes API). ${KUBERNETES_SOURCE_HINT}`,
      ),
    ).toBeInTheDocument();
    expect(
      within(north).getByText(
        `No Prometheus configured for this cluster (no prometheus configured). ${PROMETHEUS_SOURCE_HINT}`,
      ),
    ).toBeInTheDocument();
    expect(within(north).queryByText(/^Collected/)).not.toBeInTheDocument();
    // Without the annotation the namespace is the component's name.
    expect(
      screen.getByText(/^Namespace webshop \(the component name/),
    ).toBeInTheDocument();
  });

  it('lists the parts a partial report could not read, and shows the rest', async () => {
    api.getPlacement.mockResolvedValue(placement([cluster(DEMO, 'demo-eu')]));
    const storage = storageWithClaims();
    storage.status = 'partial';
    storage.problems = [
      { section: 'persistentVolumeClaims', reason: 'API server answered 403' },
    ];
    api.getStorage.mockResolvedValue(storage);
    const observability = demoObservabilityReport();
    observability.status = 'partial';
    observability.parts = [
      { part: 'alerts', status: 'failed', reason: 'HTTP 502' },
    ];
    delete observability.alerts;
    api.getObservability.mockResolvedValue(observability);

    await renderWithApi(<ComponentLiveCard />, {
      api,
      entity: component({ 'backstage.io/kubernetes-namespace': 'shop' }),
    });

    expect(
      await screen.findByText(
        'Partial: persistentVolumeClaims: API server answered 403',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('The claims of namespace shop could not be read.'),
    ).toBeInTheDocument();
    expect(
      await screen.findByText('Partial: alerts: HTTP 502'),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Firing alerts')).toHaveTextContent(
      'Alerts: not read',
    );
    expect(screen.getByLabelText('Scrape targets')).toHaveTextContent(
      'Targets: 2 up, 1 down',
    );
  });

  it('shows an empty state when the component runs on no SovereignCluster', async () => {
    api.getPlacement.mockResolvedValue(placement([]));
    await renderWithApi(<ComponentLiveCard />, { api, entity: component() });
    expect(
      await screen.findByText('Runs on no SovereignCluster'),
    ).toBeInTheDocument();
    expect(api.getStorage).not.toHaveBeenCalled();
    expect(api.getObservability).not.toHaveBeenCalled();
  });

  it('shows why the placement could not be loaded', async () => {
    api.getPlacement.mockRejectedValue(
      await unavailable('the catalog did not answer'),
    );
    await renderWithApi(<ComponentLiveCard />, { api, entity: component() });
    expect(
      await screen.findByText(
        'Could not load where the component runs: the catalog did not answer',
      ),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });
});
