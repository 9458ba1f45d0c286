import { KubernetesClientFactory } from '../kubernetes/KubernetesClientFactory';

/**
 * Whether the portal may contact an API server URL taken from an entity.
 *
 * @public
 */
export type ApiServerDecision =
  | { allowed: true }
  | { allowed: false; reason: string };

/**
 * Decides which entity-provided API servers may be contacted.
 *
 * @public
 */
export interface ApiServerPolicy {
  check(cluster: { name: string; url: string }): ApiServerDecision;
}

/**
 * The policy of the suite's Kubernetes access layer: URLs of clusters in
 * `sovereignCloud.kubernetes.clusters`, or URLs matching
 * `sovereignCloud.kubernetes.allowedApiServers`. It asks the client factory,
 * which refuses anything else, so both always agree (asking for an anonymous
 * client gives the factory's whole decision; the client is not used).
 *
 * @public
 */
export function apiServerPolicyOf(
  clients: Pick<KubernetesClientFactory, 'forCluster'>,
): ApiServerPolicy {
  return {
    check({ name, url }) {
      try {
        clients.forCluster({ name, url, credentials: { type: 'anonymous' } });
        return { allowed: true };
      } catch (error) {
        return { allowed: false, reason: (error as Error).message };
      }
    },
  };
}
