import { KubernetesClientFactory } from '@sovereign-cloud/plugin-sovereign-cloud-node';

/** Whether the portal may contact an API server URL taken from an entity. */
export type ApiServerDecision =
  | { allowed: true }
  | { allowed: false; reason: string };

/** Decides which entity-provided API servers may be contacted. */
export interface ApiServerPolicy {
  check(cluster: { name: string; url: string }): ApiServerDecision;
}

/**
 * The policy of the suite's Kubernetes access layer: URLs of clusters in
 * `sovereignCloud.kubernetes.clusters`, or URLs matching
 * `sovereignCloud.kubernetes.allowedApiServers`. It asks the client factory,
 * which refuses anything else, so both always agree. (The node library does
 * not export its allowlist on its own; asking for an anonymous client is the
 * public way to get the same decision. The client is not used.)
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
