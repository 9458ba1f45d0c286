import { LoggerService } from '@backstage/backend-plugin-api';

/** A logger that keeps every line (message and metadata) for assertions. */
export class CapturingLogger implements LoggerService {
  readonly lines: string[];

  constructor(lines: string[] = []) {
    this.lines = lines;
  }

  #log(level: string, message: string, meta?: unknown) {
    this.lines.push(`${level} ${message} ${meta ? JSON.stringify(meta) : ''}`);
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
  child(): LoggerService {
    return new CapturingLogger(this.lines);
  }
}
