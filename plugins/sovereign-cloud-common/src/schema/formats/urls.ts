import { describeValue } from '../describeValue';
import { isSecretFieldName } from '../inlineSecrets';
import { conforms, text, textMatching } from '../text';

/*
 * URLs in entities are read by every catalog user, so besides their scheme
 * they must carry no credentials: neither user:password@ nor a token in the
 * query. The precise check is URL parsing; the JSON Schema gets a looser
 * pattern of the scheme.
 */

interface UrlRules {
  schemes: readonly string[];
  expected: string;
}

/** What is wrong with a URL of one of `schemes`, or undefined. */
function urlProblem(value: string, { schemes, expected }: UrlRules) {
  const scheme = schemes.find(s => value.startsWith(`${s}://`));
  let url: URL | undefined;
  try {
    url = scheme && !/\s/.test(value) ? new URL(value) : undefined;
  } catch {
    url = undefined;
  }
  if (!url || !url.hostname)
    return `must be ${expected}, got ${describeValue(value)}`;
  const authority = value.slice(scheme!.length + 3).split(/[/?#]/)[0];
  if (authority.includes('@')) {
    return 'must not contain credentials (user:password@); reference them instead';
  }
  for (const name of url.searchParams.keys()) {
    if (isSecretFieldName(name)) {
      return `must not carry a credential in its query string (parameter ${JSON.stringify(
        name,
      )})`;
    }
  }
  return undefined;
}

const schemePattern = (schemes: readonly string[]) =>
  new RegExp(`^(?:${schemes.join('|')})://\\S+$`);

function urlFormat(rules: UrlRules) {
  return textMatching(rules.expected, schemePattern(rules.schemes)).check(
    conforms(value => urlProblem(value, rules)),
  );
}

const HTTPS: UrlRules = { schemes: ['https'], expected: 'an https URL' };
const HTTP: UrlRules = {
  schemes: ['https', 'http'],
  expected: 'an http or https URL',
};
const SSH: UrlRules = { schemes: ['ssh'], expected: 'an ssh URL' };

/** `https://...` without credentials. */
export const httpsUrl = urlFormat(HTTPS);

/** `http://` or `https://`, without credentials (in-cluster endpoints are often plain http). */
export const httpUrl = urlFormat(HTTP);

/** A Git repository: https URL, ssh URL or `git@host:path`. */
const SCP_LIKE_GIT = /^[A-Za-z0-9._-]+@[A-Za-z0-9.-]+:[A-Za-z0-9._~/-]+$/;
const GIT_EXPECTED = 'a Git repository URL (https://, ssh:// or git@host:path)';
export const gitRepositoryUrl = textMatching(
  GIT_EXPECTED,
  /^(?:https:\/\/|ssh:\/\/|[A-Za-z0-9._-]+@)\S+$/,
).check(
  conforms(value => {
    if (value.startsWith('https://')) return urlProblem(value, HTTPS);
    if (value.startsWith('ssh://')) return urlProblem(value, SSH);
    if (SCP_LIKE_GIT.test(value)) return undefined;
    return `must be ${GIT_EXPECTED}, got ${describeValue(value)}`;
  }),
);

/** Any URL a browser can open, without credentials (entity links). */
export const linkUrl = text('a URL').check(
  conforms(value => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      return `must be a URL, got ${describeValue(value)}`;
    }
    if (url.username || url.password) {
      return 'must not contain credentials (user:password@); reference them instead';
    }
    return undefined;
  }),
);
