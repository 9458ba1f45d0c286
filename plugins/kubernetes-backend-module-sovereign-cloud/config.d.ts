import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  sovereignCloud?: {
    /**
     * The suite's Kubernetes access. `allowedApiServers`, `tokenSecretNamespaces`,
     * `homeCluster` and `tokenCacheTtl` (declared by the node library) also
     * govern the clusters this module takes from SovereignCluster entities.
     */
    kubernetes?: {
      /**
       * How often the Kubernetes module reads SovereignCluster entities again.
       * Default: every 5 minutes, timeout 2 minutes; a frequency alone keeps
       * the default timeout.
       */
      clusterRefresh?: Partial<SchedulerServiceTaskScheduleDefinitionConfig>;
      /**
       * Config keys a SovereignCluster may name as its credential or CA
       * (`spec.access.auth.credential.configKey`) must lie under one of these.
       * Default: `sovereignCloud.clusters` and `sovereignCloud.credentials`.
       */
      credentialConfigPrefixes?: string[];
    };
    /**
     * Per-cluster credentials that SovereignCluster entities reference by
     * config key, e.g. `sovereignCloud.clusters.eu-prod-1.serviceAccount`.
     * @visibility secret
     */
    clusters?: { [cluster: string]: { [key: string]: string } };
    /**
     * Other credentials that SovereignCluster entities reference by config
     * key, e.g. `sovereignCloud.credentials.fra1Token`.
     * @visibility secret
     */
    credentials?: { [name: string]: string };
  };
}
