import { ChildProcess, execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { backfillOpenMetrics, HistoryWindow } from './backfillHistory';

const BINARIES = {
  prometheus: 'prometheus',
  promtool: 'promtool',
  nodeExporter: 'prometheus-node-exporter',
} as const;

/** The alert rule that fires from the first evaluation on. */
export const ALWAYS_FIRING_ALERT = {
  name: 'Watchdog',
  severity: 'none',
  summary: 'Always firing, so the alerting pipeline can be seen working.',
} as const;

/** A scrape job whose target is a closed port: always down. */
export const DOWN_JOB = 'unreachable-exporter';

function findOnPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, name);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // not in this directory
    }
  }
  return undefined;
}

/**
 * Whether `prometheus`, `promtool` and `prometheus-node-exporter` are on the
 * PATH (Debian packages `prometheus`, `prometheus-node-exporter`; `.ci/run`
 * installs them). In CI their absence fails the tests instead of skipping:
 * a silent skip would leave the collector untested against a real server.
 */
export function prometheusInstalled(): boolean {
  const missing = Object.values(BINARIES).filter(b => !findOnPath(b));
  if (missing.length > 0 && process.env.CI) {
    throw new Error(
      `Prometheus test binaries missing: ${missing.join(
        ', ',
      )}; install the Debian packages prometheus and prometheus-node-exporter`,
    );
  }
  if (missing.length > 0) {
    // eslint-disable-next-line no-console
    console.warn(
      `Skipping tests against a real Prometheus: ${missing.join(
        ', ',
      )} not found (apt-get install prometheus prometheus-node-exporter)`,
    );
  }
  return missing.length === 0;
}

/** A port nothing listens on right now, on loopback. */
export async function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export type PrometheusTestServer = {
  /** Base URL of the Prometheus HTTP API. */
  url: string;
  nodeExporterUrl: string;
  /** Temporary directory with config, rules and data; removed by `stop()`. */
  directory: string;
  history: HistoryWindow;
  /** Milliseconds from spawning Prometheus until `/-/ready` answered 200. */
  readyMs: number;
  /** Milliseconds until targets were scraped and the alert fired. */
  settledMs: number;
  stop(): Promise<void>;
};

