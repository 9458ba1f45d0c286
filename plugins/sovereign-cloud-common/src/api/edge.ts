import type { EdgePosture } from '../edge/assessEdge';

/**
 * How a cluster behind an entry is doing, from the live collectors:
 * `serving` (nodes ready, no critical alert), `degraded` (some nodes not
 * ready or critical alerts firing), `down` (unreachable or no node ready),
 * `unknown` (no live source, or not allowed to read it).
 * @public
 */
export type EdgeClusterHealth = 'serving' | 'degraded' | 'down' | 'unknown';

/** A cluster behind a component's entry point. @public */
export type EdgeBackendStatus = {
  entityRef: string;
  name: string;
  title?: string;
  provider: string;
  countries: string[];
  replicas: number;
  health: EdgeClusterHealth;
  /** What the health was read from, or why it is unknown. */
  reason: string;
  /** Nodes ready / nodes, when observed. */
  nodes?: { ready: number; total: number };
  checkedAt?: string;
};

/** Answer of `GET /edge/:kind/:namespace/:name`. @public */
export type ComponentEdgeResponse = {
  entityRef: string;
  /** Absent when the component declares no entry point. */
  posture?: EdgePosture;
  clusters: EdgeBackendStatus[];
  /** Per hostname, from the health of the clusters behind it. */
  entries: { hostname: string; health: EdgeClusterHealth; reason: string }[];
  problems: string[];
};
