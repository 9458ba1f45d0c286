import { ClusterConnection } from './ClusterConnection';
import { KubernetesClusterClient } from './KubernetesClusterClient';

/**
 * A cluster declared in `sovereignCloud.kubernetes.clusters` (without its credentials).
 *
 * @public
 */
export interface ConfiguredClusterSummary {
  name: string;
  url: string;
}

/**
 * Hands out clients for clusters. Clusters declared in config are trusted; any other
 * API server URL (e.g. one taken from an entity) must match
 * `sovereignCloud.kubernetes.allowedApiServers`.
 *
 * @public
 */
export interface KubernetesClientFactory {
  /**
   * A client for a connection. Throws `ApiServerNotAllowedError` when the URL is neither
   * a configured cluster's nor allowed by the allowlist.
   */
  forCluster(connection: ClusterConnection): KubernetesClusterClient;
  /** A client for a cluster declared in config; throws `NotFoundError` for unknown names. */
  forConfiguredCluster(name: string): KubernetesClusterClient;
  listConfiguredClusters(): ConfiguredClusterSummary[];
}
