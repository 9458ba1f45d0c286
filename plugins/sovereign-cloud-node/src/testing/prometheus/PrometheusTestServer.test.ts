import fs from 'node:fs';
import { BACKFILLED_MESH } from './backfillHistory';
import {
  prometheusInstalled,
  PrometheusTestServer,
  startPrometheusTestServer,
} from './PrometheusTestServer';

const describeIfPrometheus = prometheusInstalled() ? describe : describe.skip;

describeIfPrometheus('startPrometheusTestServer', () => {
  let server: PrometheusTestServer;

  beforeAll(async () => {
    server = await startPrometheusTestServer();
  }, 90_000);

  afterAll(() => server?.stop());

  it('serves the backfilled history to range queries', async () => {
    const params = new URLSearchParams({
      query: 'cilium_clustermesh_remote_cluster_readiness_status',
      start: String(server.history.start.getTime() / 1000),
      end: String(server.history.end.getTime() / 1000),
      step: '3600',
    });
    const body = await (
      await fetch(`${server.url}/api/v1/query_range?${params}`)
    ).json();
    const targets = new Set(
      body.data.result.map((s: any) => s.metric.target_cluster),
    );
    expect(targets).toEqual(
      new Set(BACKFILLED_MESH.remoteClusters.map(r => r.cluster)),
    );
    // Three days at hourly steps.
    expect(body.data.result[0].values.length).toBeGreaterThan(70);
  });

  it('scrapes a live node exporter', async () => {
    const text = await (
      await fetch(`${server.nodeExporterUrl}/metrics`)
    ).text();
    expect(text).toContain('node_cpu_seconds_total');
  });

  it('stops the processes and removes its directory', async () => {
    const extra = await startPrometheusTestServer({ historyDays: 1 });
    expect(fs.existsSync(extra.directory)).toBe(true);
    await extra.stop();
    await expect(fetch(`${extra.url}/-/ready`)).rejects.toThrow();
    await expect(fetch(`${extra.nodeExporterUrl}/metrics`)).rejects.toThrow();
    expect(fs.existsSync(extra.directory)).toBe(false);
  }, 90_000);
});

describe('prometheusInstalled', () => {
  const saved = { PATH: process.env.PATH, CI: process.env.CI };
  afterEach(() => {
    process.env.PATH = saved.PATH;
    if (saved.CI === undefined) delete process.env.CI;
    else process.env.CI = saved.CI;
    jest.restoreAllMocks();
  });

  it('skips with a message outside CI when the binaries are missing', () => {
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => {});
    process.env.PATH = fs.mkdtempSync('/tmp/sc-empty-path-');
    delete process.env.CI;
    expect(prometheusInstalled()).toBe(false);
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining(
        'prometheus, promtool, prometheus-node-exporter not found',
      ),
    );
    fs.rmdirSync(process.env.PATH);
  });

  it('fails in CI when the binaries are missing', () => {
    process.env.PATH = '/nonexistent';
    process.env.CI = 'true';
    expect(() => prometheusInstalled()).toThrow(
      /Prometheus test binaries missing: prometheus, promtool/,
    );
  });
});
