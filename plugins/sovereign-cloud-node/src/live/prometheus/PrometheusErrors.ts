/**
 * Typed failures of the Prometheus HTTP API. Messages are built from the
 * request's path and the server's answer only: never from credentials.
 * @public
 */
export class PrometheusError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** The request ran past its timeout. @public */
export class PrometheusTimeoutError extends PrometheusError {
  constructor(readonly path: string, readonly timeoutMs: number) {
    super(`${path}: timed out after ${timeoutMs} ms`);
  }
}

/** The caller's signal aborted the request. @public */
export class PrometheusAbortedError extends PrometheusError {
  constructor(readonly path: string) {
    super(`${path}: aborted by the caller`);
  }
}

/** No HTTP answer at all: refused, reset, unknown host. @public */
export class PrometheusUnreachableError extends PrometheusError {
  constructor(readonly path: string, readonly code?: string) {
    super(`${path}: Prometheus unreachable${code ? ` (${code})` : ''}`);
  }
}

/**
 * A non-2xx answer, or a 2xx answer whose body says `status: error`.
 * `errorType` and `error` are Prometheus's own (`bad_data`, `execution`...).
 * @public
 */
export class PrometheusHttpError extends PrometheusError {
  constructor(
    readonly path: string,
    readonly statusCode: number,
    readonly errorType?: string,
    readonly error?: string,
  ) {
    super(
      `${path}: Prometheus answered ${statusCode}${
        errorType || error
          ? `: ${[errorType, error].filter(Boolean).join(': ')}`
          : ''
      }`,
    );
  }
}

/** An answer that is not JSON, or not the shape the API documents. @public */
export class PrometheusResponseError extends PrometheusError {
  constructor(readonly path: string, readonly problem: string) {
    super(`${path}: unexpected response: ${problem}`);
  }
}
