import { IncomingHttpHeaders } from 'node:http';

/**
 * A request the test server received, recorded before authentication and faults.
 *
 * @public
 */
export interface RecordedKubernetesRequest {
  method: string;
  /** The URL path, e.g. `/apis/apps/v1/namespaces/default/deployments`. */
  path: string;
  /** Query parameters (the last value of repeated ones). */
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  /** The raw request body, if any. */
  body?: string;
}
