const hostPattern =
  /^(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:\d{1,5})?$/;

/**
 * A registry host, exact (`harbor.example.eu`, `harbor.example.eu:5000`) or
 * a wildcard (`*.example.eu`: every subdomain on any port, not the domain itself).
 */
export class HostPattern {
  readonly #suffix?: string;
  readonly #exact?: string;

  static isValid(pattern: string): boolean {
    return hostPattern.test(pattern.toLowerCase());
  }

  static of(pattern: string): HostPattern {
    return new HostPattern(pattern.toLowerCase());
  }

  private constructor(pattern: string) {
    if (pattern.startsWith('*.')) this.#suffix = pattern.slice(1);
    else this.#exact = pattern;
  }

  matches(host: string): boolean {
    const value = host.toLowerCase();
    // A wildcard matches the domain's hosts on any port.
    return this.#suffix !== undefined
      ? value.replace(/:\d+$/, '').endsWith(this.#suffix)
      : value === this.#exact;
  }
}
