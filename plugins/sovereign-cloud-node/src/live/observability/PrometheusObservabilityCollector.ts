import { LoggerService } from '@backstage/backend-plugin-api';
import { formatDuration } from '../../evidence/describeFailure';
import {
  PrometheusClient,
  PrometheusConnection,
} from '../prometheus/PrometheusClient';
import {
  PrometheusMatrix,
  PrometheusVector,
} from '../prometheus/responseSchemas';
import {
  ObservabilityReport,
  FiringAlert,
  MeshRemoteCluster,
  NodeUsage,
  NodeUsageHistory,
  ObservabilityLinks,
  ObservabilityPartName,
  ObservabilityPartState,
  ScrapeHealth,
  StorageHistory,
  StorageUsage,
  TimePoint,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { describePrometheusFailure } from './describePrometheusFailure';
import { fitGrowthPerDay, spanSeconds } from './fitGrowth';
import { OBSERVABILITY_QUERIES as Q } from './queries';

/**
 * One cluster's Prometheus as the collector reads it; no `connection` means
 * the cluster has no Prometheus configured.
 * @public
 */
export type PrometheusObservabilityTarget = {
  /** Entity reference of the SovereignCluster. */
  cluster?: string;
  connection?: PrometheusConnection;
  links?: ObservabilityLinks;
};

/** @public */
export type PrometheusObservabilitySettings = {
  /** Deadline of one collection, all parts together. */
  timeoutMs: number;
  /** Window of the node CPU/memory series, and its step. */
  nodeHistorySeconds: number;
  nodeHistoryStepSeconds: number;
  /** Window of the storage series the growth is fitted to, and its step. */
  storageHistorySeconds: number;
  storageHistoryStepSeconds: number;
  /** A node needs this much storage history to count towards growth. */
  minimumGrowthSpanSeconds: number;
};

/** @public */
export const DEFAULT_PROMETHEUS_OBSERVABILITY_SETTINGS: PrometheusObservabilitySettings =
  {
    timeoutMs: 15_000,
    nodeHistorySeconds: 86_400,
    nodeHistoryStepSeconds: 900,
    storageHistorySeconds: 7 * 86_400,
    storageHistoryStepSeconds: 3600,
    minimumGrowthSpanSeconds: 6 * 3600,
  };

type Parts = {
  nodes: NodeUsage[];
  nodeHistory: NodeUsageHistory[];
  storage: StorageUsage;
  storageHistory: StorageHistory;
  scrapeHealth: ScrapeHealth;
  alerts: FiringAlert[];
  mesh: { remoteClusters: MeshRemoteCluster[] };
};

type PartReader<K extends ObservabilityPartName> = (
  client: PrometheusClient,
  signal: AbortSignal,
  now: Date,
) => Promise<Parts[K]>;

/** Rejects once the signal fires, so a hanging call cannot outlive the deadline. */
function whenAborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    const fire = () => reject(signal.reason);
    if (signal.aborted) fire();
    else signal.addEventListener('abort', fire, { once: true });
  });
}

const byInstance = (vector: PrometheusVector) =>
  new Map(vector.map(s => [s.metric.instance ?? '', s.value.value]));

const finiteOrUndefined = (v: number | undefined) =>
  v !== undefined && Number.isFinite(v) ? v : undefined;

const points = (values: Array<{ at: number; value: number }>): TimePoint[] =>
  values.filter(p => Number.isFinite(p.value));

/**
 * Reads the observability card for one cluster from its Prometheus HTTP API:
 * node CPU and memory now and over the last day, filesystem use and its
 * growth, scrape health, firing alerts and Cilium ClusterMesh readiness. The
 * parts run side by side under one deadline; a failing part never fails the
 * others. Never throws: Prometheus down, slow or erroring is a `failed`
 * result with the reason, some parts failing is `partial`.
 * @public
 */
export class PrometheusObservabilityCollector {
  readonly #settings: PrometheusObservabilitySettings;
  readonly #logger?: LoggerService;
  readonly #now: () => Date;
  readonly #fetch?: typeof fetch;

