import { mockCredentials, mockServices } from '@backstage/backend-test-utils';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { SovereignClusterEntity } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import {
  KubernetesTestServer,
  loadDemoClusterFixtures,
  prometheusInstalled,
  PrometheusTestServer,
  startPrometheusTestServer,
} from '@sovereign-cloud/plugin-sovereign-cloud-node/testUtils';
import request from 'supertest';
import {
  CapturingLogger,
  clusterEntity,
  OUTSIDER,
  startPlugin,
  StartOptions,
} from '../__testUtils__';
import { LIVE_REFRESH_TASK_ID } from '../plugin';

jest.setTimeout(90_000);

const base = '/api/sovereign-cloud/live';
const PROMETHEUS_CANARY = 'canary-prometheus-token-5f0c2a9e71';
const KUBE_CANARY = 'canary-kube-token-3b8d6e1f04';
const TIMEOUT = '2s';

/** A SovereignCluster that names its entry of `sovereignCloud.kubernetes.clusters`. */
function configuredCluster(name: string): SovereignClusterEntity {
  const entity = clusterEntity(name, { provider: 'hetzner', location: 'fsn1' });
  return {
    ...entity,
    metadata: {
      ...entity.metadata,
      annotations: { 'sovereign-cloud.io/kubernetes-cluster': name },
    },
  };
}

const versionCalls = (server: KubernetesTestServer) =>
  server.requests.filter(r => r.path === '/version').length;

