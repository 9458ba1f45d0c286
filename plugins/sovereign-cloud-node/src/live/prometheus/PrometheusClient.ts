import { z } from 'zod';
import { SecretRedactor } from '../../kubernetes/SecretRedactor';
import {
  PrometheusAbortedError,
  PrometheusHttpError,
  PrometheusResponseError,
  PrometheusTimeoutError,
  PrometheusUnreachableError,
} from './PrometheusErrors';
import {
  alertsDataSchema,
  envelopeSchema,
  matrixSchema,
  PrometheusAlert,
  PrometheusMatrix,
  PrometheusScrapeTarget,
  PrometheusVector,
  targetsDataSchema,
  vectorSchema,
} from './responseSchemas';

/** @public */
export type PrometheusCredentials =
  | { type: 'bearer'; token: string }
  | { type: 'basic'; username: string; password: string };

/** @public */
export type PrometheusConnection = {
  /** Base URL, e.g. `https://prometheus.example.eu` or `http://host:9090/prometheus`. */
  url: string;
  credentials?: PrometheusCredentials;
};

type RequestOptions = { signal?: AbortSignal };

/**
 * A small typed client for the Prometheus HTTP API (`/api/v1/...`). Each
 * request has its own timeout on top of the caller's signal; failures are
 * {@link PrometheusError}s whose messages never carry credentials.
 * @public
 */
export class PrometheusClient {
  readonly #base: URL;
  readonly #authorization?: string;
  readonly #timeoutMs: number;
  readonly #fetch: typeof fetch;
  readonly #redactor = SecretRedactor.create();
  /** The base URL without credentials, query or fragment: safe to show. */
  readonly displayUrl: string;

  static create(
    connection: PrometheusConnection,
    options: { timeoutMs?: number; fetch?: typeof fetch } = {},
  ): PrometheusClient {
    return new PrometheusClient(connection, options);
  }

  private constructor(
    connection: PrometheusConnection,
    options: { timeoutMs?: number; fetch?: typeof fetch },
  ) {
    let base: URL;
    try {
      base = new URL(connection.url);
    } catch {
      throw new TypeError('prometheus.url: not a valid URL');
    }
    if (base.protocol !== 'http:' && base.protocol !== 'https:') {
      throw new TypeError('prometheus.url: must be http or https');
    }
    let credentials = connection.credentials;
    // fetch refuses URLs with user info; treat it as basic auth instead.
    if (base.username || base.password) {
      credentials ??= {
        type: 'basic',
        username: decodeURIComponent(base.username),
        password: decodeURIComponent(base.password),
      };
      base.username = '';
      base.password = '';
    }
    base.search = '';
    base.hash = '';
    if (!base.pathname.endsWith('/')) base.pathname += '/';
    this.#base = base;
    this.displayUrl = base.toString().replace(/\/$/, '');
    if (credentials?.type === 'bearer') {
      this.#redactor.add(credentials.token);
      this.#authorization = `Bearer ${credentials.token}`;
    } else if (credentials?.type === 'basic') {
      this.#redactor.add(credentials.password);
      const pair = `${credentials.username}:${credentials.password}`;
      this.#redactor.add(pair);
      this.#authorization = `Basic ${Buffer.from(pair).toString('base64')}`;
    }
    this.#timeoutMs = options.timeoutMs ?? 10_000;
    this.#fetch = options.fetch ?? fetch;
  }

  /** An instant query; the expression must produce a vector. */
  async query(
    expr: string,
    options: RequestOptions & { time?: Date } = {},
  ): Promise<PrometheusVector> {
    const params = new URLSearchParams({ query: expr });
    if (options.time) params.set('time', seconds(options.time));
    const data = await this.#get('api/v1/query', params, vectorSchema, options);
    return data.result;
  }