/** Keeps the last bytes of a child's stderr, to say why it failed to start. */
function tail(child: ChildProcess): () => string {
  let text = '';
  child.stderr?.on('data', chunk => {
    text = (text + String(chunk)).slice(-2000);
  });
  return () => text.trim();
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve();
  }
  return new Promise(resolve => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

async function getJson(url: string): Promise<any> {
  const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.json();
}

async function until(
  what: string,
  check: () => Promise<boolean>,
  children: Array<{ child: ChildProcess; stderr: () => string }>,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const { child, stderr } of children) {
      if (child.exitCode !== null) {
        throw new Error(
          `${child.spawnfile} exited with ${
            child.exitCode
          } while waiting for ${what}: ${stderr()}`,
        );
      }
    }
    if (await check().catch(() => false)) return;
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}`);
    }
    await new Promise(r => setTimeout(r, 100));
  }
}

/**
 * Starts a real Prometheus on a free loopback port: history backfilled with
 * promtool, a node exporter and Prometheus itself scraped every second, a
 * target that is always down and an alert that always fires. Resolves once
 * all of that can be queried; `stop()` ends both processes and removes the
 * temporary directory.
 */
export async function startPrometheusTestServer(
  options: { historyDays?: number; timeoutMs?: number } = {},
): Promise<PrometheusTestServer> {
  const timeoutMs = options.timeoutMs ?? 60_000;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-prometheus-'));
  const dataDir = path.join(dir, 'data');
  const children: Array<{ child: ChildProcess; stderr: () => string }> = [];
  const stop = async () => {
    await Promise.all(children.map(c => stopChild(c.child)));
    fs.rmSync(dir, { recursive: true, force: true });
  };

  try {
    const [promPort, exporterPort, closedPort] = await Promise.all([
      freeLoopbackPort(),
      freeLoopbackPort(),
      freeLoopbackPort(),
    ]);
    const now = Date.now();
    // Ends a minute ago: inside the 5 minute lookback of instant queries, and
    // before the head block Prometheus starts writing now.
    const history: HistoryWindow = {
      start: new Date(now - (options.historyDays ?? 3) * 86400_000),
      end: new Date(now - 60_000),
      stepSeconds: 120,
    };
    const metricsFile = path.join(dir, 'history.om');
    fs.writeFileSync(metricsFile, backfillOpenMetrics(history));
    await promisify(execFile)(
      BINARIES.promtool,
      ['tsdb', 'create-blocks-from', 'openmetrics', '-q', metricsFile, dataDir],
      { maxBuffer: 10 * 1024 * 1024 },
    );

    const exporter = spawn(
      BINARIES.nodeExporter,
      [
        `--web.listen-address=127.0.0.1:${exporterPort}`,
        '--collector.disable-defaults',
        '--collector.cpu',
        '--collector.meminfo',
        '--collector.filesystem',
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    children.push({ child: exporter, stderr: tail(exporter) });

    const rulesFile = path.join(dir, 'rules.yml');
    fs.writeFileSync(
      rulesFile,
      JSON.stringify({
        groups: [
          {
            name: 'sovereign-cloud-test',
            rules: [
              {
                alert: ALWAYS_FIRING_ALERT.name,
                expr: 'vector(1)',
                labels: { severity: ALWAYS_FIRING_ALERT.severity },
                annotations: { summary: ALWAYS_FIRING_ALERT.summary },
              },
            ],
          },
        ],
      }),
    );
    const configFile = path.join(dir, 'prometheus.yml');
    const job = (name: string, port: number) => ({
      job_name: name,
      static_configs: [{ targets: [`127.0.0.1:${port}`] }],
    });
    // YAML is a superset of JSON.
    fs.writeFileSync(
      configFile,
      JSON.stringify({
        global: {
          scrape_interval: '1s',
          scrape_timeout: '1s',
          evaluation_interval: '1s',
        },
        rule_files: [rulesFile],
        scrape_configs: [
          job('prometheus', promPort),
          job('node', exporterPort),
          job(DOWN_JOB, closedPort),
        ],
      }),
    );

    const started = Date.now();
    const prometheus = spawn(
      BINARIES.prometheus,
      [
        `--config.file=${configFile}`,
        `--storage.tsdb.path=${dataDir}`,
        '--storage.tsdb.retention.time=30d',
        `--web.listen-address=127.0.0.1:${promPort}`,
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    children.push({ child: prometheus, stderr: tail(prometheus) });
    const url = `http://127.0.0.1:${promPort}`;

    await until(
      'Prometheus to be ready',
      async () => (await fetch(`${url}/-/ready`)).ok,
      children,
      timeoutMs,
    );
    const readyMs = Date.now() - started;
    await until(
      'the first scrapes and the always-firing alert',
      async () => {
        const targets = (await getJson(`${url}/api/v1/targets`)).data
          .activeTargets as Array<{ health: string; labels: any }>;
        const health = (name: string) =>
          targets.find(t => t.labels.job === name)?.health;
        const alerts = (await getJson(`${url}/api/v1/alerts`)).data
          .alerts as Array<{ state: string; labels: any }>;
        // Two scrapes of the exporter, so rates (node CPU) have an answer.
        const rates = await getJson(
          `${url}/api/v1/query?query=${encodeURIComponent(
            'rate(node_cpu_seconds_total{job="node"}[1m])',
          )}`,
        );
        return (
          rates.data.result.length > 0 &&
          health('node') === 'up' &&
          health('prometheus') === 'up' &&
          health(DOWN_JOB) === 'down' &&
          alerts.some(
            a =>
              a.state === 'firing' &&
              a.labels.alertname === ALWAYS_FIRING_ALERT.name,
          )
        );
      },
      children,
      timeoutMs,
    );
    return {
      url,
      nodeExporterUrl: `http://127.0.0.1:${exporterPort}`,
      directory: dir,
      history,
      readyMs,
      settledMs: Date.now() - started,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
