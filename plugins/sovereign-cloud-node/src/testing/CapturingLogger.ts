import {
  coreServices,
  createServiceFactory,
  LoggerService,
} from '@backstage/backend-plugin-api';

/** A logger that keeps every line with its metadata, for asserting what was (not) logged. */
export class CapturingLogger implements LoggerService {
  readonly lines: string[];
  readonly #meta: Record<string, unknown>;

  constructor(lines: string[] = [], meta: Record<string, unknown> = {}) {
    this.lines = lines;
    this.#meta = meta;
  }

  #log(level: string, message: string, meta?: Error | object) {
    const extra =
      meta instanceof Error
        ? { error: `${meta.name}: ${meta.message}` }
        : meta ?? {};
    this.lines.push(
      `${level} ${message} ${JSON.stringify({ ...this.#meta, ...extra })}`,
    );
  }
  error(message: string, meta?: Error | object) {
    this.#log('error', message, meta);
  }
  warn(message: string, meta?: Error | object) {
    this.#log('warn', message, meta);
  }
  info(message: string, meta?: Error | object) {
    this.#log('info', message, meta);
  }
  debug(message: string, meta?: Error | object) {
    this.#log('debug', message, meta);
  }
  child(meta: Record<string, unknown>): LoggerService {
    return new CapturingLogger(this.lines, { ...this.#meta, ...meta });
  }

  factory() {
    return createServiceFactory({
      service: coreServices.logger,
      deps: {},
      factory: () => this,
    });
  }
}
