import {
  BACKFILLED_MESH,
  BACKFILLED_NODES,
} from '../../testing/prometheus/backfillHistory';
import {
  ALWAYS_FIRING_ALERT,
  DOWN_JOB,
  freeLoopbackPort,
  prometheusInstalled,
  PrometheusTestServer,
  startPrometheusTestServer,
} from '../../testing/prometheus/PrometheusTestServer';
import {
  FaultServer,
  prometheusError,
  startFaultServer,
} from '../../testing/prometheus/startFaultServer';
import { PrometheusObservabilityCollector } from './PrometheusObservabilityCollector';

const GiB = 1024 ** 3;
const TOKEN = 'canary-token-0b5e8d41f7c2';
const cluster = 'sovereigncluster:default/eu-central-1';

const describeIfPrometheus = prometheusInstalled() ? describe : describe.skip;

describeIfPrometheus(
  'PrometheusObservabilityCollector against a real Prometheus',
  () => {
    let prometheus: PrometheusTestServer;

    beforeAll(async () => {
      prometheus = await startPrometheusTestServer();
    }, 90_000);
    afterAll(() => prometheus?.stop());

    const collect = () =>
      PrometheusObservabilityCollector.create().collect({
        cluster,
        connection: { url: prometheus.url },
        links: {
          grafana: 'https://grafana.example.eu/d/nodes',
          alertmanager: 'https://alertmanager.example.eu',
        },
      });

    it('observes every part, with its source and links', async () => {
      const result = await collect();
      expect(result.status).toBe('observed');
      expect(result.reason).toBeUndefined();
      expect(result.parts.every(p => p.status === 'observed')).toBe(true);
      expect(result.source).toEqual({
        type: 'prometheus',
        url: prometheus.url,
      });
      expect(result.cluster).toBe(cluster);
      expect(Date.now() - Date.parse(result.collectedAt)).toBeLessThan(60_000);
      expect(result.links.grafana).toBe('https://grafana.example.eu/d/nodes');
    });

    it('reads node CPU and memory now, for backfilled and live nodes', async () => {
      const { nodes } = await collect();
      for (const n of BACKFILLED_NODES) {
        const node = nodes!.find(x => x.instance === n.instance);
        expect(node?.cpuUsedRatio).toBeCloseTo(n.cpuUsedRatio, 2);
        expect(node?.memoryUsedRatio).toBeCloseTo(
          1 - n.memoryAvailableBytes / n.memoryTotalBytes,
          5,
        );
        expect(node?.memoryTotalBytes).toBe(n.memoryTotalBytes);
      }
      const live = nodes!.find(
        x => x.instance === new URL(prometheus.nodeExporterUrl).host,
      );
      expect(live?.cpuUsedRatio).toBeGreaterThanOrEqual(0);
      expect(live?.cpuUsedRatio).toBeLessThanOrEqual(1);
      expect(live?.memoryTotalBytes).toBeGreaterThan(0);
      expect(live?.memoryUsedRatio).toBeGreaterThan(0);
      expect(live?.memoryUsedRatio).toBeLessThan(1);
    });

    it('reads a day of node history from the backfill', async () => {
      const { nodeHistory } = await collect();
      const a = nodeHistory!.find(
        h => h.instance === BACKFILLED_NODES[0].instance,
      )!;
      // A day at 15 minute steps.
      expect(a.cpuUsedRatio.length).toBeGreaterThanOrEqual(90);
      expect(a.cpuUsedRatio.every(p => Math.abs(p.value - 0.4) < 0.01)).toBe(
        true,
      );
      expect(a.memoryUsedRatio.length).toBeGreaterThanOrEqual(90);
    });

    it('reads storage use and fits the backfilled growth', async () => {
      const { storage, storageHistory } = await collect();
      const a = storage!.byInstance.find(
        n => n.instance === BACKFILLED_NODES[0].instance,
      )!;
      expect(a.sizeBytes).toBe(200 * GiB);
      // 40 GiB at the start plus 2 GiB a day for three days.
      expect(a.usedBytes / GiB).toBeCloseTo(46, 0);
      expect(storage!.usedBytes).toBeGreaterThanOrEqual(a.usedBytes);
      expect(storage!.usedRatio).toBeGreaterThan(0);
      expect(storage!.usedRatio).toBeLessThan(1);

      // 2 + 1 GiB a day from the backfilled nodes; the live node has minutes
      // of history and does not count.
      expect(storageHistory!.growthBytesPerDay! / GiB).toBeCloseTo(3, 1);
      expect(storageHistory!.fittedOverSeconds).toBeGreaterThan(2.9 * 86_400);
      const used = storageHistory!.usedBytes;
      expect(used.length).toBeGreaterThan(70);
      expect(used[used.length - 2].value).toBeGreaterThan(used[0].value);
    });

    it('reports scrape health with the down target and its error', async () => {
      const { scrapeHealth } = await collect();
      expect(scrapeHealth).toMatchObject({ up: 2, down: 1, unknown: 0 });
      const node = scrapeHealth!.targets.find(t => t.job === 'node');
      expect(node?.health).toBe('up');
      const down = scrapeHealth!.targets.find(t => t.job === DOWN_JOB);
      expect(down?.health).toBe('down');
      expect(down?.lastError).toMatch(/connection refused/);
    });

    it('lists the always-firing alert with severity, summary and since', async () => {
      const { alerts } = await collect();
      const watchdog = alerts!.find(a => a.name === ALWAYS_FIRING_ALERT.name);
      expect(watchdog).toMatchObject({
        severity: ALWAYS_FIRING_ALERT.severity,
        summary: ALWAYS_FIRING_ALERT.summary,
      });
      expect(Date.parse(watchdog!.since!)).toBeLessThanOrEqual(Date.now());
    });

    it('reads ClusterMesh readiness per remote cluster', async () => {
      const { mesh } = await collect();
      expect(mesh!.remoteClusters).toEqual(
        BACKFILLED_MESH.remoteClusters
          .map(r => ({
            cluster: r.cluster,
            ready: r.ready,
            agents: BACKFILLED_NODES.length,
            readyAgents: r.ready ? BACKFILLED_NODES.length : 0,
          }))
          .sort((x, y) => x.cluster.localeCompare(y.cluster)),
      );
    });

    it('is partial, not failed, when one query is refused by the server', async () => {
      // A proxy in front of the real server that breaks only the alerts API.
      const proxy = await startFaultServer(async (req, res) => {
        if (req.url?.startsWith('/api/v1/alerts')) {
          prometheusError(res, 503, 'unavailable', 'rule manager not ready');
          return;
        }
        const upstream = await fetch(`${prometheus.url}${req.url}`);
        res.writeHead(upstream.status, { 'content-type': 'application/json' });
        res.end(await upstream.text());
      });
      try {
        const result = await PrometheusObservabilityCollector.create().collect({
          connection: { url: proxy.url },
        });
        expect(result.status).toBe('partial');
        expect(result.reason).toBe(
          '1 of 7 parts failed: alerts (Prometheus answered 503: unavailable: rule manager not ready)',
        );
        expect(result.parts.find(p => p.part === 'alerts')).toEqual({
          part: 'alerts',
          status: 'failed',
          reason:
            '/api/v1/alerts: Prometheus answered 503: unavailable: rule manager not ready',
        });
        expect(result.alerts).toBeUndefined();
        expect(result.mesh?.remoteClusters).toHaveLength(2);
      } finally {
        await proxy.stop();
      }
    });
  },
);

