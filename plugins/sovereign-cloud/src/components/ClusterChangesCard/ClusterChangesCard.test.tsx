import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ResponseError } from '@backstage/errors';
import {
  ClusterChangeRecord,
  ClusterChangesResponse,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import {
  mockSovereignCloudApi,
  renderWithApi,
} from '../../__testUtils__/render';
import { demoClusterEntity } from '../../__testUtils__/liveFixtures';
import { ClusterChangesCard } from './ClusterChangesCard';

const CLUSTER = 'sovereigncluster:default/demo-eu';
const hoursAgo = (h: number) =>
  new Date(Date.now() - h * 3600 * 1000).toISOString();

const upgradeApplied: ClusterChangeRecord = {
  id: 'a1b2c3d4-applied',
  cluster: CLUSTER,
  kind: 'upgrade',
  status: 'applied',
  summary: 'Kubernetes v1.35.2 → v1.36.4',
  mode: 'apply',
  requestedBy: 'user:default/jane.doe',
  requestedAt: hoursAgo(50),
  updatedAt: hoursAgo(26),
  diff: [
    {
      apiVersion: 'cluster.x-k8s.io/v1beta1',
      kind: 'Cluster',
      namespace: 'fleet',
      name: 'demo-eu',
      action: 'update',
      fields: [
        {
          path: 'spec.topology.version',
          change: 'changed',
          before: 'v1.35.2',
          after: 'v1.36.4',
          managers: ['backstage-sovereign-cloud', 'capi-topology'],
        },
      ],
    },
  ],
};

const poolsFailed: ClusterChangeRecord = {
  id: 'e5f6-failed:apply',
  cluster: CLUSTER,
  kind: 'node-pools',
  status: 'failed',
  summary: 'pool-a 2 → 5 nodes',
  requestedBy: 'user:default/omar',
  requestedAt: hoursAgo(3),
  updatedAt: hoursAgo(3),
  error: 'admission webhook denied: replicas exceed quota of 4',
  diff: [],
};

const upgradePlanned: ClusterChangeRecord = {
  id: '9f8e-planned',
  cluster: CLUSTER,
  kind: 'upgrade',
  status: 'planned',
  summary: 'Kubernetes v1.36.4 → v1.37.0',
  requestedBy: 'user:default/jane.doe',
  requestedAt: hoursAgo(5),
  diff: [],
};

/** Newest first, as the backend answers: the failed change is newer than the planned one. */
function response(
  overrides: Partial<ClusterChangesResponse> = {},
): ClusterChangesResponse {
  return {
    cluster: CLUSTER,
    changes: [poolsFailed, upgradePlanned, upgradeApplied].sort((a, b) =>
      b.requestedAt.localeCompare(a.requestedAt),
    ),
    drift: { checkedAt: hoursAgo(0.5), objects: [] },
    ...overrides,
  };
}

describe('ClusterChangesCard', () => {
  const api = mockSovereignCloudApi();
  beforeEach(() => jest.resetAllMocks());

  async function render(value: ClusterChangesResponse) {
    api.getClusterChanges.mockResolvedValue(value);
    await renderWithApi(<ClusterChangesCard />, {
      api,
      entity: demoClusterEntity,
    });
    expect(await screen.findByText('Changes')).toBeInTheDocument();
  }

  it('lists pending changes before past ones, each with kind, who, when and a task link', async () => {
    await render(response());
    expect(api.getClusterChanges).toHaveBeenCalledWith(CLUSTER);
    const pending = await screen.findByRole('list', {
      name: 'Pending changes',
    });
    const past = screen.getByRole('list', { name: 'Past changes' });
    // The failed change is newer, yet the planned one comes first.
    expect(
      pending.compareDocumentPosition(past) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(
      within(pending)
        .getAllByRole('listitem')
        .map(li => li.getAttribute('aria-label')),
    ).toEqual(['Kubernetes v1.36.4 → v1.37.0']);
    expect(
      within(past)
        .getAllByRole('listitem')
        .map(li => li.getAttribute('aria-label')),
    ).toEqual(['pool-a 2 → 5 nodes', 'Kubernetes v1.35.2 → v1.36.4']);

    const applied = within(past).getByRole('listitem', {
      name: 'Kubernetes v1.35.2 → v1.36.4',
    });
    expect(within(applied).getByText('Upgrade')).toBeInTheDocument();
    expect(within(applied).getByText('applied')).toBeInTheDocument();
    expect(
      within(applied).getByRole('link', { name: 'jane.doe' }),
    ).toHaveAttribute('href', '/catalog/default/user/jane.doe');
    expect(within(applied).getByText('2 days ago')).toHaveAttribute(
      'datetime',
      upgradeApplied.requestedAt,
    );
    expect(within(applied).getByText('yesterday')).toHaveAttribute(
      'datetime',
      upgradeApplied.updatedAt,
    );
    expect(within(applied).getByRole('link', { name: 'Task' })).toHaveAttribute(
      'href',
      '/create/tasks/a1b2c3d4-applied',
    );
    expect(within(pending).getByRole('link', { name: 'Task' })).toHaveAttribute(
      'href',
      '/create/tasks/9f8e-planned',
    );
  });

  it('shows the exact time on hover', async () => {
    await render(response());
    await userEvent.hover(screen.getByText('2 days ago'));
    expect(await screen.findByRole('tooltip')).toHaveTextContent(
      upgradeApplied.requestedAt,
    );
  });

  it('shows why a failed change failed and links its task without the step key', async () => {
    await render(response());
    const failed = await screen.findByRole('listitem', {
      name: 'pool-a 2 → 5 nodes',
    });
    expect(within(failed).getByText('Node pools')).toBeInTheDocument();
    expect(within(failed).getByText('failed')).toBeInTheDocument();
    expect(within(failed).getByRole('alert')).toHaveTextContent(
      'admission webhook denied: replicas exceed quota of 4',
    );
    expect(within(failed).getByRole('link', { name: 'Task' })).toHaveAttribute(
      'href',
      '/create/tasks/e5f6-failed',
    );
    // Only the failed change carries an error.
    expect(screen.getAllByRole('alert')).toHaveLength(1);
  });

  it('expands the diff of a change to its objects, fields and managers', async () => {
    await render(response());
    const applied = await screen.findByRole('listitem', {
      name: 'Kubernetes v1.35.2 → v1.36.4',
    });
    expect(
      within(applied).queryByText('spec.topology.version'),
    ).not.toBeInTheDocument();
    const toggle = within(applied).getByRole('button', {
      name: 'Show diff (1 object)',
    });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const fields = within(applied).getByRole('table', {
      name: 'Fields of Cluster fleet/demo-eu',
    });
    expect(within(applied).getByText('update')).toBeInTheDocument();
    const [, row] = within(fields).getAllByRole('row');
    expect(row).toHaveTextContent('spec.topology.version');
    expect(row).toHaveTextContent('changed');
    expect(row).toHaveTextContent('v1.35.2 → v1.36.4');
    expect(row).toHaveTextContent('backstage-sovereign-cloud, capi-topology');
  });

  it('tables the fields that drifted, expected against observed', async () => {
    await render(
      response({
        drift: {
          checkedAt: hoursAgo(0.5),
          objects: [
            {
              apiVersion: 'cluster.x-k8s.io/v1beta1',
              kind: 'MachineDeployment',
              namespace: 'fleet',
              name: 'demo-eu-pool-a',
              action: 'update',
              fields: [
                {
                  path: 'spec.replicas',
                  change: 'changed',
                  // What the change set, then what is live now.
                  before: 2,
                  after: 7,
                  managers: ['kubectl-scale'],
                },
              ],
            },
            {
              apiVersion: 'v1',
              kind: 'ConfigMap',
              namespace: 'fleet',
              name: 'demo-eu-addons',
              action: 'delete',
              fields: [],
            },
          ],
        },
      }),
    );
    const drift = await screen.findByRole('region', { name: 'Drift' });
    const table = within(drift).getByRole('table', { name: 'Drifted fields' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    const cells = (row: HTMLElement) =>
      within(row)
        .getAllByRole('cell')
        .map(c => c.textContent);
    expect(cells(rows[1])).toEqual([
      'MachineDeployment fleet/demo-eu-pool-a',
      'spec.replicas',
      '2',
      '7',
      'kubectl-scale',
    ]);
    expect(cells(rows[2])).toEqual([
      'ConfigMap fleet/demo-eu-addons',
      'whole object',
      'present',
      'missing',
      '—',
    ]);
    expect(drift).toHaveTextContent('30 minutes ago');
    expect(drift).not.toHaveTextContent('No drift');
  });

  it('says there is no drift since the last change, and when that was checked', async () => {
    await render(response());
    const drift = await screen.findByRole('region', { name: 'Drift' });
    expect(drift).toHaveTextContent(
      'No drift since the last change (checked 30 minutes ago).',
    );
    expect(within(drift).queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows why drift could not be checked', async () => {
    await render(
      response({
        drift: {
          checkedAt: hoursAgo(0.5),
          objects: [],
          error:
            'Management cluster mgmt-eu could not be read: connect ECONNREFUSED 10.0.0.1:6443',
        },
      }),
    );
    const drift = await screen.findByRole('region', { name: 'Drift' });
    expect(drift).toHaveTextContent(
      'Drift not checked 30 minutes ago: Management cluster mgmt-eu could not be read: connect ECONNREFUSED 10.0.0.1:6443',
    );
    expect(drift).not.toHaveTextContent('No drift');
  });

  it('says when there is no live source for the management cluster', async () => {
    await render(response({ drift: undefined }));
    const drift = await screen.findByRole('region', { name: 'Drift' });
    expect(drift).toHaveTextContent(
      'No live source for the management cluster',
    );
  });

  it('says drift waits for an applied change when none was applied yet', async () => {
    await render(
      response({ changes: [poolsFailed, upgradePlanned], drift: undefined }),
    );
    const drift = await screen.findByRole('region', { name: 'Drift' });
    expect(drift).toHaveTextContent(
      'No applied change to compare the management cluster with yet.',
    );
  });

  it('shows an empty state with the upgrade template when nothing was changed yet', async () => {
    await render({ cluster: CLUSTER, changes: [] });
    expect(
      await screen.findByText('No changes recorded for this cluster yet'),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Upgrade this cluster' }),
    ).toHaveAttribute(
      'href',
      '/create/templates/default/upgrade-sovereign-cluster',
    );
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('shows the backend message, the permission to ask for, and retries', async () => {
    api.getClusterChanges.mockRejectedValueOnce(
      await ResponseError.fromResponse(
        new Response(
          JSON.stringify({
            error: {
              name: 'NotAllowedError',
              message: `Not allowed: sovereign-cloud.cluster.read on ${CLUSTER}`,
            },
            response: { statusCode: 403 },
          }),
          { status: 403, headers: { 'content-type': 'application/json' } },
        ),
      ),
    );
    api.getClusterChanges.mockResolvedValueOnce({
      cluster: CLUSTER,
      changes: [],
    });
    await renderWithApi(<ClusterChangesCard />, {
      api,
      entity: demoClusterEntity,
    });
    expect(
      await screen.findByText(
        `Not allowed: sovereign-cloud.cluster.read on ${CLUSTER}`,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/ask a Backstage admin/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(
      await screen.findByText('No changes recorded for this cluster yet'),
    ).toBeInTheDocument();
    expect(api.getClusterChanges).toHaveBeenCalledTimes(2);
  });
});
