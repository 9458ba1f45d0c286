import {
  LoggerService,
  RootLoggerService,
} from '@backstage/backend-plugin-api';

export interface LogLine {
  level: 'error' | 'warn' | 'info' | 'debug';
  message: string;
  meta?: unknown;
}

/** A logger that keeps every line (children included) for assertions. */
export class CapturingLogger implements RootLoggerService {
  readonly lines: LogLine[];

  static create(): CapturingLogger {
    return new CapturingLogger([]);
  }

  private constructor(lines: LogLine[]) {
    this.lines = lines;
  }

  error(message: string, meta?: Error | object): void {
    this.lines.push({ level: 'error', message, meta });
  }
  warn(message: string, meta?: Error | object): void {
    this.lines.push({ level: 'warn', message, meta });
  }
  info(message: string, meta?: Error | object): void {
    this.lines.push({ level: 'info', message, meta });
  }
  debug(message: string, meta?: Error | object): void {
    this.lines.push({ level: 'debug', message, meta });
  }
  child(): LoggerService {
    return new CapturingLogger(this.lines);
  }

  messages(level: LogLine['level']): string[] {
    return this.lines.filter(l => l.level === level).map(l => l.message);
  }

  /** Everything logged, messages and metadata, as one string to search. */
  text(): string {
    return this.lines
      .map(l => {
        const meta =
          l.meta instanceof Error
            ? `${l.meta.message} ${l.meta.stack}`
            : JSON.stringify(l.meta ?? {});
        return `${l.level} ${l.message} ${meta}`;
      })
      .join('\n');
  }
}