describe('live cards against Kubernetes API servers', () => {
  let demo: KubernetesTestServer;
  let broken: KubernetesTestServer;
  let slow: KubernetesTestServer;

  beforeAll(async () => {
    [demo, broken, slow] = await Promise.all([
      KubernetesTestServer.start({ name: 'demo-eu' }),
      KubernetesTestServer.start({ name: 'broken' }),
      KubernetesTestServer.start({ name: 'slow' }),
    ]);
    loadDemoClusterFixtures(demo);
    loadDemoClusterFixtures(broken);
    loadDemoClusterFixtures(slow);
    broken.faults.inject({ status: 500 });
    slow.faults.inject({ hang: true });
  });
  afterAll(async () => {
    await Promise.all([demo, broken, slow].map(s => s?.stop()));
  });
  beforeEach(() => {
    for (const s of [demo, broken, slow]) s.clearRequests();
  });

  const start = (options: StartOptions = {}) => {
    const logger = new CapturingLogger();
    return startPlugin({
      entities: [
        configuredCluster('demo-eu'),
        configuredCluster('broken'),
        configuredCluster('slow'),
        clusterEntity('no-source', { provider: 'ionos', location: 'de/fra' }),
      ],
      config: {
        sovereignCloud: {
          kubernetes: {
            clusters: [
              { name: 'demo-eu', url: demo.url, token: demo.token! },
              // A wrong token as well: its answers are 500s before auth.
              { name: 'broken', url: broken.url, token: KUBE_CANARY },
              { name: 'slow', url: slow.url, token: slow.token! },
            ],
          },
          posture: { collection: { timeout: TIMEOUT } },
        },
      },
      ...options,
      services: [logger.factory(), ...(options.services ?? [])],
    }).then(started => Object.assign(started, { logger }));
  };

  it('answers observed storage and network of the demo cluster', async () => {
    const { server, logger } = await start();
    const storage = await request(server).get(
      `${base}/storage/sovereigncluster/default/demo-eu`,
    );
    expect(storage.status).toBe(200);
    expect(storage.body).toMatchObject({
      status: 'observed',
      source: {
        type: 'kubernetes',
        entityRef: 'sovereigncluster:default/demo-eu',
      },
      ceph: { installed: true },
      longhorn: { installed: true },
    });
    expect(storage.body.classes.find((c: any) => c.isDefault)).toMatchObject({
      backend: 'rook-ceph',
      encryption: { encrypted: true },
    });
    expect(storage.body.volumes.length).toBeGreaterThan(0);

    const network = await request(server).get(
      `${base}/network/sovereigncluster/default/demo-eu`,
    );
    expect(network.status).toBe(200);
    expect(network.body).toMatchObject({
      status: 'observed',
      overlay: { cni: 'cilium', encryption: { mode: 'wireguard' } },
      clusterMesh: { enabled: true, clusterName: 'demo-eu' },
    });
    // Without a Prometheus the members' readiness is unknown.
    expect(
      network.body.clusterMesh.members.every((m: any) => m.ready === undefined),
    ).toBe(true);

    const observability = await request(server).get(
      `${base}/observability/sovereigncluster/default/demo-eu`,
    );
    expect(observability.status).toBe(200);
    expect(observability.body.status).toBe('not-configured');
    expect(observability.body.reason).toMatch(
      /sovereignCloud\.kubernetes\.clusters\[name=demo-eu\]\.prometheus\.url/,
    );
    expect(logger.lines.join('\n')).not.toContain(demo.token!);
  });

  it('answers failed with the reason for a broken and a hanging cluster while the demo cluster still answers', async () => {
    const { server, logger } = await start();
    const timed = async (name: string) => {
      const started = Date.now();
      const res = await request(server).get(
        `${base}/storage/sovereigncluster/default/${name}`,
      );
      return { res, ms: Date.now() - started };
    };
    const [ok, failing, hanging] = await Promise.all([
      timed('demo-eu'),
      timed('broken'),
      timed('slow'),
    ]);
    expect(ok.res.status).toBe(200);
    expect(ok.res.body.status).toBe('observed');
    expect(ok.ms).toBeLessThan(1500);

    expect(failing.res.status).toBe(200);
    expect(failing.res.body).toMatchObject({
      status: 'failed',
      reason: expect.stringMatching(/500/),
    });
    expect(hanging.res.status).toBe(200);
    expect(hanging.res.body).toMatchObject({
      status: 'failed',
      reason: `timed out after ${TIMEOUT}`,
    });
    expect(hanging.ms).toBeGreaterThanOrEqual(1900);

    const network = await request(server).get(
      `${base}/network/sovereigncluster/default/broken`,
    );
    expect(network.status).toBe(200);
    expect(network.body.status).toBe('failed');

    const texts = [
      JSON.stringify(failing.res.body),
      JSON.stringify(network.body),
      ...logger.lines,
    ];
    for (const text of texts) expect(text).not.toContain(KUBE_CANARY);
  });

  it('says what to configure for a cluster without a live source', async () => {
    const { server } = await start();
    const storage = await request(server).get(
      `${base}/storage/sovereigncluster/default/no-source`,
    );
    expect(storage.body).toMatchObject({
      status: 'not-configured',
      reason: expect.stringMatching(/spec\.access/),
    });
    const observability = await request(server).get(
      `${base}/observability/sovereigncluster/default/no-source`,
    );
    expect(observability.body).toMatchObject({
      status: 'not-configured',
      reason: expect.stringMatching(
        /sovereign-cloud\.io\/kubernetes-cluster annotation or spec\.access\.apiServer/,
      ),
    });
    expect(
      observability.body.parts.every((p: any) => p.status === 'skipped'),
    ).toBe(true);
  });

  it('serves the cache, shares a collection, and collects again on refresh=true (audited)', async () => {
    const auditor = mockServices.auditor.mock();
    const success = jest.fn();
    const fail = jest.fn();
    auditor.createEvent.mockResolvedValue({ success, fail });
    const { server } = await start({ services: [auditor.factory] });
    const url = `${base}/storage/sovereigncluster/default/demo-eu`;

    const [a, b] = await Promise.all([
      request(server).get(url),
      request(server).get(url),
    ]);
    expect(a.body).toEqual(b.body);
    expect(versionCalls(demo)).toBe(1);

    demo.clearRequests();
    const cached = await request(server).get(url);
    expect(cached.body.collectedAt).toBe(a.body.collectedAt);
    expect(demo.requests).toHaveLength(0);
    expect(auditor.createEvent).not.toHaveBeenCalled();

    const refreshed = await request(server).get(`${url}?refresh=true`);
    expect(refreshed.status).toBe(200);
    expect(versionCalls(demo)).toBe(1);
    expect(auditor.createEvent).toHaveBeenCalledWith(
      expect.objectContaining({
        eventId: 'live-refresh',
        meta: {
          entityRef: 'sovereigncluster:default/demo-eu',
          card: 'storage',
        },
      }),
    );
    expect(success).toHaveBeenCalledWith({ meta: { status: 'observed' } });
  });

  it('refreshes every cluster on schedule, and requests then read the cache', async () => {
    const { server, scheduler, logger } = await start();
    await scheduler.triggerTask(LIVE_REFRESH_TASK_ID);
    // Storage and network of each configured cluster, one /version each.
    expect(versionCalls(demo)).toBe(2);
    expect(versionCalls(slow)).toBe(2);
    expect(logger.lines.join('\n')).toMatch(
      /Live cards of 4 clusters collected/,
    );

    demo.clearRequests();
    for (const card of ['storage', 'network', 'observability']) {
      const res = await request(server).get(
        `${base}/${card}/sovereigncluster/default/demo-eu`,
      );
      expect(res.status).toBe(200);
    }
    expect(demo.requests).toHaveLength(0);
  });

  it('answers 403 without collecting when cluster read is denied', async () => {
    const { server } = await start({
      services: [
        mockServices.permissions.factory({ result: AuthorizeResult.DENY }),
      ],
    });
    for (const query of ['', '?refresh=true']) {
      const res = await request(server).get(
        `${base}/storage/sovereigncluster/default/demo-eu${query}`,
      );
      expect(res.status).toBe(403);
      expect(res.body.error.message).toMatch(/sovereign-cloud\.cluster\.read/);
    }
    expect(demo.requests).toHaveLength(0);
  });

  it('answers 404 for a hidden or unknown cluster and 400 naming the field', async () => {
    const { server, catalog } = await start();
    catalog.hide('sovereigncluster:default/demo-eu');
    const hidden = await request(server)
      .get(`${base}/network/sovereigncluster/default/demo-eu`)
      .set('Authorization', mockCredentials.user.header(OUTSIDER));
    expect(hidden.status).toBe(404);
    const unknown = await request(server).get(
      `${base}/network/sovereigncluster/default/nope`,
    );
    expect(unknown.status).toBe(404);
    expect(demo.requests).toHaveLength(0);

    const refresh = await request(server).get(
      `${base}/network/sovereigncluster/default/demo-eu?refresh=maybe`,
    );
    expect(refresh.status).toBe(400);
    expect(refresh.body.error.message).toMatch(
      /^refresh: must be true or false/,
    );
    const name = await request(server).get(
      `${base}/network/sovereigncluster/default/${encodeURIComponent('a b')}`,
    );
    expect(name.status).toBe(400);
    expect(name.body.error.message).toMatch(/^name: /);
  });

  it('answers 400 naming kind for an entity that is not a SovereignCluster', async () => {
    const { server } = await start({
      entities: [
        {
          apiVersion: 'backstage.io/v1alpha1',
          kind: 'Component',
          metadata: { name: 'shop' },
          spec: { type: 'service', lifecycle: 'production', owner: 'x' },
        },
      ],
    });
    const res = await request(server).get(
      `${base}/storage/component/default/shop`,
    );
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/^kind: /);
  });
});

