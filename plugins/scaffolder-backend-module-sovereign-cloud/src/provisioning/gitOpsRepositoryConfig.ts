import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';

/** The config key of the GitOps repository that gitops mode can commit to. */
export const GITOPS_CONFIG_KEY = 'sovereignCloud.provisioning.gitops';

/** Credentials for the GitOps repository; never logged or returned. */
export type GitOpsCredentials =
  | { token: string; username?: string }
  | { username: string; password: string };

/** The GitOps repository gitops mode commits plans to. */
export type GitOpsRepositoryConfig = {
  /** http(s) clone URL, without credentials. */
  url: string;
  /** Branch to commit to. Default `main`. */
  branch: string;
  credentials?: GitOpsCredentials;
  author: { name: string; email: string };
};

const BRANCH = /^(?!.*\.\.)(?!\/)(?!.*\/$)(?!.*\.lock$)[A-Za-z0-9._/-]+$/;

/**
 * Reads `sovereignCloud.provisioning.gitops`; `undefined` when it is not
 * configured. Errors name the key and the reason, never a secret value.
 */
export function readGitOpsRepositoryConfig(
  config: Config,
): GitOpsRepositoryConfig | undefined {
  const gitops = config.getOptionalConfig(GITOPS_CONFIG_KEY);
  if (!gitops) return undefined;
  const key = (field: string) => `${GITOPS_CONFIG_KEY}.${field}`;

  const rawUrl = gitops.getString('url');
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    throw new InputError(`${key('url')}: not a URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new InputError(
      `${key('url')}: must be an http(s) git URL, got ${url.protocol}`,
    );
  }
  if (url.username || url.password) {
    // The URL ends up in logs and errors; credentials have their own keys.
    throw new InputError(
      `${key('url')}: must not contain credentials; use ${key(
        'token',
      )} or ${key('username')}/${key('password')}`,
    );
  }

  const branch = gitops.getOptionalString('branch') ?? 'main';
  if (!BRANCH.test(branch)) {
    throw new InputError(`${key('branch')}: not a valid branch name`);
  }

  const token = gitops.getOptionalString('token');
  const username = gitops.getOptionalString('username');
  const password = gitops.getOptionalString('password');
  let credentials: GitOpsCredentials | undefined;
  if (token !== undefined && password !== undefined) {
    throw new InputError(
      `${key('token')}: give either a token or a password, not both`,
    );
  }
  if (token !== undefined) {
    if (!token) throw new InputError(`${key('token')}: is empty`);
    credentials = username ? { token, username } : { token };
  } else if (password !== undefined) {
    if (!username) {
      throw new InputError(`${key('username')}: is required with a password`);
    }
    credentials = { username, password };
  } else if (username !== undefined) {
    throw new InputError(
      `${key('password')}: is required with ${key('username')}`,
    );
  }

  const author = gitops.getConfig('author');
  const name = author.getString('name');
  const email = author.getString('email');
  if (!/^[^\s@<>]+@[^\s@<>]+$/.test(email)) {
    throw new InputError(`${key('author.email')}: not an e-mail address`);
  }

  return {
    url: url.toString(),
    branch,
    credentials,
    author: { name, email },
  };
}
