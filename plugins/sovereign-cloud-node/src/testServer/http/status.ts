import { canonicalJson } from '../json';

/** The `StatusCause` of a Kubernetes `Status` (its `type` is sent as `reason`). */
export interface StatusCause {
  reason: string;
  message: string;
  field?: string;
}

/** A `meta/v1` Status, the body of every API server error. */
export type KubernetesStatus = {
  kind: 'Status';
  apiVersion: 'v1';
  metadata: {};
  status: 'Failure' | 'Success';
  message?: string;
  reason?: string;
  details?: {
    name?: string;
    group?: string;
    kind?: string;
    uid?: string;
    causes?: StatusCause[];
  };
  code: number;
};

/** A field validation error, printed like `k8s.io/apimachinery/pkg/util/validation/field`. */
export interface FieldError {
  type:
    | 'FieldValueRequired'
    | 'FieldValueInvalid'
    | 'FieldValueNotSupported'
    | 'FieldValueForbidden'
    | 'FieldValueTooLong';
  field: string;
  detail: string;
  value?: unknown;
}

/** Thrown inside the server to answer with a `Status`. */
export class StatusError extends Error {
  constructor(readonly status: KubernetesStatus) {
    super(status.message);
  }
}

/** Identifies a resource the way API server messages do (`deployments.apps`). */
export interface ResourceName {
  group: string;
  plural: string;
  kind: string;
}

function failure(
  code: number,
  reason: string,
  message: string,
  statusDetails?: KubernetesStatus['details'],
): StatusError {
  return new StatusError({
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message,
    reason,
    ...(statusDetails ? { details: statusDetails } : {}),
    code,
  });
}

function qualified(resource: ResourceName): string {
  return resource.group
    ? `${resource.plural}.${resource.group}`
    : resource.plural;
}

function details(resource: ResourceName, name: string) {
  return {
    name,
    ...(resource.group ? { group: resource.group } : {}),
    kind: resource.plural,
  };
}

const typeLabels: Record<FieldError['type'], string> = {
  FieldValueRequired: 'Required value',
  FieldValueInvalid: 'Invalid value',
  FieldValueNotSupported: 'Unsupported value',
  FieldValueForbidden: 'Forbidden',
  FieldValueTooLong: 'Too long',
};

function fieldErrorBody(error: FieldError): string {
  const label = typeLabels[error.type];
  if (
    error.type === 'FieldValueInvalid' ||
    error.type === 'FieldValueNotSupported'
  ) {
    return `${label}: ${canonicalJson(error.value)}: ${error.detail}`;
  }
  return `${label}: ${error.detail}`;
}

export const statusErrors = {
  notFound(resource: ResourceName, name: string) {
    return failure(
      404,
      'NotFound',
      `${qualified(resource)} "${name}" not found`,
      details(resource, name),
    );
  },
  /** 404 for a resource path within a served group version the server does not know. */
  resourceNotFound() {
    return failure(
      404,
      'NotFound',
      'the server could not find the requested resource',
      {},
    );
  },
  alreadyExists(resource: ResourceName, name: string) {
    return failure(
      409,
      'AlreadyExists',
      `${qualified(resource)} "${name}" already exists`,
      details(resource, name),
    );
  },
  conflict(resource: ResourceName, name: string) {
    return failure(
      409,
      'Conflict',
      `Operation cannot be fulfilled on ${qualified(
        resource,
      )} "${name}": the object has been modified; please apply your changes to the latest version and try again`,
      details(resource, name),
    );
  },
  applyConflict(message: string, causes: StatusCause[]) {
    return failure(409, 'Conflict', message, { causes });
  },
  invalid(group: string, kind: string, name: string, errors: FieldError[]) {
    const qualifiedKind = group ? `${kind}.${group}` : kind;
    const printed = errors.map(e => `${e.field}: ${fieldErrorBody(e)}`);
    const summary =
      printed.length === 1 ? printed[0] : `[${printed.join(', ')}]`;
    return failure(
      422,
      'Invalid',
      `${qualifiedKind} "${name}" is invalid: ${summary}`,
      {
        name,
        ...(group ? { group } : {}),
        kind,
        causes: errors.map(e => ({
          reason: e.type,
          message: fieldErrorBody(e),
          field: e.field,
        })),
      },
    );
  },
  /** 422 without field causes, e.g. a JSON patch operation that does not apply. */
  unprocessable(message: string) {
    return failure(422, 'Invalid', message);
  },
  badRequest(message: string) {
    return failure(400, 'BadRequest', message);
  },
  unauthorized() {
    return failure(401, 'Unauthorized', 'Unauthorized');
  },
  methodNotAllowed() {
    return failure(
      405,
      'MethodNotAllowed',
      'the server does not allow this method on the requested resource',
    );
  },
  unsupportedMediaType(contentType: string) {
    return failure(
      415,
      'UnsupportedMediaType',
      `the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/apply-patch+yaml; got ${contentType}`,
    );
  },
  expired(message: string) {
    return failure(410, 'Expired', message);
  },
  internal(message: string) {
    return failure(
      500,
      'InternalError',
      `Internal error occurred: ${message}`,
      {
        causes: [{ reason: 'UnexpectedServerResponse', message }],
      },
    );
  },
};

/** The `Status` a successful DELETE answers with when the object is gone at once. */
export function deletedStatus(
  resource: ResourceName,
  name: string,
  uid: unknown,
): KubernetesStatus {
  return {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Success',
    details: {
      ...details(resource, name),
      ...(typeof uid === 'string' ? { uid } : {}),
    },
    code: 200,
  };
}