  static create(
    options: {
      settings?: Partial<PrometheusObservabilitySettings>;
      logger?: LoggerService;
      /** The clock; for tests. */
      now?: () => Date;
      fetch?: typeof fetch;
    } = {},
  ): PrometheusObservabilityCollector {
    return new PrometheusObservabilityCollector(options);
  }

  private constructor(
    options: Parameters<typeof PrometheusObservabilityCollector.create>[0] = {},
  ) {
    this.#settings = {
      ...DEFAULT_PROMETHEUS_OBSERVABILITY_SETTINGS,
      ...options.settings,
    };
    this.#logger = options.logger;
    this.#now = options.now ?? (() => new Date());
    this.#fetch = options.fetch;
  }

  readonly #readers: { [K in ObservabilityPartName]: PartReader<K> } = {
    nodes: (c, signal) => this.#nodes(c, signal),
    nodeHistory: (c, signal, now) => this.#nodeHistory(c, signal, now),
    storage: (c, signal) => this.#storage(c, signal),
    storageHistory: (c, signal, now) => this.#storageHistory(c, signal, now),
    scrapeHealth: (c, signal) => this.#scrapeHealth(c, signal),
    alerts: (c, signal) => this.#alerts(c, signal),
    mesh: (c, signal) => this.#mesh(c, signal),
  };

  async collect(
    target: PrometheusObservabilityTarget,
    options: { signal?: AbortSignal } = {},
  ): Promise<ObservabilityReport> {
    const started = Date.now();
    const now = this.#now();
    const links = target.links ?? {};
    const names = Object.keys(this.#readers) as ObservabilityPartName[];
    const base = {
      ...(target.cluster ? { cluster: target.cluster } : {}),
      collectedAt: now.toISOString(),
      links,
    };
    if (!target.connection) {
      return {
        ...base,
        status: 'not-configured',
        reason: 'no Prometheus configured for this cluster',
        durationMs: 0,
        parts: names.map(part => ({
          part,
          status: 'skipped',
          reason: 'no live source',
        })),
      };
    }

    let client: PrometheusClient;
    try {
      client = PrometheusClient.create(target.connection, {
        timeoutMs: this.#settings.timeoutMs,
        fetch: this.#fetch,
      });
    } catch (error) {
      return {
        ...base,
        status: 'failed',
        reason: describePrometheusFailure(error).summary,
        durationMs: Date.now() - started,
        parts: names.map(part => ({
          part,
          status: 'skipped',
          reason: 'Prometheus could not be read',
        })),
      };
    }

    const deadline = AbortSignal.timeout(this.#settings.timeoutMs);
    const signal = options.signal
      ? AbortSignal.any([options.signal, deadline])
      : deadline;
    const outcomes = await Promise.all(
      names.map(async name => {
        const running = this.#readers[name](client, signal, now);
        // A part still running at the deadline must not reject unhandled later.
        running.catch(() => undefined);
        try {
          return {
            name,
            value: await Promise.race([running, whenAborted(signal)]),
          };
        } catch (error) {
          if (options.signal?.aborted) {
            const summary = 'aborted by the caller';
            return { name, failure: { summary, detail: summary } };
          }
          if (deadline.aborted) {
            const summary = `timed out after ${formatDuration(
              this.#settings.timeoutMs,
            )}`;
            return { name, failure: { summary, detail: summary } };
          }
          return { name, failure: describePrometheusFailure(error) };
        }
      }),
    );

    const result: ObservabilityReport = {
      ...base,
      source: { type: 'prometheus', url: client.displayUrl },
      status: 'observed',
      durationMs: 0,
      parts: [],
    };
    const failed: Array<{ part: string; summary: string }> = [];
    for (const outcome of outcomes) {
      const part: ObservabilityPartState = {
        part: outcome.name,
        status: 'observed',
      };
      if ('failure' in outcome && outcome.failure) {
        part.status = 'failed';
        part.reason = outcome.failure.detail;
        failed.push({ part: outcome.name, summary: outcome.failure.summary });
      } else {
        (result as Record<string, unknown>)[outcome.name] = outcome.value;
      }
      result.parts.push(part);
    }
    if (failed.length === names.length) {
      const summaries = [...new Set(failed.map(f => f.summary))];
      result.status = 'failed';
      result.reason =
        summaries.length === 1
          ? summaries[0]
          : `every part failed: ${summaries.join('; ')}`;
    } else if (failed.length > 0) {
      result.status = 'partial';
      result.reason = `${failed.length} of ${
        names.length
      } parts failed: ${failed
        .map(f => `${f.part} (${f.summary})`)
        .join(', ')}`;
    }
    result.durationMs = Date.now() - started;

    const cluster = target.cluster ?? client.displayUrl;
    if (result.status === 'failed') {
      // Callers report failures to people; this line is for operators.
      this.#logger?.info(
        `Observability collection for ${cluster} failed: ${result.reason}`,
      );
    } else {
      this.#logger?.debug(
        `Observability collection for ${cluster}: ${result.status} in ${result.durationMs} ms`,
      );
    }
    return result;
  }

  async #nodes(client: PrometheusClient, signal: AbortSignal) {
    const [cpu, memory, total] = await Promise.all([
      client.query(Q.cpuUsedRatio, { signal }),
      client.query(Q.memoryUsedRatio, { signal }),
      client.query(Q.memoryTotalBytes, { signal }),
    ]);
    const cpuBy = byInstance(cpu);
    const memoryBy = byInstance(memory);
    const totalBy = byInstance(total);
    const instances = [
      ...new Set([...cpuBy.keys(), ...memoryBy.keys(), ...totalBy.keys()]),
    ].sort();
    return instances.map(instance => {
      const node: NodeUsage = { instance };
      const cpuUsed = finiteOrUndefined(cpuBy.get(instance));
      const memoryUsed = finiteOrUndefined(memoryBy.get(instance));
      const memoryTotal = finiteOrUndefined(totalBy.get(instance));
      if (cpuUsed !== undefined) node.cpuUsedRatio = cpuUsed;
      if (memoryUsed !== undefined) node.memoryUsedRatio = memoryUsed;
      if (memoryTotal !== undefined) node.memoryTotalBytes = memoryTotal;
      return node;
    });
  }

  #range(
    client: PrometheusClient,
    expr: string,
    signal: AbortSignal,
    now: Date,
    windowSeconds: number,
    stepSeconds: number,
  ): Promise<PrometheusMatrix> {
    return client.queryRange(expr, {
      signal,
      start: new Date(now.getTime() - windowSeconds * 1000),
      end: now,
      stepSeconds,
    });
  }

  async #nodeHistory(
    client: PrometheusClient,
    signal: AbortSignal,
    now: Date,
  ): Promise<NodeUsageHistory[]> {
    const { nodeHistorySeconds: window, nodeHistoryStepSeconds: step } =
      this.#settings;
    const [cpu, memory] = await Promise.all([
      this.#range(client, Q.cpuUsedRatio, signal, now, window, step),
      this.#range(client, Q.memoryUsedRatio, signal, now, window, step),
    ]);
    const history = new Map<string, NodeUsageHistory>();
    const entry = (instance: string) => {
      let found = history.get(instance);
      if (!found) {
        found = { instance, cpuUsedRatio: [], memoryUsedRatio: [] };
        history.set(instance, found);
      }
      return found;
    };
    for (const s of cpu)
      entry(s.metric.instance ?? '').cpuUsedRatio = points(s.values);
    for (const s of memory) {
      entry(s.metric.instance ?? '').memoryUsedRatio = points(s.values);
    }
    return [...history.values()].sort((a, b) =>
      a.instance.localeCompare(b.instance),
    );
  }

  async #storage(
    client: PrometheusClient,
    signal: AbortSignal,
  ): Promise<StorageUsage> {
    const [size, used] = await Promise.all([
      client.query(Q.filesystemSizeBytes, { signal }),
      client.query(Q.filesystemUsedBytes, { signal }),
    ]);
    const usedBy = byInstance(used);
    const perInstance = size
      .map(s => ({
        instance: s.metric.instance ?? '',
        sizeBytes: s.value.value,
        usedBytes: usedBy.get(s.metric.instance ?? '') ?? NaN,
      }))
      .filter(n => Number.isFinite(n.sizeBytes) && Number.isFinite(n.usedBytes))
      .sort((a, b) => a.instance.localeCompare(b.instance));
    const sizeBytes = perInstance.reduce((s, n) => s + n.sizeBytes, 0);
    const usedBytes = perInstance.reduce((s, n) => s + n.usedBytes, 0);
    return {
      usedBytes,
      sizeBytes,
      usedRatio: sizeBytes > 0 ? usedBytes / sizeBytes : 0,
      byInstance: perInstance,
    };
  }

  async #storageHistory(
    client: PrometheusClient,
    signal: AbortSignal,
    now: Date,
  ): Promise<StorageHistory> {
    const {
      storageHistorySeconds: window,
      storageHistoryStepSeconds: step,
      minimumGrowthSpanSeconds,
    } = this.#settings;
    const series = await this.#range(
      client,
      Q.filesystemUsedBytes,
      signal,
      now,
      window,
      step,
    );
    const total = new Map<number, number>();
    let growth: number | undefined;
    let fittedOver = 0;
    for (const s of series) {
      const values = points(s.values);
      for (const p of values) total.set(p.at, (total.get(p.at) ?? 0) + p.value);
      // Per node: a node that joined an hour ago must not read as a jump.
      const slope = fitGrowthPerDay(values, minimumGrowthSpanSeconds);
      if (slope !== undefined) {
        growth = (growth ?? 0) + slope;
        fittedOver = Math.max(fittedOver, spanSeconds(values));
      }
    }
    return {
      usedBytes: [...total.entries()]
        .sort(([a], [b]) => a - b)
        .map(([at, value]) => ({ at, value })),
      ...(growth !== undefined
        ? { growthBytesPerDay: growth, fittedOverSeconds: fittedOver }
        : {}),
    };
  }

  async #scrapeHealth(
    client: PrometheusClient,
    signal: AbortSignal,
  ): Promise<ScrapeHealth> {
    const targets = await client.targets({ signal });
    const health: ScrapeHealth = { up: 0, down: 0, unknown: 0, targets: [] };
    for (const t of targets) {
      health[t.health] += 1;
      health.targets.push({
        job: t.labels.job ?? t.scrapePool ?? '',
        instance: t.labels.instance ?? '',
        health: t.health,
        ...(t.lastError ? { lastError: t.lastError } : {}),
        ...(t.lastScrape ? { lastScrape: t.lastScrape } : {}),
      });
    }
    health.targets.sort(
      (a, b) =>
        a.job.localeCompare(b.job) || a.instance.localeCompare(b.instance),
    );
    return health;
  }

  async #alerts(
    client: PrometheusClient,
    signal: AbortSignal,
  ): Promise<FiringAlert[]> {
    const alerts = await client.alerts({ signal });
    return alerts
      .filter(a => a.state === 'firing')
      .map(a => {
        const alert: FiringAlert = {
          name: a.labels.alertname ?? '',
          labels: a.labels,
        };
        if (a.labels.severity) alert.severity = a.labels.severity;
        const summary = a.annotations.summary ?? a.annotations.description;
        if (summary) alert.summary = summary;
        // Prometheus reports never-active alerts with the zero time.
        if (a.activeAt && !a.activeAt.startsWith('0001-'))
          alert.since = a.activeAt;
        return alert;
      })
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  async #mesh(
    client: PrometheusClient,
    signal: AbortSignal,
  ): Promise<{ remoteClusters: MeshRemoteCluster[] }> {
    const readiness = await client.query(Q.meshReadiness, { signal });
    const remotes = new Map<string, MeshRemoteCluster>();
    for (const s of readiness) {
      const cluster = s.metric.target_cluster;
      if (!cluster) continue;
      const remote = remotes.get(cluster) ?? {
        cluster,
        ready: false,
        agents: 0,
        readyAgents: 0,
      };
      remote.agents += 1;
      if (s.value.value === 1) remote.readyAgents += 1;
      remote.ready = remote.readyAgents === remote.agents;
      remotes.set(cluster, remote);
    }
    return {
      remoteClusters: [...remotes.values()].sort((a, b) =>
        a.cluster.localeCompare(b.cluster),
      ),
    };
  }
}
