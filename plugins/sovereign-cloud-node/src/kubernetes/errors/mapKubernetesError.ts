import { ApiException } from '@kubernetes/client-node';
import { CustomErrorBase, isError } from '@backstage/errors';
import { SecretRedactor } from '../SecretRedactor';
import {
  ApplyConflictError,
  ApplyFieldConflict,
  ClusterAccessDeniedError,
  ClusterTimeoutError,
  ClusterUnreachableError,
  KubernetesApiError,
  KubernetesConflictError,
  KubernetesInvalidError,
  KubernetesNotFoundError,
  KubernetesRequestAbortedError,
  KubernetesServerError,
  KubernetesStatusCause,
} from './KubernetesApiError';

/** What the mapping needs to know about the failed call. */
export interface FailedCall {
  clusterName: string;
  url: string;
  /** What was attempted, e.g. `apply Deployment default/web`. */
  operation: string;
  timeoutMs: number;
  signal?: AbortSignal;
  redactor: SecretRedactor;
}

interface ParsedStatus {
  message?: string;
  reason?: string;
  causes: KubernetesStatusCause[];
}

function parseStatus(body: unknown): ParsedStatus {
  let value = body;
  if (typeof body === 'string') {
    try {
      value = JSON.parse(body);
    } catch {
      return { message: body.trim() || undefined, causes: [] };
    }
  }
  if (typeof value !== 'object' || value === null) {
    return { causes: [] };
  }
  const status = value as {
    message?: unknown;
    reason?: unknown;
    details?: { causes?: unknown };
  };
  const causes = Array.isArray(status.details?.causes)
    ? status.details!.causes
    : [];
  return {
    message: typeof status.message === 'string' ? status.message : undefined,
    reason: typeof status.reason === 'string' ? status.reason : undefined,
    causes: causes.map((c: Record<string, unknown>) => ({
      // The JSON name of StatusCause.Type is `reason`; accept `type` from lenient servers.
      reason: String(c.reason ?? c.type ?? ''),
      message: String(c.message ?? ''),
      ...(typeof c.field === 'string' ? { field: c.field } : {}),
    })),
  };
}

const conflictPattern =
  /^conflict with ("(?:[^"\\]|\\.)*")(?: with subresource ("(?:[^"\\]|\\.)*"))?(?: using (\S+))?/;

/** Reads `conflict with "manager" [with subresource "s"] [using apps/v1]`. */
export function parseFieldConflict(
  cause: KubernetesStatusCause,
): ApplyFieldConflict {
  const match = conflictPattern.exec(cause.message);
  const unquote = (quoted: string | undefined) => {
    try {
      return quoted ? (JSON.parse(quoted) as string) : undefined;
    } catch {
      return quoted;
    }
  };
  return {
    field: cause.field ?? '',
    manager: unquote(match?.[1]) ?? '',
    ...(match?.[3] ? { apiVersion: match[3] } : {}),
    ...(match?.[2] ? { subresource: unquote(match[2]) } : {}),
    message: cause.message,
  };
}

function fromStatus(
  code: number,
  body: unknown,
  call: FailedCall,
): KubernetesApiError {
  const status = parseStatus(body);
  const redact = (text: string) => call.redactor.redact(text);
  const detail = status.message ? `: ${redact(status.message)}` : '';
  const reason = status.reason ?? '';
  const context = {
    clusterName: call.clusterName,
    statusCode: code,
    reason: status.reason,
  };
  const message = `${call.operation} on cluster '${
    call.clusterName
  }' failed with HTTP ${code}${reason ? ` ${reason}` : ''}${detail}`;
  const causes = status.causes.map(c => ({ ...c, message: redact(c.message) }));

  if (code === 401 || code === 403) {
    return new ClusterAccessDeniedError(message, context);
  }
  if (code === 404) {
    return new KubernetesNotFoundError(message, context);
  }
  if (code === 409) {
    const fieldConflicts = causes.filter(
      c => c.reason === 'FieldManagerConflict',
    );
    if (fieldConflicts.length > 0) {
      return new ApplyConflictError(message, {
        ...context,
        conflicts: fieldConflicts.map(parseFieldConflict),
      });
    }
    return new KubernetesConflictError(message, context);
  }
  if (code === 400 || code === 422) {
    return new KubernetesInvalidError(message, { ...context, causes });
  }
  return new KubernetesServerError(message, context);
}

function isApiException(
  error: unknown,
): error is { code: number; body: unknown } {
  return (
    error instanceof ApiException ||
    (isError(error) &&
      typeof (error as { code?: unknown }).code === 'number' &&
      'body' in error)
  );
}

/**
 * Turns whatever `@kubernetes/client-node` (or node-fetch under it) threw into a typed
 * error with a redacted message. Errors that are already typed pass through.
 */
export function mapKubernetesError(error: unknown, call: FailedCall): Error {
  // Our own errors and Backstage's (e.g. InputError for a bad argument) are already
  // typed and carry messages built without secrets.
  if (error instanceof CustomErrorBase) {
    return error;
  }
  const context = { clusterName: call.clusterName };
  if (isApiException(error)) {
    return fromStatus(error.code, error.body, call);
  }
  const name = isError(error) ? error.name : '';
  if (
    name === 'AbortError' ||
    (isError(error) && (error as { type?: string }).type === 'aborted')
  ) {
    if (call.signal?.aborted) {
      return new KubernetesRequestAbortedError(
        `${call.operation} on cluster '${call.clusterName}' was aborted`,
        context,
      );
    }
    return new ClusterTimeoutError(
      `${call.operation} on cluster '${call.clusterName}' (${call.url}) timed out after ${call.timeoutMs} ms`,
      { ...context, timeoutMs: call.timeoutMs },
    );
  }
  if (name === 'FetchError' || name === 'TypeError' || name === 'Error') {
    const code = (error as { code?: unknown }).code;
    const systemCode = typeof code === 'string' ? code : undefined;
    const reason = isError(error)
      ? call.redactor.redact(
          error.message.replace(/^request to \S+ failed, reason: /, ''),
        )
      : '';
    if (name === 'FetchError' || systemCode) {
      return new ClusterUnreachableError(
        `${call.operation} on cluster '${
          call.clusterName
        }' failed: API server ${call.url} is unreachable${
          systemCode ? ` (${systemCode})` : ''
        }: ${reason}`,
        { ...context, code: systemCode },
      );
    }
  }
  const text = isError(error)
    ? `${error.name}: ${error.message}`
    : String(error);
  return new KubernetesServerError(
    `${call.operation} on cluster '${
      call.clusterName
    }' failed: ${call.redactor.redact(text)}`,
    context,
  );
}
