/**
 * A key of a Kubernetes Secret that holds a bearer token.
 *
 * @public
 */
export interface KubernetesSecretReference {
  /**
   * The configured cluster to read the Secret from; defaults to
   * `sovereignCloud.kubernetes.homeCluster`.
   */
  cluster?: string;
  namespace: string;
  name: string;
  /** The key within the Secret's `data`. */
  key: string;
}

/**
 * How requests to a cluster authenticate. Tokens come from config (a secret value) or
 * from a Secret on a configured cluster; entities only ever carry references.
 *
 * @public
 */
export type ClusterCredentials =
  | { type: 'token'; token: string }
  | { type: 'secretRef'; secretRef: KubernetesSecretReference }
  | { type: 'anonymous' };

/**
 * Everything needed to talk to one cluster's API server.
 *
 * @public
 */
export interface ClusterConnection {
  /** A name for messages and logs, e.g. the entity or config name of the cluster. */
  name: string;
  /** The API server URL, e.g. `https://api.fra1.k8s.example.eu:6443`. */
  url: string;
  /** CA bundle: base64 of the PEM (kubeconfig `certificate-authority-data`) or the PEM itself. */
  caData?: string;
  /** CA bundle file; only for clusters declared in config. */
  caFile?: string;
  /** Server name to verify in the certificate when it differs from the URL's host. */
  tlsServerName?: string;
  /** Skips certificate verification; development only, only for clusters declared in config. */
  skipTLSVerify?: boolean;
  credentials: ClusterCredentials;
  /** Timeout of each HTTP request; defaults to `sovereignCloud.kubernetes.requestTimeout`. */
  requestTimeoutMs?: number;
}
