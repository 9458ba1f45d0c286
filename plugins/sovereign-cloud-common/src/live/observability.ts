import { LiveCollectionStatus } from './status';

/**
 * What the observability card shows for one cluster, read from the cluster's
 * Prometheus HTTP API. Every part is optional: a part that could not be read
 * is absent and its entry in `parts` says why.
 */

/**
 * Where the data came from. The URL never carries credentials.
 * @public
 */
export type ObservabilitySource = { type: 'prometheus'; url: string };

/** @public */
export type ObservabilityPartName =
  | 'nodes'
  | 'nodeHistory'
  | 'storage'
  | 'storageHistory'
  | 'scrapeHealth'
  | 'alerts'
  | 'mesh';

/** @public */
export type ObservabilityPartState = {
  part: ObservabilityPartName;
  status: 'observed' | 'failed' | 'skipped';
  reason?: string;
};

/**
 * One point of a time series: `at` in milliseconds since the epoch.
 * @public
 */
export type TimePoint = { at: number; value: number };

/**
 * A node (Prometheus `instance`) now: ratios are 0..1.
 * @public
 */
export type NodeUsage = {
  instance: string;
  cpuUsedRatio?: number;
  memoryUsedRatio?: number;
  memoryTotalBytes?: number;
};

/** @public */
export type NodeUsageHistory = {
  instance: string;
  cpuUsedRatio: TimePoint[];
  memoryUsedRatio: TimePoint[];
};

/**
 * Filesystem use summed over the cluster's nodes (pseudo filesystems such
 * as tmpfs and overlay excluded).
 * @public
 */
export type StorageUsage = {
  usedBytes: number;
  sizeBytes: number;
  usedRatio: number;
  /** Per node, for the same filesystems. */
  byInstance: Array<{ instance: string; usedBytes: number; sizeBytes: number }>;
};

/**
 * Used bytes over the history window, and the growth fitted to it.
 * @public
 */
export type StorageHistory = {
  /** Total used bytes over time. */
  usedBytes: TimePoint[];
  /**
   * Least-squares slope of used bytes, summed over nodes with at least the
   * minimum history; absent when no node has enough history.
   */
  growthBytesPerDay?: number;
  /** Seconds of history the growth was fitted to (the longest node's). */
  fittedOverSeconds?: number;
};

/** @public */
export type ScrapeTargetHealth = {
  job: string;
  instance: string;
  health: 'up' | 'down' | 'unknown';
  lastError?: string;
  lastScrape?: string;
};

/** @public */
export type ScrapeHealth = {
  up: number;
  down: number;
  unknown: number;
  targets: ScrapeTargetHealth[];
};

/** @public */
export type FiringAlert = {
  name: string;
  severity?: string;
  summary?: string;
  /** When the alert became active (ISO 8601). */
  since?: string;
  labels: Record<string, string>;
};

/**
 * One remote cluster as this cluster's Cilium agents see it: ready only
 * when every reporting agent reports it ready.
 * @public
 */
export type MeshRemoteCluster = {
  cluster: string;
  ready: boolean;
  /** Agents that report the remote cluster, and how many of them see it ready. */
  agents: number;
  readyAgents: number;
};

/** @public */
export type ObservabilityLinks = { grafana?: string; alertmanager?: string };

/**
 * The observability card's data for one cluster.
 * @public
 */
export type ObservabilityReport = {
  /** Entity reference of the SovereignCluster, when known. */
  cluster?: string;
  /** When the data was read (ISO 8601). */
  collectedAt: string;
  /** Absent when `not-configured`. */
  source?: ObservabilitySource;
  status: LiveCollectionStatus;
  /** Why the status is not `observed`. */
  reason?: string;
  durationMs: number;
  parts: ObservabilityPartState[];
  nodes?: NodeUsage[];
  nodeHistory?: NodeUsageHistory[];
  storage?: StorageUsage;
  storageHistory?: StorageHistory;
  scrapeHealth?: ScrapeHealth;
  alerts?: FiringAlert[];
  mesh?: { remoteClusters: MeshRemoteCluster[] };
  links: ObservabilityLinks;
};
