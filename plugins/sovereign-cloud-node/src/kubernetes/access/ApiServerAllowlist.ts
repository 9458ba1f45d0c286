import { InputError } from '@backstage/errors';

interface Rule {
  text: string;
  protocol: 'http:' | 'https:';
  /** Exact host, or the suffix after `*.` for a wildcard rule. */
  host: string;
  wildcard: boolean;
  port: string;
}

/** The outcome of checking one URL. */
export type AllowlistDecision =
  | { allowed: true; rule: string }
  | { allowed: false; reason: string };

const defaultPorts: Record<string, string> = { 'http:': '80', 'https:': '443' };

function parseRule(text: string): Rule {
  const trimmed = text.trim();
  const withScheme = /^[a-z]+:\/\//i.test(trimmed)
    ? trimmed
    : `https://${trimmed}`;
  const wildcard = /^[a-z]+:\/\/\*\./i.test(withScheme);
  let url: URL;
  try {
    // URL cannot parse `*`: parse with a placeholder label instead.
    url = new URL(withScheme.replace('://*.', '://wildcard.'));
  } catch {
    throw new InputError(
      `Invalid rule '${text}' in sovereignCloud.kubernetes.allowedApiServers`,
    );
  }
  if (
    (url.protocol !== 'https:' && url.protocol !== 'http:') ||
    url.username ||
    url.password ||
    (url.pathname !== '/' && url.pathname !== '') ||
    url.search ||
    url.hash
  ) {
    throw new InputError(
      `Invalid rule '${text}' in sovereignCloud.kubernetes.allowedApiServers: expected [http(s)://]host[:port] or [http(s)://]*.domain[:port]`,
    );
  }
  return {
    text,
    protocol: url.protocol,
    host: wildcard ? url.hostname.slice('wildcard.'.length) : url.hostname,
    wildcard,
    port: url.port || defaultPorts[url.protocol],
  };
}

function hostMatches(rule: Rule, host: string): boolean {
  return rule.wildcard ? host.endsWith(`.${rule.host}`) : host === rule.host;
}

/**
 * The API servers the portal may contact when a URL comes from somewhere other than
 * config (an entity, a discovered cluster). Rules are `[scheme://]host[:port]`; the scheme
 * defaults to https and the port to the scheme's; `*.example.eu` matches any subdomain
 * of example.eu at any depth, not example.eu itself. Scheme, host and port must all match.
 */
export class ApiServerAllowlist {
  readonly #rules: Rule[];

  static fromRules(rules: string[]): ApiServerAllowlist {
    return new ApiServerAllowlist(rules.map(parseRule));
  }

  private constructor(rules: Rule[]) {
    this.#rules = rules;
  }

  get rules(): string[] {
    return this.#rules.map(r => r.text);
  }

  check(rawUrl: string): AllowlistDecision {
    let url: URL;
    try {
      url = new URL(rawUrl);
    } catch {
      return { allowed: false, reason: 'it is not a valid URL' };
    }
    if (url.username || url.password) {
      return { allowed: false, reason: 'it contains user information' };
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
      return {
        allowed: false,
        reason: `the scheme ${url.protocol} is not http or https`,
      };
    }
    const port = url.port || defaultPorts[url.protocol];
    const match = this.#rules.find(
      r =>
        r.protocol === url.protocol &&
        r.port === port &&
        hostMatches(r, url.hostname),
    );
    if (match) {
      return { allowed: true, rule: match.text };
    }
    if (this.#rules.length === 0) {
      return {
        allowed: false,
        reason: 'sovereignCloud.kubernetes.allowedApiServers has no rules',
      };
    }
    // Name the rule that came closest, so the fix is obvious.
    const sameHost = this.#rules.find(r => hostMatches(r, url.hostname));
    if (sameHost) {
      const wanted = `${sameHost.protocol}//…:${sameHost.port}`;
      return {
        allowed: false,
        reason: `rule '${sameHost.text}' matches the host but allows only ${wanted}, not ${url.protocol}//…:${port}`,
      };
    }
    return {
      allowed: false,
      reason: `it matches none of the rules in sovereignCloud.kubernetes.allowedApiServers (${this.rules.join(
        ', ',
      )})`,
    };
  }
}
