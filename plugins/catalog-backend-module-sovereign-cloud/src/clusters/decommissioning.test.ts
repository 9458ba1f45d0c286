import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { EntityProviderConnection } from '@backstage/plugin-catalog-node';
import {
  ClusterChangeInput,
  ClusterChangeRecord,
  createProviderCatalogue,
  defaultCloudProviders,
  SovereignClusterEntity,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { DefaultKubernetesClientFactory } from '@sovereign-cloud/plugin-sovereign-cloud-node';
import { KubernetesTestServer } from '@sovereign-cloud/plugin-sovereign-cloud-node/testUtils';
import { clusterApiV1beta2Crds } from '../__testUtils__/clusterApiCrds';
import { hetznerObjects } from '../__testUtils__/clusterApiObjects';
import { manualScheduler } from '../__testUtils__/manualScheduler';
import { SovereignCloudEntitiesProcessor } from '../processor/SovereignCloudEntitiesProcessor';
import {
  ProvisioningRecord,
  ProvisioningRecordSource,
} from './provisioning/ProvisioningRecordSource';
import { SovereignClusterEntityProvider } from './SovereignClusterEntityProvider';

const catalogue = createProviderCatalogue(defaultCloudProviders());
const processor = SovereignCloudEntitiesProcessor.create({ catalogue });

const decommission = (cluster: string): ClusterChangeRecord => ({
  id: `decom-${cluster}`,
  cluster: `sovereigncluster:default/${cluster}`,
  kind: 'decommission',
  status: 'decommissioning',
  summary: `Decommission ${cluster}`,
  diff: [],
  mode: 'apply',
  requestedBy: 'user:default/alice',
  requestedAt: '2026-11-30T09:00:00.000Z',
});

/** The backend's records and changes, in memory: a save replaces the change of its id. */
class FakeBackend implements ProvisioningRecordSource {
  records: ProvisioningRecord[] = [];
  changes: ClusterChangeRecord[] = [];
  failChanges = false;
  saved: ClusterChangeInput[] = [];

  async listProvisioningRecords() {
    return this.records;
  }
  async listChanges({ status }: { status: string }) {
    if (this.failChanges)
      throw new Error('sovereign-cloud backend answered 503');
    return this.changes.filter(c => c.status === status);
  }
  async saveChange(change: ClusterChangeInput) {
    this.saved.push(change);
    this.changes = this.changes.map(c =>
      c.id === change.id
        ? { ...c, ...change, updatedAt: '2026-11-30T10:00:00.000Z' }
        : c,
    );
  }
}

describe('decommissioning clusters', () => {
  let server: KubernetesTestServer;
  beforeEach(async () => {
    server = await KubernetesTestServer.start({
      name: 'mgmt-eu',
      objects: [...clusterApiV1beta2Crds, ...hetznerObjects()],
    });
  });
  afterEach(() => server.stop());

  const removeCluster = () =>
    server.remove({
      apiVersion: 'cluster.x-k8s.io/v1beta2',
      kind: 'Cluster',
      namespace: 'tenant-a',
      name: 'hetzner-prod',
    });

  async function start(backend: FakeBackend, clusters: object[] = []) {
    const logger = mockServices.logger.mock();
    const config = new ConfigReader({
      sovereignCloud: {
        catalog: {
          managementClusters: [
            { name: 'mgmt-eu', url: server.url, token: server.token },
          ],
          clusters,
        },
      },
    });
    const { scheduler, runAll } = manualScheduler();
    const provider = SovereignClusterEntityProvider.fromConfig(config, {
      logger,
      scheduler,
      catalogue,
      provisioningRecords: backend,
      kubernetes: DefaultKubernetesClientFactory.fromConfig(config, { logger }),
    });
    const connection: jest.Mocked<EntityProviderConnection> = {
      applyMutation: jest.fn(),
      refresh: jest.fn(),
    };
    await provider.connect(connection);
    const refresh = async () => {
      await runAll();
      const mutation = connection.applyMutation.mock.lastCall![0];
      if (mutation.type !== 'full') throw new Error('expected a full mutation');
      return Object.fromEntries(
        mutation.entities.map(e => [
          e.entity.metadata.name,
          e.entity as SovereignClusterEntity,
        ]),
      );
    };
    const warnings = () => logger.warn.mock.calls.map(c => String(c[0]));
    return { refresh, warnings };
  }

  it('shows Decommissioning while Cluster API has the cluster, then marks it decommissioned and drops it', async () => {
    const backend = new FakeBackend();
    backend.changes = [decommission('hetzner-prod')];
    const { refresh } = await start(backend);

    const { 'hetzner-prod': leaving } = await refresh();
    expect(leaving.spec.status).toEqual({
      phase: 'Decommissioning',
      message:
        'Decommissioning requested by user:default/alice at 2026-11-30T09:00:00.000Z; waiting for the cluster to leave management cluster mgmt-eu',
      lastTransitionTime: '2026-11-30T09:00:00.000Z',
    });
    await expect(processor.validateEntityKind(leaving)).resolves.toBe(true);
    expect(backend.saved).toEqual([]);

    removeCluster();
    const after = await refresh();
    expect(after).not.toHaveProperty('hetzner-prod');
    expect(backend.saved).toEqual([
      {
        id: 'decom-hetzner-prod',
        cluster: 'sovereigncluster:default/hetzner-prod',
        kind: 'decommission',
        status: 'decommissioned',
        summary: 'Decommission hetzner-prod',
        diff: [],
        mode: 'apply',
      },
    ]);
    // Saved once: the next refresh reads it decommissioned.
    await refresh();
    expect(backend.saved).toHaveLength(1);
  });

  it('shows a cluster declared in config as Decommissioned once it is gone', async () => {
    const backend = new FakeBackend();
    backend.changes = [decommission('eu-prod-1')];
    const { refresh } = await start(backend, [
      {
        name: 'eu-prod-1',
        owner: 'group:default/platform-team',
        lifecycle: 'production',
        provider: 'hetzner',
        location: 'fsn1',
        kubernetesVersion: '1.34.1',
        controlPlane: { replicas: 3 },
        nodePools: [{ name: 'workers', machineType: 'cx42', count: 3 }],
        managementCluster: {
          name: 'mgmt-eu',
          namespace: 'tenant-a',
          clusterName: 'hetzner-prod',
        },
      },
    ]);
    const before = await refresh();
    expect(before['eu-prod-1'].spec.status?.phase).toBe('Decommissioning');

    removeCluster();
    const { 'eu-prod-1': gone } = await refresh();
    expect(gone.spec.status).toMatchObject({
      phase: 'Decommissioned',
      message: expect.stringMatching(
        /^Decommissioned at .* \(requested by user:default\/alice\); still declared in config$/,
      ),
    });
    await expect(processor.validateEntityKind(gone)).resolves.toBe(true);
    expect(backend.saved.map(c => c.status)).toEqual(['decommissioned']);
  });

  it('never marks a cluster decommissioned while its management cluster cannot be read', async () => {
    const backend = new FakeBackend();
    backend.changes = [decommission('hetzner-prod')];
    const { refresh, warnings } = await start(backend);
    await refresh();
    server.faults.inject({ status: 500 });
    const during = await refresh();
    // The last good read still shows the cluster, leaving.
    expect(during['hetzner-prod'].spec.status?.phase).toBe('Decommissioning');
    expect(backend.saved).toEqual([]);
    expect(warnings().join('\n')).toMatch(/mgmt-eu could not be read/);
  });

  it('keeps the last decommissionings read when the backend fails', async () => {
    const backend = new FakeBackend();
    backend.changes = [decommission('hetzner-prod')];
    const { refresh, warnings } = await start(backend);
    await refresh();
    backend.failChanges = true;
    const during = await refresh();
    expect(during['hetzner-prod'].spec.status?.phase).toBe('Decommissioning');
    expect(warnings()).toContainEqual(
      expect.stringMatching(
        /^Reading decommissioning changes failed, using the last ones read: .*503/,
      ),
    );
  });
});
