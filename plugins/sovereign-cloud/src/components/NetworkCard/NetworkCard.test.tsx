import { screen, within } from '@testing-library/react';
import {
  demoClusterEntity,
  demoNetworkReport,
} from '../../__testUtils__/liveFixtures';
import {
  mockSovereignCloudApi,
  renderWithApi,
} from '../../__testUtils__/render';
import { NetworkCard } from './NetworkCard';

describe('NetworkCard', () => {
  const api = mockSovereignCloudApi();
  beforeEach(() => jest.resetAllMocks());

  it('shows the overlay and its encryption, the mesh as a picture and nodes per location', async () => {
    api.getNetwork.mockResolvedValue(demoNetworkReport());
    await renderWithApi(<NetworkCard />, { api, entity: demoClusterEntity });

    expect(await screen.findByLabelText('Encryption')).toHaveTextContent(
      'WireGuard, pod and node traffic.',
    );
    expect(api.getNetwork).toHaveBeenCalledWith(
      'sovereigncluster:default/demo-eu',
      { refresh: false },
    );
    expect(screen.getByText('encrypted: WireGuard')).toBeInTheDocument();
    expect(screen.getByLabelText('Overlay')).toHaveTextContent(
      'CNI cilium, tunnel routing (vxlan), cluster demo-eu #1.',
    );

    const picture = screen.getByRole('img', {
      name: 'Mesh of demo-eu: 2 other clusters, links encrypted by WireGuard',
    });
    // This cluster, its two locations and both remote members are drawn.
    for (const text of [
      'demo-eu',
      'eu-north',
      'eu-west',
      'hetzner fsn1',
      'ionos de/fra',
    ]) {
      expect(within(picture).getByText(text)).toBeInTheDocument();
    }
    const links = picture.querySelectorAll('line[stroke-width="3"]');
    expect(links).toHaveLength(2);
    // Ready and not ready links have different colours, none dashed.
    expect(links[0].getAttribute('stroke')).not.toBe(
      links[1].getAttribute('stroke'),
    );
    expect(links[0].getAttribute('stroke-dasharray')).toBeNull();
    expect(
      within(screen.getByRole('list', { name: 'Mesh links' }))
        .getAllByRole('listitem')
        .map(i => i.textContent),
    ).toEqual([
      'demo-eu ↔ eu-north: ready, encrypted by WireGuard',
      'demo-eu ↔ eu-west: not ready, encrypted by WireGuard',
    ]);

    const nodes = screen.getByRole('table', { name: 'Nodes per location' });
    expect(
      within(nodes)
        .getAllByRole('row')
        .slice(1)
        .map(r =>
          within(r)
            .getAllByRole('cell')
            .map(c => c.textContent),
        ),
    ).toEqual([
      ['hetzner', 'fsn1', 'DE', '3', '3', '1'],
      ['ionos', 'de/fra', 'DE', '3', '2', '1'],
    ]);
    expect(screen.getByLabelText('Collection')).toHaveTextContent(
      /from the Kubernetes API of cluster demo-eu/,
    );
  });

  it('draws links dashed and says so when the encryption is unknown', async () => {
    api.getNetwork.mockResolvedValue({
      ...demoNetworkReport(),
      overlay: { cni: 'unknown', encryption: { mode: 'unknown' } },
    });
    await renderWithApi(<NetworkCard />, { api, entity: demoClusterEntity });

    expect(await screen.findByLabelText('Encryption')).toHaveTextContent(
      'Unknown: no overlay the collector reads was found.',
    );
    const picture = screen.getByRole('img', {
      name: /links not known to be encrypted/,
    });
    expect(
      picture
        .querySelector('line[stroke-width="3"]')
        ?.getAttribute('stroke-dasharray'),
    ).toBe('6 4');
  });

  it('names what to configure when there is no live source, with the declared network', async () => {
    api.getNetwork.mockResolvedValue({
      ...demoNetworkReport(),
      status: 'not-configured',
      collectedAt: undefined,
      reason:
        'no live source configured (spec.access is not set and there is no sovereign-cloud.io/kubernetes-cluster annotation)',
    });
    await renderWithApi(<NetworkCard />, { api, entity: demoClusterEntity });

    expect(
      await screen.findByText('No live source configured'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/give the SovereignCluster spec.access/),
    ).toBeInTheDocument();
    const declared = screen.getByRole('region', { name: 'Declared facts' });
    expect(within(declared).getByText('cilium-wireguard')).toBeInTheDocument();
    expect(
      within(declared).getByText('wireguard (pod-and-node)'),
    ).toBeInTheDocument();
    expect(within(declared).getByText('eu-core')).toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });

  it('shows why the cluster could not be read', async () => {
    api.getNetwork.mockResolvedValue({
      ...demoNetworkReport(),
      status: 'failed',
      reason: 'API server answered 500 Internal Server Error',
    });
    await renderWithApi(<NetworkCard />, { api, entity: demoClusterEntity });

    expect(
      await screen.findByText(
        'Could not read the Kubernetes API of cluster demo-eu',
      ),
    ).toBeInTheDocument();
    expect(
      screen.getByText('API server answered 500 Internal Server Error'),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('table', { name: 'Nodes per location' }),
    ).not.toBeInTheDocument();
  });

  it('shows what was read and warns about the parts that were not', async () => {
    api.getNetwork.mockResolvedValue({
      ...demoNetworkReport(),
      status: 'partial',
      clusterMesh: {
        enabled: false,
        apiserver: false,
        kvstoremesh: false,
        members: [],
      },
      problems: [
        { section: 'clusterMesh', reason: 'forbidden (403) reading secrets' },
      ],
    });
    await renderWithApi(<NetworkCard />, { api, entity: demoClusterEntity });

    expect(
      await screen.findByText('Partial data: 1 part could not be read'),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('list', { name: 'Parts not read' })).getByRole(
        'listitem',
      ),
    ).toHaveTextContent('clusterMesh: forbidden (403) reading secrets');
    expect(
      screen.getByText('The cluster mesh configuration could not be read.'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('table', { name: 'Nodes per location' }),
    ).toBeInTheDocument();
  });
});
