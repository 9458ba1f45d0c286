const placeholder = '[REDACTED]';
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
}
