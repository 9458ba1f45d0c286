import { isError } from '@backstage/errors';
import { formatDuration } from '../../evidence/describeFailure';
import {
  PrometheusAbortedError,
  PrometheusError,
  PrometheusHttpError,
  PrometheusResponseError,
  PrometheusTimeoutError,
  PrometheusUnreachableError,
} from '../prometheus/PrometheusErrors';

/**
 * A failure in a few words (`Prometheus unreachable (ECONNREFUSED)`,
 * `Prometheus answered 500: execution: ...`) and the same with the API path,
 * for a part's reason. Client errors carry no credentials to begin with.
 */
export function describePrometheusFailure(error: unknown): {
  summary: string;
  detail: string;
} {
  let summary: string;
  if (error instanceof PrometheusTimeoutError) {
    summary = `timed out after ${formatDuration(error.timeoutMs)}`;
  } else if (error instanceof PrometheusAbortedError) {
    summary = 'aborted by the caller';
  } else if (error instanceof PrometheusUnreachableError) {
    summary = `Prometheus unreachable${error.code ? ` (${error.code})` : ''}`;
  } else if (error instanceof PrometheusHttpError) {
    summary = error.message.slice(error.path.length + 2);
  } else if (error instanceof PrometheusResponseError) {
    summary = `unexpected response: ${error.problem}`;
  } else if (error instanceof PrometheusError) {
    summary = error.message;
  } else {
    // Our own code, not the server: keep it short, it is a bug to fix.
    summary = isError(error) ? error.message : String(error);
  }
  const path = (error as { path?: unknown }).path;
  return {
    summary,
    detail: typeof path === 'string' ? `${path}: ${summary}` : summary,
  };
}
