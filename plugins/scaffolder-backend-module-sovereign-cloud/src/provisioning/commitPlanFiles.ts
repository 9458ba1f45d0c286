import { LoggerService } from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import git, { Errors } from 'isomorphic-git';
import http from 'isomorphic-git/http/node';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GitOpsRepositoryConfig } from './gitOpsRepositoryConfig';

/** What committing a plan to the GitOps repository did. */
export type CommitPlanFilesResult = {
  /** The branch head after the call: the new commit, or the unchanged head. */
  commit: string;
  /** `false` when the repository already had exactly these files. */
  changed: boolean;
  branch: string;
  /** Files of the plan, relative to the repository root. */
  files: string[];
  /** Files of the cluster's directory that the plan no longer has. */
  removed: string[];
  /** Clone-commit-push rounds it took (more than 1 when the remote moved). */
  attempts: number;
};

/** Committing to the GitOps repository failed; the message holds no credentials. */
export class GitOpsCommitError extends Error {
  name = 'GitOpsCommitError';
}

const DEFAULT_MAX_ATTEMPTS = 4;

/** The secret forms that must never appear in an error: raw, URL-encoded, in a Basic header. */
export function secretsOf(repository: GitOpsRepositoryConfig): string[] {
  const c = repository.credentials;
  if (!c) return [];
  const secret = 'token' in c ? c.token : c.password;
  const username = c.username ?? 'x-access-token';
  return [
    secret,
    encodeURIComponent(secret),
    Buffer.from(`${username}:${secret}`).toString('base64'),
  ].filter(s => s.length > 0);
}

/** Removes credentials from text that may echo URLs, headers or server replies. */
export function redactCredentials(text: string, secrets: string[]): string {
  let result = text.replace(/\/\/[^/@\s]*:[^/@\s]*@/g, '//***@');
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    result = result.split(secret).join('***');
  }
  return result;
}

/** Authorization headers for the repository's credentials, if any. */
export function authHeaders(
  repository: GitOpsRepositoryConfig,
): Record<string, string> {
  const c = repository.credentials;
  if (!c) return {};
  // Basic with the token as password is what GitHub, GitLab, Gitea and
  // Bitbucket all accept; sent up front since some hosts answer 404, not 401.
  const username = c.username ?? 'x-access-token';
  const secret = 'token' in c ? c.token : c.password;
  return {
    Authorization: `Basic ${Buffer.from(`${username}:${secret}`).toString(
      'base64',
    )}`,
  };
}

/** `directory`, normalised, checked to be a relative path inside the repository. */
export function clusterDirectoryOf(directory: string): string {
  const base = path.posix.normalize(directory).replace(/\/+$/, '');
  if (
    !base ||
    base === '.' ||
    path.posix.isAbsolute(base) ||
    base.split('/').some(s => s === '..' || s === '.git')
  ) {
    throw new InputError(
      `directory: "${directory}" must be a relative path inside the repository`,
    );
  }
  return base;
}

/** The plan's paths, checked to lie inside `directory`. */
function planPaths(directory: string, files: Record<string, string>) {
  const base = clusterDirectoryOf(directory);
  const paths = Object.keys(files).map(file => {
    const normal = path.posix.normalize(file);
    if (normal !== file || !normal.startsWith(`${base}/`)) {
      throw new InputError(
        `files: "${file}" is not a normalised path under ${base}/`,
      );
    }
    return normal;
  });
  return { base, paths: paths.sort() };
}

/** Files under `dir`, relative to `root` with `/`; none when `dir` does not exist. */
export async function listFiles(dir: string, root: string): Promise<string[]> {
  let entries: fs.Dirent[];
  try {
    entries = await fs.promises.readdir(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const files: string[] = [];
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await listFiles(full, root)));
    else files.push(path.relative(root, full).split(path.sep).join('/'));
  }
  return files;
}

function isRemoteMoved(error: unknown): boolean {
  if (error instanceof Errors.PushRejectedError) return true;
  // The server refused the ref update: someone pushed between our ref
  // discovery and the pack upload.
  return (
    error instanceof Errors.GitPushError &&
    /fetch first|non-fast-forward|failed to update|cannot lock|failed to lock/i.test(
      error.message,
    )
  );
}

/** What went wrong talking to the repository, without credentials or raw replies. */
export function describeFailure(
  error: unknown,
  repository: GitOpsRepositoryConfig,
) {
  if (error instanceof Errors.HttpError) {
    const status = (error.data as { statusCode?: number }).statusCode;
    if (status === 401 || status === 403) {
      return `the repository refused the credentials (HTTP ${status}); check ${
        repository.credentials
          ? 'sovereignCloud.provisioning.gitops.token (or username/password)'
          : 'that sovereignCloud.provisioning.gitops has credentials'
      }`;
    }
    return `HTTP ${status ?? 'error'} from the repository`;
  }
  return error instanceof Error ? error.message : String(error);
}

/**
 * Shallow-clones the configured branch into the empty directory `dir` and
 * returns its head; `undefined` (and `dir` left empty) when the repository is
 * empty or has no such branch yet. Errors may hold credentials: redact them.
 */
