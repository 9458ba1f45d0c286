/**
 * The `kubernetes.io/auth-provider` of clusters whose credential the backend
 * resolves from a reference (config key or Kubernetes Secret) at request time.
 * A frontend that lists these clusters must treat this provider as
 * server-side; see the package README.
 *
 * @public
 */
export const SOVEREIGN_CLOUD_AUTH_PROVIDER = 'sovereignCloud';

/**
 * `authMetadata` key on every cluster this module supplies: the entity
 * reference of its SovereignCluster (not a secret).
 *
 * @public
 */
export const AUTH_METADATA_CLUSTER_REF = 'sovereign-cloud.io/cluster-ref';

/**
 * `authMetadata` key holding where the cluster's credential lives, as JSON
 * (`{"configKey":…}` or `{"secretRef":…}`); never the credential itself.
 * Deliberately outside `kubernetes.io/`: the stock catalog cluster locator
 * copies every `kubernetes.io/*` annotation of a Resource entity into
 * `authMetadata`, and catalog authors must not be able to point a cluster at
 * a credential.
 *
 * @public
 */
export const AUTH_METADATA_CREDENTIAL_REF = 'sovereign-cloud.io/credential-ref';
