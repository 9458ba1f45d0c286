import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ResponseError } from '@backstage/errors';
import {
  demoClusterEntity,
  demoStorageReport,
} from '../../__testUtils__/liveFixtures';
import {
  mockSovereignCloudApi,
  renderWithApi,
} from '../../__testUtils__/render';
import { StorageCard } from './StorageCard';

const cells = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map(c => c.textContent);

describe('StorageCard', () => {
  const api = mockSovereignCloudApi();
  beforeEach(() => jest.resetAllMocks());

  it('shows classes, capacity by class and location, Ceph, Longhorn and protection, with when and where it was read', async () => {
    api.getStorage.mockResolvedValue(demoStorageReport());
    await renderWithApi(<StorageCard />, { api, entity: demoClusterEntity });

    const classes = await screen.findByRole('table', {
      name: 'Storage classes',
    });
    expect(api.getStorage).toHaveBeenCalledWith(
      'sovereigncluster:default/demo-eu',
      { refresh: false },
    );
    const rows = within(classes).getAllByRole('row').slice(1);
    expect(rows.map(cells)).toEqual([
      [
        'ceph-blockdefault',
        'rook-ceph',
        'rook-ceph.rbd.csi.ceph.com',
        'yes (KMS vault-kms)',
        '3 copies across hosts',
      ],
      ['hcloud-volumes', 'provider-csi', 'csi.hetzner.cloud', 'no', 'unknown'],
      ['longhorn', 'longhorn', 'driver.longhorn.io', 'no', '2 copies'],
    ]);

    expect(screen.getByLabelText('Capacity summary')).toHaveTextContent(
      '4 volumes, 370 GiB provisioned (370 GiB claimed); 300 GiB encrypted at rest, 70 GiB not encrypted.',
    );
    expect(screen.getByText('Capacity by class (GiB)')).toBeInTheDocument();
    const locations = screen.getByRole('table', {
      name: 'Capacity by location',
    });
    expect(within(locations).getAllByRole('row').slice(1).map(cells)).toEqual([
      ['de/fra, fsn1', 'DE', 'hetzner, ionos', '3', '320 GiB', ''],
      ['fsn1', 'DE', 'hetzner', '1', '50 GiB', ''],
    ]);
    expect(screen.getByLabelText('86% of capacity')).toBeInTheDocument();

    expect(screen.getByText('HEALTH_OK')).toBeInTheDocument();
    expect(screen.getByLabelText('Ceph capacity')).toHaveTextContent(
      '912 GiB of 4 TiB raw used (22%)',
    );
    expect(
      within(
        screen.getByRole('list', { name: 'Longhorn volumes not healthy' }),
      ).getByRole('listitem'),
    ).toHaveTextContent(
      'shop/redis-data: degraded, attached, 20 GiB, 2 replicas wanted',
    );
    expect(screen.getByLabelText('Volume snapshots')).toHaveTextContent(
      'installed, 1 snapshot',
    );
    expect(screen.getByLabelText('Backups')).toHaveTextContent(
      'Velero backups: not installed.',
    );

    expect(screen.getByLabelText('Collection')).toHaveTextContent(
      /^Collected .* from the Kubernetes API of cluster demo-eu in 0\.4 s$/,
    );
    expect(screen.getByText('observed')).toBeInTheDocument();
  });

  it('collects again on request and shows the new report', async () => {
    api.getStorage.mockResolvedValueOnce(demoStorageReport());
    const fresh = demoStorageReport();
    fresh.summary.longhornNotHealthy = 0;
    fresh.longhorn = { installed: true, items: [] };
    api.getStorage.mockResolvedValueOnce(fresh);
    await renderWithApi(<StorageCard />, { api, entity: demoClusterEntity });

    await screen.findByRole('list', { name: 'Longhorn volumes not healthy' });
    await userEvent.click(screen.getByRole('button', { name: 'Collect now' }));
    expect(
      await screen.findByText('Longhorn: 0 volumes, 0 not healthy.'),
    ).toBeInTheDocument();
    expect(api.getStorage).toHaveBeenLastCalledWith(
      'sovereigncluster:default/demo-eu',
      { refresh: true },
    );
  });

  it('names what to configure when there is no live source, and shows the declared storage', async () => {
    api.getStorage.mockResolvedValue({
      ...demoStorageReport(),
      status: 'not-configured',
      collectedAt: undefined,
      reason:
        'no live source configured (spec.access is not set and there is no sovereign-cloud.io/kubernetes-cluster annotation)',
      classes: [],
      csiDrivers: [],
    });
    await renderWithApi(<StorageCard />, { api, entity: demoClusterEntity });

    expect(
      await screen.findByText('No live source configured'),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/give the SovereignCluster spec.access/),
    ).toHaveTextContent('sovereign-cloud.io/kubernetes-cluster annotation');
    const declared = screen.getByRole('region', { name: 'Declared facts' });
    expect(within(declared).getByText('rook-ceph')).toBeInTheDocument();
    expect(
      within(declared).getByText('3 copies across hosts'),
    ).toBeInTheDocument();
    expect(
      within(declared).getByText('ceph-block (default), encrypted'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Collect now' }),
    ).not.toBeInTheDocument();
  });

  it('shows why the cluster could not be read', async () => {
    api.getStorage.mockResolvedValue({
      ...demoStorageReport(),
      status: 'failed',
      reason: 'timed out after 10s',
      classes: [],
    });
    await renderWithApi(<StorageCard />, { api, entity: demoClusterEntity });

    expect(
      await screen.findByText(
        'Could not read the Kubernetes API of cluster demo-eu',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText('timed out after 10s')).toBeInTheDocument();
    expect(screen.getByText('failed')).toBeInTheDocument();
    expect(
      screen.getByRole('region', { name: 'Declared facts' }),
    ).toBeInTheDocument();
  });

  it('shows what was read and warns about the parts that were not', async () => {
    api.getStorage.mockResolvedValue({
      ...demoStorageReport(),
      status: 'partial',
      ceph: undefined,
      problems: [{ section: 'ceph', reason: 'API server answered 500' }],
    });
    await renderWithApi(<StorageCard />, { api, entity: demoClusterEntity });

    expect(
      await screen.findByText('Partial data: 1 part could not be read'),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('list', { name: 'Parts not read' })).getByRole(
        'listitem',
      ),
    ).toHaveTextContent('ceph: API server answered 500');
    expect(
      screen.getByText('Rook-Ceph: could not be read.'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('table', { name: 'Storage classes' }),
    ).toBeInTheDocument();
  });

  it('shows the backend error and retries', async () => {
    api.getStorage.mockRejectedValueOnce(
      await ResponseError.fromResponse(
        new Response(
          JSON.stringify({
            error: { name: 'NotAllowedError', message: 'Forbidden' },
            response: { statusCode: 403 },
          }),
          { status: 403, headers: { 'content-type': 'application/json' } },
        ),
      ),
    );
    api.getStorage.mockResolvedValueOnce(demoStorageReport());
    await renderWithApi(<StorageCard />, { api, entity: demoClusterEntity });

    expect(
      await screen.findByText('Could not load the storage'),
    ).toBeInTheDocument();
    expect(screen.getByText(/lack the permission/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByRole('table', { name: 'Storage classes' }),
    ).toBeInTheDocument();
  });

  it('shows progress while the backend collects', async () => {
    api.getStorage.mockReturnValue(new Promise(() => {}));
    await renderWithApi(<StorageCard />, { api, entity: demoClusterEntity });
    expect(screen.getByText('Storage')).toBeInTheDocument();
    expect(await screen.findByRole('progressbar')).toBeInTheDocument();
  });
});
