import { sovereignCluster } from '../../evidence/__fixtures__/entities';
import { StorageReport } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import {
  DEMO_CEPH_BYTES_TOTAL,
  DEMO_CEPH_BYTES_USED,
  DEMO_SECRET_CANARY,
  demoClusterObjects,
} from '../__fixtures__/demoCluster';
import { LIVE_NOW, startLiveCluster } from '../__fixtures__/startLiveCluster';
import { KubernetesTestServer } from '../../testServer/KubernetesTestServer';

const GiB = 2 ** 30;

/** The demo cluster without the CRDs of these API groups and their objects. */
function withoutGroups(...groups: string[]) {
  return demoClusterObjects().filter(o => {
    const object = o as { apiVersion: string; spec?: { group?: string } };
    return !groups.some(
      g => object.apiVersion.startsWith(`${g}/`) || object.spec?.group === g,
    );
  });
}

describe('KubernetesStorageCollector', () => {
  let server: KubernetesTestServer | undefined;
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });

  describe('on the demo cluster', () => {
    let report: StorageReport;
    beforeAll(async () => {
      const started = await startLiveCluster(demoClusterObjects());
      report = await started.storage.collect(started.entity);
      await started.server.stop();
    });

    it('is observed, with its source and time', () => {
      expect(report).toMatchObject({
        status: 'observed',
        collectedAt: LIVE_NOW.toISOString(),
        source: {
          type: 'kubernetes',
          cluster: 'demo-eu',
          entityRef: 'sovereigncluster:default/demo-eu',
        },
        problems: [],
      });
      expect(report.reason).toBeUndefined();
    });

    it('lists CSI drivers and classes with default, encryption and replication', () => {
      expect(report.csiDrivers.map(d => [d.name, d.backend])).toEqual([
        ['csi.hetzner.cloud', 'provider-csi'],
        ['driver.longhorn.io', 'longhorn'],
        ['rook-ceph.rbd.csi.ceph.com', 'rook-ceph'],
      ]);
      const byName = Object.fromEntries(report.classes.map(c => [c.name, c]));
      expect(byName['ceph-block']).toMatchObject({
        backend: 'rook-ceph',
        isDefault: true,
        encryption: { encrypted: true, kms: 'vault-kms' },
        replication: {
          replicas: 3,
          failureDomain: 'host',
          source: 'CephBlockPool rook-ceph/replicapool',
        },
      });
      expect(byName.longhorn).toMatchObject({
        isDefault: false,
        encryption: { encrypted: false },
        replication: { replicas: 2, source: 'parameters.numberOfReplicas' },
      });
      expect(byName['hcloud-volumes'].encryption.encrypted).toBe(false);
      expect(byName['hcloud-volumes'].replication).toBeUndefined();
    });

    it('places each volume where its bytes live', () => {
      expect(
        report.volumes.map(v => [
          v.claim?.name,
          v.capacityBytes / GiB,
          v.placement.how,
          v.placement.locations,
        ]),
      ).toEqual(
        expect.arrayContaining([
          ['postgres-data', 100, 'ceph-osds', ['de/fra', 'fsn1']],
          ['prometheus-db', 200, 'ceph-osds', ['de/fra', 'fsn1']],
          ['redis-data', 20, 'longhorn-replicas', ['de/fra', 'fsn1']],
          ['uploads', 50, 'node-affinity', ['fsn1']],
        ]),
      );
      expect(report.claims).toHaveLength(4);
      expect(report.claims[0]).toMatchObject({
        namespace: 'observability',
        name: 'prometheus-db',
        requestedBytes: 200 * GiB,
        capacityBytes: 200 * GiB,
        phase: 'Bound',
      });
    });

    it('reads Ceph health and capacity, Longhorn robustness, snapshots and backups', () => {
      expect(report.ceph).toEqual({
        installed: true,
        items: [
          expect.objectContaining({
            namespace: 'rook-ceph',
            health: 'HEALTH_OK',
            phase: 'Ready',
            version: '19.2.3-0',
            capacity: {
              bytesTotal: DEMO_CEPH_BYTES_TOTAL,
              bytesUsed: DEMO_CEPH_BYTES_USED,
              bytesAvailable: DEMO_CEPH_BYTES_TOTAL - DEMO_CEPH_BYTES_USED,
            },
          }),
        ],
      });
      expect(report.longhorn).toEqual({
        installed: true,
        items: [
          expect.objectContaining({
            robustness: 'degraded',
            state: 'attached',
            numberOfReplicas: 2,
            sizeBytes: 20 * GiB,
            pvc: { namespace: 'shop', name: 'redis-data' },
          }),
        ],
      });
      expect(report.snapshots).toMatchObject({
        installed: true,
        items: [{ sourceClaim: 'postgres-data', readyToUse: true }],
      });
      expect(report.backups).toMatchObject({
        installed: true,
        items: [{ phase: 'Completed', storageLocation: 'default' }],
      });
    });

    it('summarises capacity by class and by location', () => {
      const { summary } = report;
      expect(summary).toMatchObject({
        defaultClass: 'ceph-block',
        volumes: 4,
        capacityBytes: 370 * GiB,
        claimedBytes: 370 * GiB,
        encryptedBytes: 300 * GiB,
        unencryptedBytes: 70 * GiB,
        cephBytesTotal: DEMO_CEPH_BYTES_TOTAL,
        cephBytesUsed: DEMO_CEPH_BYTES_USED,
        longhornNotHealthy: 1,
      });
      expect(
        summary.byClass.map(c => [
          c.storageClass,
          c.volumes,
          c.capacityBytes / GiB,
        ]),
      ).toEqual([
        ['ceph-block', 2, 300],
        ['hcloud-volumes', 1, 50],
        ['longhorn', 1, 20],
      ]);
      expect(summary.byLocation).toEqual([
        {
          locations: ['de/fra', 'fsn1'],
          countries: ['DE'],
          providers: ['hetzner', 'ionos'],
          volumes: 3,
          capacityBytes: 320 * GiB,
        },
        {
          locations: ['fsn1'],
          countries: ['DE'],
          providers: ['hetzner'],
          volumes: 1,
          capacityBytes: 50 * GiB,
        },
      ]);
    });

    it('never carries a Secret value', () => {
      const text = JSON.stringify(report);
      expect(text).not.toContain(DEMO_SECRET_CANARY);
      expect(text).not.toContain(
        Buffer.from(DEMO_SECRET_CANARY).toString('base64').slice(0, 20),
      );
    });
  });

  it('reports components whose CRDs are missing as not installed, not as errors', async () => {
    const started = await startLiveCluster(
      withoutGroups(
        'ceph.rook.io',
        'longhorn.io',
        'snapshot.storage.k8s.io',
        'velero.io',
      ),
    );
    server = started.server;

    const report = await started.storage.collect(started.entity);

    expect(report.status).toBe('observed');
    expect(report.ceph).toEqual({ installed: false });
    expect(report.longhorn).toEqual({ installed: false });
    expect(report.snapshots).toEqual({ installed: false });
    expect(report.backups).toEqual({ installed: false });
    // Without Rook's pools and OSDs, replication and placement are unknown, not guessed.
    const ceph = report.classes.find(c => c.name === 'ceph-block')!;
    expect(ceph.replication).toBeUndefined();
    expect(
      report.volumes.find(v => v.claim?.name === 'postgres-data')!.placement,
    ).toEqual({ locations: [], how: 'unknown' });
    expect(report.summary.byLocation.map(l => l.locations)).toEqual([
      [],
      ['fsn1'],
    ]);
    expect(report.summary.cephBytesTotal).toBeUndefined();
  });

  it('is partial with the reason when one read answers 500', async () => {
    const started = await startLiveCluster(demoClusterObjects());
    server = started.server;
    server.faults.inject({
      path: '/apis/ceph.rook.io/v1/cephclusters',
      status: 500,
    });

    const report = await started.storage.collect(started.entity);

    expect(report.status).toBe('partial');
    expect(report.problems).toEqual([
      { section: 'ceph', reason: 'API server answered 500' },
    ]);
    expect(report.reason).toBe(
      '1 of 9 sections failed: ceph (API server answered 500)',
    );
    // Unread is not "not installed"; the rest still answers.
    expect(report.ceph).toBeUndefined();
    expect(report.longhorn).toMatchObject({ installed: true });
    expect(report.summary.volumes).toBe(4);
  });

  it('is partial when one read is slower than the deadline', async () => {
    const started = await startLiveCluster(demoClusterObjects(), {
      timeoutMs: 600,
    });
    server = started.server;
    server.faults.inject({
      path: '/apis/longhorn.io/v1beta2/volumes',
      hang: true,
    });

    const began = Date.now();
    const report = await started.storage.collect(started.entity);

    expect(Date.now() - began).toBeLessThan(2_000);
    expect(report.status).toBe('partial');
    expect(report.problems).toEqual([
      { section: 'longhorn', reason: 'timed out after 600 ms' },
    ]);
    expect(report.longhorn).toBeUndefined();
    expect(report.ceph).toMatchObject({ installed: true });
  });

  it('fails with the reason when the API server answers 500 or is too slow', async () => {
    const started = await startLiveCluster(demoClusterObjects(), {
      timeoutMs: 400,
    });
    server = started.server;
    const remove = server.faults.inject({ status: 500 });

    const broken = await started.storage.collect(started.entity);
    expect(broken).toMatchObject({
      status: 'failed',
      reason: 'API server answered 500',
      classes: [],
      volumes: [],
      summary: { volumes: 0, capacityBytes: 0 },
    });
    expect(broken.collectedAt).toBeUndefined();
    expect(broken.ceph).toBeUndefined();

    remove();
    server.faults.inject({ latencyMs: 2_000 });
    const slow = await started.storage.collect(started.entity);
    expect(slow).toMatchObject({
      status: 'failed',
      reason: 'timed out after 400 ms',
    });
    expect(slow.durationMs).toBeLessThan(1_500);
  });

  it('is not configured for a cluster without a live source, and asks nothing', async () => {
    const started = await startLiveCluster([]);
    server = started.server;
    server.clearRequests();

    const report = await started.storage.collect(sovereignCluster('declared'));

    expect(report.status).toBe('not-configured');
    expect(report.reason).toContain('no live source configured');
    expect(report.source).toEqual({
      type: 'kubernetes',
      cluster: 'declared',
      entityRef: 'sovereigncluster:default/declared',
    });
    expect(server.requests).toHaveLength(0);
  });
});
