import { LoggerService } from '@backstage/backend-plugin-api';

/**
 * Warns about a problem when it first appears or changes, not on every
 * refresh, so a broken entity does not flood the log every few minutes.
 * Problems not reported again in a round are forgotten (and warn anew if
 * they come back).
 */
export class ProblemLog {
  readonly #logger: LoggerService;
  #previous = new Map<string, string>();
  #current = new Map<string, string>();

  static create(logger: LoggerService): ProblemLog {
    return new ProblemLog(logger);
  }

  private constructor(logger: LoggerService) {
    this.#logger = logger;
  }

  report(subject: string, message: string): void {
    if (this.#current.get(subject) === message) {
      return;
    }
    this.#current.set(subject, message);
    if (this.#previous.get(subject) !== message) {
      this.#logger.warn(message);
    }
  }

  /** Ends a round: what was not reported in it counts as solved. */
  endRound(): void {
    this.#previous = this.#current;
    this.#current = new Map();
  }
}
