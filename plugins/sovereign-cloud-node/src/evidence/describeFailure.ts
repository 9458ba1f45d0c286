import { isError } from '@backstage/errors';
import {
  ClusterAccessDeniedError,
  ClusterCredentialsError,
  ClusterTimeoutError,
  ClusterUnreachableError,
  KubernetesApiError,
  KubernetesNotFoundError,
  KubernetesServerError,
} from '../kubernetes/errors/KubernetesApiError';
import { SecretRedactor } from '../kubernetes/SecretRedactor';

/** `20000` → `20s`, `1500` → `1.5s`, `250` → `250 ms`. */
export function formatDuration(ms: number): string {
  return ms >= 1000 ? `${Number((ms / 1000).toFixed(1))}s` : `${ms} ms`;
}

/**
 * A failure in a few words (`timed out after 20s`, `API server answered
 * 500`) and, for probe results, the operation that failed. Both pass the
 * redactor; the client's typed errors carry no secrets to begin with.
 */
export function describeFailure(
  error: unknown,
  redactor: SecretRedactor,
): { summary: string; detail: string } {
  const message = redactor.redact(
    isError(error) ? error.message : String(error),
  );
  const status = (error as KubernetesApiError).statusCode;
  let summary: string;
  if (error instanceof ClusterTimeoutError) {
    summary = `timed out after ${formatDuration(error.timeoutMs)}`;
  } else if (error instanceof ClusterUnreachableError) {
    summary = `API server unreachable${error.code ? ` (${error.code})` : ''}`;
  } else if (error instanceof ClusterAccessDeniedError) {
    summary = `access denied: API server answered ${status ?? '401/403'}`;
  } else if (error instanceof ClusterCredentialsError) {
    summary = 'credentials could not be loaded';
  } else if (error instanceof KubernetesNotFoundError) {
    summary = 'not found';
  } else if (error instanceof KubernetesServerError && status) {
    summary = `API server answered ${status}`;
  } else if (isError(error)) {
    return { summary: message, detail: message };
  } else {
    summary = 'failed';
  }
  return { summary, detail: `${summary}: ${message}` };
}
