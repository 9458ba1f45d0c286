import { HumanDuration } from '@backstage/types';

export interface Config {
  sovereignCloud?: {
    /**
     * How the sovereign-cloud suite reaches Kubernetes API servers.
     */
    kubernetes?: {
      /**
       * Timeout of each HTTP request to an API server, e.g. `10s` or `{ seconds: 10 }`.
       * Default 10 seconds.
       */
      requestTimeout?: HumanDuration | string;
      /**
       * How long a token read from a Secret is reused before it is read again (a 401
       * also forces a new read). Default 5 minutes.
       */
      tokenCacheTtl?: HumanDuration | string;
      /**
       * API servers that may be contacted when their URL comes from somewhere other than
       * this config (an entity, a Cluster API management cluster). Each rule is
       * `[scheme://]host[:port]`; the scheme defaults to https and the port to the
       * scheme's; `*.example.eu` matches every subdomain of example.eu (not example.eu
       * itself). Clusters listed under `clusters` are always allowed.
       */
      allowedApiServers?: string[];
      /**
       * Namespaces from which connections that do not come from this config (e.g. an
       * entity's credentials reference) may read token Secrets. Empty by default: such
       * references are refused until a namespace is listed here.
       */
      tokenSecretNamespaces?: string[];
      /**
       * The configured cluster that holds token Secrets when a reference does not name
       * its cluster, usually the management cluster.
       */
      homeCluster?: string;
      /**
       * Config keys a SovereignCluster may name as its credential or CA
       * (`spec.access.auth.credential.configKey`) must lie under one of these, so an
       * entity cannot name other secrets of the backend. Default:
       * `sovereignCloud.clusters` and `sovereignCloud.credentials`.
       */
      credentialConfigPrefixes?: string[];
      /**
       * Clusters the portal trusts.
       */
      clusters?: Array<{
        /** Unique name, used in messages, logs and Secret references. */
        name: string;
        /** API server URL, e.g. `https://api.mgmt.example.eu:6443`. */
        url: string;
        /** CA bundle: base64 of the PEM (kubeconfig `certificate-authority-data`) or the PEM. */
        caData?: string;
        /** Path of a CA bundle file on the backend host. */
        caFile?: string;
        /** Server name expected in the certificate when it differs from the URL host. */
        tlsServerName?: string;
        /** Skips certificate verification. Development only. */
        skipTLSVerify?: boolean;
        /**
         * Bearer token (e.g. of a ServiceAccount).
         * @visibility secret
         */
        token?: string;
        /** Read the bearer token from a Secret on a configured cluster instead. */
        tokenSecretRef?: {
          /** Configured cluster holding the Secret; default `homeCluster`. */
          cluster?: string;
          namespace: string;
          name: string;
          /** Key within the Secret's data; default `token`. */
          key?: string;
        };
        /** Overrides `requestTimeout` for this cluster. */
        requestTimeout?: HumanDuration | string;
        /**
         * The cluster's Prometheus, read for the observability card and the
         * ClusterMesh readiness on the network card. Serves the SovereignClusters
         * that name this entry (annotation `sovereign-cloud.io/kubernetes-cluster`,
         * or `spec.access.apiServer` equal to `url`).
         */
        prometheus?: {
          /** Base URL of the Prometheus HTTP API, e.g. `https://prometheus.example.eu`. */
          url: string;
          /**
           * Bearer token; give this or username/password.
           * @visibility secret
           */
          token?: string;
          /**
           * Basic auth user name.
           * @visibility secret
           */
          username?: string;
          /**
           * Basic auth password.
           * @visibility secret
           */
          password?: string;
          /** Grafana link shown on the card (http or https). */
          grafanaUrl?: string;
          /** Alertmanager link shown on the card (http or https). */
          alertmanagerUrl?: string;
        };
      }>;
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
    posture?: {
      /**
       * How live evidence is read from SovereignClusters' Kubernetes APIs.
       */
      collection?: {
        /**
         * Deadline of one cluster's collection (all probes together), e.g. `20s`.
         * Default 20 seconds. Each request also obeys
         * `sovereignCloud.kubernetes.requestTimeout`.
         */
        timeout?: HumanDuration | string;
        /**
         * Registry hosts the organisation operates itself (counted as `self` for
         * the registry-dependency criterion): `harbor.example.eu`,
         * `harbor.example.eu:5000`, or `*.example.eu` for every subdomain.
         */
        ownRegistries?: string[];
        /**
         * Keyless signing identities that are the organisation's own: prefixes of
         * certificate subjects (e.g. `https://gitlab.example.eu/platform/`) or OIDC
         * issuer URLs. Admission policies trusting only these count as
         * customer-signed; other keyless identities count as upstream.
         */
        ownSigningIdentities?: string[];
      };
    };
  };
}
