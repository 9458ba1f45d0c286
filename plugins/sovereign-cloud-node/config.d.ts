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
      }>;
    };
  };
}