const describeIfPrometheus = prometheusInstalled() ? describe : describe.skip;

describeIfPrometheus('live cards with a real Prometheus', () => {
  let prometheus: PrometheusTestServer;
  let demo: KubernetesTestServer;

  beforeAll(async () => {
    [prometheus, demo] = await Promise.all([
      startPrometheusTestServer(),
      KubernetesTestServer.start({ name: 'demo-eu' }),
    ]);
    loadDemoClusterFixtures(demo);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([prometheus?.stop(), demo?.stop()]);
  });

  it('answers observed observability and fills mesh readiness from it', async () => {
    const logger = new CapturingLogger();
    const { server } = await startPlugin({
      entities: [configuredCluster('demo-eu')],
      services: [logger.factory()],
      config: {
        sovereignCloud: {
          kubernetes: {
            clusters: [
              {
                name: 'demo-eu',
                url: demo.url,
                token: demo.token!,
                prometheus: {
                  url: prometheus.url,
                  token: PROMETHEUS_CANARY,
                  grafanaUrl: 'https://grafana.example.eu/d/nodes',
                },
              },
            ],
          },
        },
      },
    });
    const observability = await request(server).get(
      `${base}/observability/sovereigncluster/default/demo-eu`,
    );
    expect(observability.status).toBe(200);
    expect(observability.body).toMatchObject({
      status: 'observed',
      cluster: 'sovereigncluster:default/demo-eu',
      source: { type: 'prometheus', url: prometheus.url },
      links: { grafana: 'https://grafana.example.eu/d/nodes' },
    });
    expect(observability.body.nodes.length).toBeGreaterThan(0);
    expect(observability.body.alerts.length).toBeGreaterThan(0);
    expect(observability.body.scrapeHealth.up).toBeGreaterThan(0);

    const network = await request(server).get(
      `${base}/network/sovereigncluster/default/demo-eu`,
    );
    expect(network.status).toBe(200);
    const ready = Object.fromEntries(
      network.body.clusterMesh.members.map((m: any) => [
        m.name,
        m.ready ?? 'unknown',
      ]),
    );
    expect(ready).toEqual({
      'demo-eu': 'unknown',
      'eu-west-1': true,
      'eu-north-1': false,
    });

    const texts = [
      JSON.stringify(observability.body),
      JSON.stringify(network.body),
      ...logger.lines,
    ];
    for (const text of texts) expect(text).not.toContain(PROMETHEUS_CANARY);
  });
});