  /** A range query; `stepSeconds` is the resolution of the answer. */
  async queryRange(
    expr: string,
    options: RequestOptions & { start: Date; end: Date; stepSeconds: number },
  ): Promise<PrometheusMatrix> {
    const params = new URLSearchParams({
      query: expr,
      start: seconds(options.start),
      end: seconds(options.end),
      step: String(options.stepSeconds),
    });
    const data = await this.#get(
      'api/v1/query_range',
      params,
      matrixSchema,
      options,
    );
    return data.result;
  }

  /** Alerts of the alerting rules, pending and firing. */
  async alerts(options: RequestOptions = {}): Promise<PrometheusAlert[]> {
    const data = await this.#get(
      'api/v1/alerts',
      new URLSearchParams(),
      alertsDataSchema,
      options,
    );
    return data.alerts;
  }

  /** Active scrape targets and their health. */
  async targets(
    options: RequestOptions = {},
  ): Promise<PrometheusScrapeTarget[]> {
    const data = await this.#get(
      'api/v1/targets',
      new URLSearchParams({ state: 'active' }),
      targetsDataSchema,
      options,
    );
    return data.activeTargets;
  }

  async #get<T extends z.ZodType>(
    path: string,
    params: URLSearchParams,
    schema: T,
    { signal: caller }: RequestOptions,
  ): Promise<z.output<T>> {
    const route = `/${path}`;
    const url = new URL(path, this.#base);
    url.search = params.toString();
    const timeout = AbortSignal.timeout(this.#timeoutMs);
    const signal = caller ? AbortSignal.any([caller, timeout]) : timeout;
    const aborted = () =>
      caller?.aborted
        ? new PrometheusAbortedError(route)
        : new PrometheusTimeoutError(route, this.#timeoutMs);

    let response: Response;
    let text: string;
    try {
      response = await this.#fetch(url, {
        headers: {
          accept: 'application/json',
          ...(this.#authorization
            ? { authorization: this.#authorization }
            : {}),
        },
        signal,
      });
      // The body is read under the same signal: a server that stalls mid-body times out too.
      text = await response.text();
    } catch (error) {
      if (signal.aborted) throw aborted();
      throw new PrometheusUnreachableError(route, networkCode(error));
    }

    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      if (!response.ok) {
        throw new PrometheusHttpError(
          route,
          response.status,
          undefined,
          this.#snippet(text),
        );
      }
      throw new PrometheusResponseError(route, 'body is not JSON');
    }
    const envelope = envelopeSchema.safeParse(body);
    if (!envelope.success) {
      if (!response.ok) {
        throw new PrometheusHttpError(route, response.status);
      }
      throw new PrometheusResponseError(route, describeIssues(envelope.error));
    }
    if (!response.ok || envelope.data.status === 'error') {
      throw new PrometheusHttpError(
        route,
        response.status,
        envelope.data.errorType &&
          this.#redactor.redact(envelope.data.errorType),
        envelope.data.error && this.#snippet(envelope.data.error),
      );
    }
    const data = schema.safeParse(envelope.data.data);
    if (!data.success) {
      throw new PrometheusResponseError(route, describeIssues(data.error));
    }
    return data.data;
  }

  /** Server text in an error: redacted (a proxy may echo headers) and short. */
  #snippet(text: string): string | undefined {
    const trimmed = this.#redactor.redact(text.trim()).replace(/\s+/g, ' ');
    if (!trimmed) return undefined;
    return trimmed.length > 300 ? `${trimmed.slice(0, 300)}…` : trimmed;
  }
}

function seconds(date: Date): string {
  return (date.getTime() / 1000).toFixed(3);
}

function networkCode(error: unknown): string | undefined {
  const cause = (error as { cause?: { code?: unknown } })?.cause;
  return typeof cause?.code === 'string' ? cause.code : undefined;
}

function describeIssues(error: z.ZodError): string {
  const issue = error.issues[0];
  const at = issue.path.length > 0 ? issue.path.join('.') : 'body';
  return `${at}: ${issue.message}`;
}