export async function cloneBranch(
  repository: GitOpsRepositoryConfig,
  dir: string,
): Promise<string | undefined> {
  try {
    await git.clone({
      fs,
      http,
      dir,
      url: repository.url,
      ref: repository.branch,
      singleBranch: true,
      depth: 1,
      headers: authHeaders(repository),
    });
    return await git.resolveRef({ fs, dir, ref: 'HEAD' });
  } catch (error) {
    if (!(error instanceof Errors.NotFoundError)) throw error;
    await fs.promises.rm(dir, { recursive: true, force: true });
    await fs.promises.mkdir(dir);
    return undefined;
  }
}

/**
 * Commits a plan's files to the GitOps repository: a shallow clone of the
 * branch, the cluster's `directory` replaced by exactly `files` (files the
 * plan no longer has are removed), one commit as the configured author, a
 * push. Nothing to commit leaves the branch as it is (`changed: false`). When
 * the remote branch moves before the push, it starts over from a fresh clone,
 * at most `maxAttempts` times. Credentials appear in no error, log or result.
 */
export async function commitPlanFiles(options: {
  repository: GitOpsRepositoryConfig;
  /** The cluster's directory, e.g. `clusters/<name>`; every file lies under it. */
  directory: string;
  /** Path relative to the repository root → YAML text. */
  files: Record<string, string>;
  message: string;
  logger?: LoggerService;
  /** Clone-commit-push rounds before giving up. Default 4. */
  maxAttempts?: number;
  /** Only clone and say what would change (`removed`, `changed`); commit and push nothing. */
  dryRun?: boolean;
}): Promise<CommitPlanFilesResult> {
  const { repository, files, message, logger } = options;
  const { base, paths } = planPaths(options.directory, files);
  if (!message.trim()) throw new InputError('message: must not be empty');
  const maxAttempts = options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const secrets = secretsOf(repository);
  const redact = (text: string) => redactCredentials(text, secrets);
  const headers = authHeaders(repository);
  const { url, branch } = repository;
  const where = `${redact(url)} (branch ${branch})`;

  for (let attempt = 1; ; attempt++) {
    const dir = await fs.promises.mkdtemp(
      path.join(os.tmpdir(), 'sovereign-gitops-'),
    );
    try {
      const head = await cloneBranch(repository, dir);
      if (!head) {
        // An empty repository, or one without the branch yet: start it.
        await git.init({ fs, dir, defaultBranch: branch });
        await git.addRemote({ fs, dir, remote: 'origin', url });
      }

      const existing = await listFiles(path.join(dir, base), dir);
      const wanted = new Set(paths);
      const removed = existing.filter(file => !wanted.has(file)).sort();
      for (const file of removed) {
        await fs.promises.rm(path.join(dir, file));
        await git.remove({ fs, dir, filepath: file });
      }
      for (const file of paths) {
        const target = path.join(dir, file);
        await fs.promises.mkdir(path.dirname(target), { recursive: true });
        await fs.promises.writeFile(target, files[file], 'utf8');
        await git.add({ fs, dir, filepath: file });
      }

      const status = await git.statusMatrix({ fs, dir, filepaths: [base] });
      const changed = status.some(
        ([, headStatus, workdir, stage]) =>
          headStatus !== 1 || workdir !== 1 || stage !== 1,
      );
      if (options.dryRun) {
        return {
          commit: head ?? '',
          changed,
          branch,
          files: paths,
          removed,
          attempts: attempt,
        };
      }
      if (!changed && head) {
        logger?.info(
          `GitOps repository ${where} already has the ${paths.length} files of ${base}; nothing to commit`,
        );
        return {
          commit: head,
          changed: false,
          branch,
          files: paths,
          removed: [],
          attempts: attempt,
        };
      }

      const { author } = repository;
      const commit = await git.commit({
        fs,
        dir,
        message,
        author,
        committer: author,
      });
      try {
        await git.push({
          fs,
          http,
          dir,
          remote: 'origin',
          ref: branch,
          remoteRef: branch,
          headers,
        });
      } catch (error) {
        if (isRemoteMoved(error) && attempt < maxAttempts) {
          logger?.warn(
            `GitOps repository ${where} moved while committing ${base} (attempt ${attempt}/${maxAttempts}); retrying from a fresh clone`,
          );
          continue;
        }
        if (isRemoteMoved(error)) {
          throw new GitOpsCommitError(
            `Could not push ${base} to ${where}: the branch kept moving, gave up after ${attempt} attempts`,
          );
        }
        throw error;
      }
      logger?.info(
        `Committed ${
          paths.length
        } files of ${base} to ${where} as ${commit.slice(0, 12)}${
          removed.length ? `, removed ${removed.length} stale files` : ''
        }`,
      );
      return {
        commit,
        changed: true,
        branch,
        files: paths,
        removed,
        attempts: attempt,
      };
    } catch (error) {
      if (error instanceof GitOpsCommitError || error instanceof InputError) {
        throw error;
      }
      // isomorphic-git messages and error data can echo URLs and headers.
      throw new GitOpsCommitError(
        redact(
          `Could not commit ${base} to ${where}: ${describeFailure(
            error,
            repository,
          )}`,
        ),
      );
    } finally {
      await fs.promises.rm(dir, { recursive: true, force: true });
    }
  }
}
