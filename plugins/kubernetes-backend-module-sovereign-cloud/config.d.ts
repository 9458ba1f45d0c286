import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  sovereignCloud?: {
    /**
     * The suite's Kubernetes access. `allowedApiServers`, `tokenSecretNamespaces`,
     * `homeCluster`, `tokenCacheTtl` and `credentialConfigPrefixes` (declared by
     * the node library) also govern the clusters this module takes from
     * SovereignCluster entities.
     */
    kubernetes?: {
      /**
       * How often the Kubernetes module reads SovereignCluster entities again.
       * Default: every 5 minutes, timeout 2 minutes; a frequency alone keeps
       * the default timeout.
       */
      clusterRefresh?: Partial<SchedulerServiceTaskScheduleDefinitionConfig>;
    };
  };
}