describe('PrometheusObservabilityCollector when Prometheus misbehaves', () => {
  let server: FaultServer | undefined;
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });

  it('says not-configured without a connection', async () => {
    const result = await PrometheusObservabilityCollector.create().collect({
      cluster,
    });
    expect(result).toMatchObject({
      status: 'not-configured',
      reason: 'no Prometheus configured for this cluster',
    });
    expect(result.source).toBeUndefined();
    expect(result.parts.every(p => p.status === 'skipped')).toBe(true);
  });

  it('fails with the reason when Prometheus is down', async () => {
    const port = await freeLoopbackPort();
    const result = await PrometheusObservabilityCollector.create().collect({
      connection: { url: `http://127.0.0.1:${port}` },
    });
    expect(result.status).toBe('failed');
    expect(result.reason).toBe('Prometheus unreachable (ECONNREFUSED)');
    expect(result.nodes).toBeUndefined();
    expect(result.source?.url).toBe(`http://127.0.0.1:${port}`);
  });

  it('fails within the deadline when Prometheus is slow', async () => {
    server = await startFaultServer(() => undefined); // never answers
    const started = Date.now();
    const result = await PrometheusObservabilityCollector.create({
      settings: { timeoutMs: 300 },
    }).collect({ connection: { url: server.url } });
    expect(result.status).toBe('failed');
    expect(result.reason).toBe('timed out after 300 ms');
    expect(Date.now() - started).toBeLessThan(2000);
    expect(result.parts.every(p => p.reason === 'timed out after 300 ms')).toBe(
      true,
    );
  });

  it('fails with the server error text when every query gets a 500', async () => {
    server = await startFaultServer((_req, res) =>
      prometheusError(res, 500, 'internal', 'TSDB is closed'),
    );
    const result = await PrometheusObservabilityCollector.create().collect({
      connection: { url: server.url },
    });
    expect(result.status).toBe('failed');
    expect(result.reason).toBe(
      'Prometheus answered 500: internal: TSDB is closed',
    );
  });

  it('fails with the reason when the answers are not JSON', async () => {
    server = await startFaultServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"status": "succ');
    });
    const result = await PrometheusObservabilityCollector.create().collect({
      connection: { url: server.url },
    });
    expect(result.status).toBe('failed');
    expect(result.reason).toBe('unexpected response: body is not JSON');
  });

  it('says the caller aborted, not that Prometheus failed', async () => {
    server = await startFaultServer(() => undefined);
    const controller = new AbortController();
    const pending = PrometheusObservabilityCollector.create().collect(
      { connection: { url: server.url } },
      { signal: controller.signal },
    );
    controller.abort();
    await expect(pending).resolves.toMatchObject({
      status: 'failed',
      reason: 'aborted by the caller',
    });
  });

  it('keeps the token out of every result and error, even when echoed back', async () => {
    server = await startFaultServer((req, res) => {
      if (req.url?.startsWith('/api/v1/alerts')) {
        prometheusError(
          res,
          401,
          'unauthorized',
          `bad token: ${req.headers.authorization}`,
        );
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(`not json, you sent ${req.headers.authorization}`);
    });
    const logged: string[] = [];
    const log = (message: string) => logged.push(message);
    const logger = { info: log, debug: log, warn: log, error: log } as any;
    const result = await PrometheusObservabilityCollector.create({
      logger,
    }).collect({
      connection: {
        url: server.url.replace('http://', `http://svc:${TOKEN}@`),
        credentials: { type: 'bearer', token: TOKEN },
      },
    });
    expect(server.requests[0].authorization).toBe(`Bearer ${TOKEN}`);
    expect(result.status).toBe('failed');
    expect(result.reason).toContain('[REDACTED]');
    const everything = JSON.stringify(result) + logged.join('\n');
    expect(everything).not.toContain(TOKEN);
    expect(result.source?.url).toBe(server.url);
  });
});
