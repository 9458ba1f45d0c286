import { CustomErrorBase, NotAllowedError } from '@backstage/errors';

/**
 * A `StatusCause` of a failed request (`reason` is the cause type, e.g.
 * `FieldValueRequired` or `FieldManagerConflict`).
 *
 * @public
 */
export interface KubernetesStatusCause {
  reason: string;
  message: string;
  field?: string;
}

/**
 * Where a failure happened.
 *
 * @public
 */
export interface KubernetesErrorContext {
  clusterName: string;
  /** The HTTP status the API server answered with, if it answered. */
  statusCode?: number;
  /** The `reason` of the API server's Status, e.g. `NotFound` or `AlreadyExists`. */
  reason?: string;
}

/**
 * Base class of every failure of a request to a cluster. Messages name the cluster and
 * the operation; they never contain tokens, CA data or Secret contents, and no raw
 * client or response object is attached.
 *
 * @public
 */
export class KubernetesApiError extends CustomErrorBase {
  name: string = 'KubernetesApiError';
  readonly clusterName: string;
  readonly statusCode?: number;
  readonly reason?: string;

  constructor(message: string, context: KubernetesErrorContext) {
    super(message);
    this.clusterName = context.clusterName;
    this.statusCode = context.statusCode;
    this.reason = context.reason;
  }
}

/**
 * The API server could not be reached: connection refused or reset, DNS failure, TLS
 * verification failure.
 *
 * @public
 */
export class ClusterUnreachableError extends KubernetesApiError {
  name: string = 'ClusterUnreachableError';
  /** The system error code, e.g. `ECONNREFUSED`, `ECONNRESET`, `CERT_HAS_EXPIRED`. */
  readonly code?: string;

  constructor(
    message: string,
    context: KubernetesErrorContext & { code?: string },
  ) {
    super(message, context);
    this.code = context.code;
  }
}

/**
 * A request got no answer within its timeout.
 *
 * @public
 */
export class ClusterTimeoutError extends KubernetesApiError {
  name: string = 'ClusterTimeoutError';
  readonly timeoutMs: number;

  constructor(
    message: string,
    context: KubernetesErrorContext & { timeoutMs: number },
  ) {
    super(message, context);
    this.timeoutMs = context.timeoutMs;
  }
}

/**
 * The caller aborted the request through its `AbortSignal`.
 *
 * @public
 */
export class KubernetesRequestAbortedError extends KubernetesApiError {
  name: string = 'KubernetesRequestAbortedError';
}

/**
 * The API server rejected the credentials (401) or the permission (403).
 *
 * @public
 */
export class ClusterAccessDeniedError extends KubernetesApiError {
  name: string = 'ClusterAccessDeniedError';
}

/**
 * The token of a cluster could not be loaded (its Secret or key is missing or empty).
 *
 * @public
 */
export class ClusterCredentialsError extends KubernetesApiError {
  name: string = 'ClusterCredentialsError';
}

/**
 * The object (404 NotFound) or the kind (not served by the cluster) does not exist.
 *
 * @public
 */
export class KubernetesNotFoundError extends KubernetesApiError {
  name: string = 'KubernetesNotFoundError';
}

/**
 * A 409: the object already exists (`reason: AlreadyExists`) or was modified since it
 * was read (`reason: Conflict`).
 *
 * @public
 */
export class KubernetesConflictError extends KubernetesApiError {
  name: string = 'KubernetesConflictError';
}

/**
 * One field another manager owns, as a server-side apply conflict reports it.
 *
 * @public
 */
export interface ApplyFieldConflict {
  /** The field path, e.g. `.spec.replicas` or `.spec.template.spec.containers[name="app"].image`. */
  field: string;
  /** The field manager that owns the field, e.g. `kubectl-edit`. */
  manager: string;
  /** The API version the manager used (present for `Update` managers). */
  apiVersion?: string;
  /** The subresource the manager wrote through, e.g. `status`. */
  subresource?: string;
  /** The API server's message for this cause. */
  message: string;
}

/**
 * A server-side apply failed because other field managers own fields with different
 * values; apply again with `force` to take them over.
 *
 * @public
 */
export class ApplyConflictError extends KubernetesConflictError {
  name: string = 'ApplyConflictError';
  readonly conflicts: ApplyFieldConflict[];

  constructor(
    message: string,
    context: KubernetesErrorContext & { conflicts: ApplyFieldConflict[] },
  ) {
    super(message, context);
    this.conflicts = context.conflicts;
  }
}

/**
 * The API server refused the object as invalid: 422 Invalid (with field causes) or 400
 * BadRequest (e.g. an apiVersion that does not match the URL).
 *
 * @public
 */
export class KubernetesInvalidError extends KubernetesApiError {
  name: string = 'KubernetesInvalidError';
  readonly causes: KubernetesStatusCause[];

  constructor(
    message: string,
    context: KubernetesErrorContext & { causes: KubernetesStatusCause[] },
  ) {
    super(message, context);
    this.causes = context.causes;
  }
}

/**
 * Any other failure answer: 5xx, 429, unexpected codes.
 *
 * @public
 */
export class KubernetesServerError extends KubernetesApiError {
  name: string = 'KubernetesServerError';
}

/**
 * An API server URL that is neither a configured cluster nor allowed by
 * `sovereignCloud.kubernetes.allowedApiServers`. It is a `NotAllowedError`, so backend
 * routes answer it with 403.
 *
 * @public
 */
export class ApiServerNotAllowedError extends NotAllowedError {
  readonly url: string;
  readonly clusterName: string;

  constructor(message: string, context: { url: string; clusterName: string }) {
    super(message);
    this.url = context.url;
    this.clusterName = context.clusterName;
  }
}
