import { Config } from '@backstage/config';

const placeholder = '[REDACTED]';
// Config keys whose values are credentials (`@visibility secret` in the suite's schemas and Backstage's).
const secretConfigKey =
  /^(token|password|secret|clientSecret|privateKey|apiKey|accessToken|bearerToken|secretAccessKey)$/i;
// Shorter values are too likely to occur by accident to be worth replacing.
const minimumLength = 6;

/**
 * Replaces known secret values (tokens, CA data, Secret contents) in text that leaves the
 * access layer: error messages and log lines. Each secret is also recognised in its
 * base64 form, the way Secrets and kubeconfigs carry it.
 */
export class SecretRedactor {
  readonly #secrets = new Set<string>();

  static create(): SecretRedactor {
    return new SecretRedactor();
  }

  /** A redactor for every credential in config (values of secret-named keys). */
  static fromConfig(config: Config): SecretRedactor {
    const redactor = new SecretRedactor();
    collectSecrets(config.get(), undefined, secret => redactor.add(secret));
    return redactor;
  }

  private constructor() {}

  add(secret: string | undefined): void {
    const value = secret?.trim();
    if (!value || value.length < minimumLength) {
      return;
    }
    this.#secrets.add(value);
    this.#secrets.add(Buffer.from(value, 'utf8').toString('base64'));
    // A base64 secret (CA data) may also show up decoded.
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    if (
      /^[\x20-\x7e\r\n\t]+$/.test(decoded) &&
      decoded.trim().length >= minimumLength
    ) {
      this.#secrets.add(decoded.trim());
    }
  }

  redact(text: string): string {
    let result = text;
    // Longest first, so a secret that contains another is replaced whole.
    for (const secret of [...this.#secrets].sort(
      (a, b) => b.length - a.length,
    )) {
      result = result.split(secret).join(placeholder);
    }
    return result;
  }

  /** Redacts every string inside a JSON-like value; returns a copy. */
  redactDeep<T>(value: T): T {
    if (this.#secrets.size === 0) return value;
    return walk(value, s => this.redact(s)) as T;
  }
}

function walk(value: unknown, fn: (s: string) => string): unknown {
  if (typeof value === 'string') return fn(value);
  if (Array.isArray(value)) return value.map(v => walk(v, fn));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [
        k,
        walk(v, fn),
      ]),
    );
  }
  return value;
}

function collectSecrets(
  value: unknown,
  key: string | undefined,
  add: (secret: string) => void,
): void {
  if (typeof value === 'string') {
    if (key !== undefined && secretConfigKey.test(key)) add(value);
  } else if (Array.isArray(value)) {
    for (const item of value) collectSecrets(item, key, add);
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      collectSecrets(v, k, add);
    }
  }
}
