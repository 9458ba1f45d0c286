import { Config } from '@backstage/config';
import { NotAllowedError, NotFoundError } from '@backstage/errors';

/**
 * Reads credentials from app-config keys under an allowed prefix. The prefix
 * rule stops an entity author from naming any other secret of the backend
 * (a GitHub token, the backend auth key) as a cluster credential.
 *
 * @public
 */
export class ConfigCredentialReader {
  readonly #config: Config;
  readonly #prefixes: string[];

  static create(options: {
    config: Config;
    allowedPrefixes: string[];
  }): ConfigCredentialReader {
    return new ConfigCredentialReader(options.config, options.allowedPrefixes);
  }

  private constructor(config: Config, prefixes: string[]) {
    this.#config = config;
    this.#prefixes = prefixes;
  }

  check(key: string): string | undefined {
    const allowed = this.#prefixes.some(
      prefix => key === prefix || key.startsWith(`${prefix}.`),
    );
    if (!allowed) {
      return `config key '${key}' is not under sovereignCloud.kubernetes.credentialConfigPrefixes (${this.#prefixes.join(
        ', ',
      )})`;
    }
    if (!this.#config.has(key)) {
      return `config key '${key}' is not set`;
    }
    return undefined;
  }

  /** Reads the value now, so rotated config (on reload) takes effect. */
  read(key: string): string {
    const problem = this.check(key);
    if (problem) {
      throw problem.endsWith('not set')
        ? new NotFoundError(problem)
        : new NotAllowedError(problem);
    }
    const value = this.#config.getOptionalString(key)?.trim();
    if (!value) {
      throw new NotFoundError(`config key '${key}' is not a non-empty string`);
    }
    return value;
  }
}
