import { LoggerService } from '@backstage/backend-plugin-api';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  cloneBranch,
  clusterDirectoryOf,
  describeFailure,
  listFiles,
  redactCredentials,
  secretsOf,
} from './commitPlanFiles';
import { GitOpsRepositoryConfig } from './gitOpsRepositoryConfig';

/** Reading the GitOps repository failed; the message holds no credentials. */
export class GitOpsReadError extends Error {
  name = 'GitOpsReadError';
}

/**
 * The files of a cluster's `directory` on the configured branch, path
 * (relative to the repository root) → text, as `commitPlanFiles` would
 * replace them. An empty repository, a missing branch or a missing directory
 * gives no files. Credentials appear in no error or log.
 */
export async function readClusterFiles(options: {
  repository: GitOpsRepositoryConfig;
  directory: string;
  logger?: LoggerService;
}): Promise<Record<string, string>> {
  const { repository, logger } = options;
  const base = clusterDirectoryOf(options.directory);
  const redact = (text: string) =>
    redactCredentials(text, secretsOf(repository));
  const where = `${redact(repository.url)} (branch ${repository.branch})`;
  const dir = await fs.promises.mkdtemp(
    path.join(os.tmpdir(), 'sovereign-gitops-read-'),
  );
  try {
    const head = await cloneBranch(repository, dir);
    if (!head) {
      logger?.info(`GitOps repository ${where} has no branch yet`);
      return {};
    }
    const files: Record<string, string> = {};
    for (const file of (await listFiles(path.join(dir, base), dir)).sort()) {
      files[file] = await fs.promises.readFile(path.join(dir, file), 'utf8');
    }
    return files;
  } catch (error) {
    // isomorphic-git messages and error data can echo URLs and headers.
    throw new GitOpsReadError(
      redact(
        `Could not read ${base} from ${where}: ${describeFailure(
          error,
          repository,
        )}`,
      ),
    );
  } finally {
    await fs.promises.rm(dir, { recursive: true, force: true });
  }
}
