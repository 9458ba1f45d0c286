import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';
import { HumanDuration } from '@backstage/types';

export interface Config {
  sovereignCloud?: {
    /** Configuration of the sovereign-cloud catalog module. */
    catalog?: {
      /**
       * How often SovereignClusters are refreshed from config, provisioning
       * records and management clusters. Default: every 5 minutes, timeout 3 minutes.
       */
      schedule?: SchedulerServiceTaskScheduleDefinitionConfig;

      /** The CloudProvider catalogue. */
      providerCatalogue?: {
        /**
         * Emit the shipped provider catalogue. When false, only the
         * overrides are emitted and used to check clusters. Default true.
         */
        enabled?: boolean;
        /**
         * CloudProvider entities, inline or as paths of YAML files (relative
         * to the backend's working directory), merged into the shipped
         * catalogue by metadata.name: an entry replaces the shipped provider
         * of the same name whole, a new name adds a provider. Invalid entries
         * are logged and skipped.
         */
        overrides?: Array<string | { [key: string]: unknown }>;
      };

      /**
       * SovereignClusters declared in config: whole entities, or the compact
       * form (name and metadata on top, spec fields beside them, with the
       * shorthands location, kubernetesVersion, distribution, mesh and
       * managementCluster). Declared fields win over discovered ones, except
       * status and Kubernetes version.
       */
      clusters?: Array<{ [key: string]: unknown }>;

      /** Cluster API management clusters to discover Clusters in. */
      managementClusters?: Array<{
        /** Name of the management cluster; shown in annotations and logs. */
        name: string;
        /**
         * Name of a cluster in sovereignCloud.kubernetes.clusters to use,
         * instead of url and credentials here.
         */
        kubernetesCluster?: string;
        /** API server URL, e.g. https://mgmt.example.eu:6443. */
        url?: string;
        /** CA bundle of the API server: base64 of the PEM, or the PEM itself. */
        caData?: string;
        /** Path of a CA bundle file. */
        caFile?: string;
        /** Server name to verify in the API server's certificate. */
        tlsServerName?: string;
        /**
         * Bearer token of a service account allowed to get and list Cluster API
         * objects and the infrastructure kinds.
         * @visibility secret
         */
        token?: string;
        /** Instead of token: a Kubernetes Secret key holding it. */
        tokenSecretRef?: {
          /** Configured cluster holding the Secret; default sovereignCloud.kubernetes.homeCluster. */
          cluster?: string;
          namespace: string;
          name: string;
          /** Default token. */
          key?: string;
        };
        /** Timeout of each request, e.g. 10s. */
        requestTimeout?: string | HumanDuration;
        /** Namespaces to list Clusters in; all namespaces when absent. */
        namespaces?: string[];
        /** Values for Clusters whose objects do not say. */
        defaults?: {
          /** Owner when the Cluster has no cluster.x-k8s.io/cluster-owner annotation. */
          owner?: string;
          /** Lifecycle when the Cluster has no cluster.x-k8s.io/cluster-lifecycle annotation. */
          lifecycle?: string;
          /** CloudProvider to choose when the infrastructure kind fits several (OpenStack clouds). */
          provider?: string;
          /** Location id when neither the Cluster nor its infrastructure object names one (Metal3). */
          location?: string;
        };
      }>;
    };
  };
}
