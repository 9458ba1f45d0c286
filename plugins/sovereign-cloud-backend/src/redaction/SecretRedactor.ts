import { Config } from '@backstage/config';

const PLACEHOLDER = '[REDACTED]';
// Shorter values occur by accident too often to be worth replacing.
const MINIMUM_LENGTH = 6;
// Config keys whose values are credentials (`@visibility secret` in the suite's schemas and Backstage's).
const SECRET_KEY =
  /^(token|password|secret|clientSecret|privateKey|apiKey|accessToken|bearerToken|secretAccessKey)$/i;

/**
 * Replaces credential values from config in text that leaves the plugin:
 * collector reasons, error messages, log lines. Each value is also matched in
 * base64, the way Secrets and kubeconfigs carry it. Collectors should never
 * put a credential in a reason; this is the second line of defence.
 */
export class SecretRedactor {
  readonly #secrets: string[];

  static fromConfig(config: Config): SecretRedactor {
    const found = new Set<string>();
    collectSecrets(config.get(), undefined, found);
    return new SecretRedactor([...found]);
  }

  static of(secrets: string[]): SecretRedactor {
    return new SecretRedactor(secrets);
  }

  private constructor(values: string[]) {
    const all = new Set<string>();
    for (const raw of values) {
      const value = raw.trim();
      if (value.length < MINIMUM_LENGTH) continue;
      all.add(value);
      all.add(Buffer.from(value, 'utf8').toString('base64'));
    }
    // Longest first, so a secret containing another is replaced whole.
    this.#secrets = [...all].sort((a, b) => b.length - a.length);
  }

  redact(text: string): string {
    let result = text;
    for (const secret of this.#secrets) {
      if (result.includes(secret))
        result = result.split(secret).join(PLACEHOLDER);
    }
    return result;
  }

  /** Redacts every string inside a JSON-like value; returns a copy. */
  redactDeep<T>(value: T): T {
    if (this.#secrets.length === 0) return value;
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
  out: Set<string>,
): void {
  if (typeof value === 'string') {
    if (key !== undefined && SECRET_KEY.test(key)) out.add(value);
    return;
  }
  if (Array.isArray(value)) {
    for (const item of value) collectSecrets(item, key, out);
    return;
  }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      collectSecrets(v, k, out);
    }
  }
}
