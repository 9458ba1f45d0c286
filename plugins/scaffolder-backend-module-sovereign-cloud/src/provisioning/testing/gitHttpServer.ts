import { spawn, execFile } from 'node:child_process';
import fs from 'node:fs/promises';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Where Debian-like systems install git's smart-HTTP CGI program. */
export const GIT_HTTP_BACKEND =
  process.env.GIT_HTTP_BACKEND ?? '/usr/lib/git-core/git-http-backend';

/** What the test server tells a hook about the request it is about to serve. */
export type GitHttpRequestInfo = {
  method: string;
  /** `git-upload-pack` (fetch) or `git-receive-pack` (push). */
  service: string;
  /** `true` for the ref advertisement, `false` for the pack exchange. */
  discovery: boolean;
};

export type GitHttpServer = {
  /** Clone URL of the bare repository, `http://127.0.0.1:<port>/<name>.git`. */
  url: string;
  /** Path of the bare repository on disk. */
  bareRepo: string;
  /** Authorization headers seen, in order (to check credentials were sent). */
  authorizations: (string | undefined)[];
  /** Runs git in a scratch clone of the bare repo: someone else's change. */
  pushFromElsewhere(
    files: Record<string, string>,
    message: string,
  ): Promise<string>;
  /** Head commit of a branch in the bare repository. */
  head(branch?: string): Promise<string>;
  /** Files of a branch's head commit, path → content. */
  tree(branch?: string): Promise<Record<string, string>>;
  /** Number of commits on a branch. */
  commitCount(branch?: string): Promise<number>;
  /** Author and committer of a branch's head, `Name <email>` each. */
  headAuthor(branch?: string): Promise<{ author: string; committer: string }>;
  close(): Promise<void>;
};

function parseCgiResponse(output: Buffer): {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
} {
  let end = output.indexOf('\r\n\r\n');
  let separator = 4;
  if (end < 0) {
    end = output.indexOf('\n\n');
    separator = 2;
  }
  const head = output.subarray(0, end).toString('utf8');
  const headers: Record<string, string> = {};
  let status = 200;
  for (const line of head.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const name = line.slice(0, colon).trim();
    const value = line.slice(colon + 1).trim();
    if (name.toLowerCase() === 'status') status = parseInt(value, 10);
    else headers[name] = value;
  }
  return { status, headers, body: output.subarray(end + separator) };
}

function git(cwd: string, ...args: string[]) {
  return run('git', args, {
    cwd,
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Someone Else',
      GIT_AUTHOR_EMAIL: 'someone@example.eu',
      GIT_COMMITTER_NAME: 'Someone Else',
      GIT_COMMITTER_EMAIL: 'someone@example.eu',
      GIT_CONFIG_NOSYSTEM: '1',
      HOME: cwd,
    },
  });
}

/**
 * A real git smart-HTTP server for tests: `git http-backend` (CGI) over a
 * bare repository in a temp dir, push enabled. With `token`, every request
 * needs `Authorization: Bearer <token>` or Basic with the token as password;
 * others get 401. `beforeRequest` runs before a request is served, e.g. to
 * move the remote branch between a clone and a push.
 */
export async function startGitHttpServer(
  options: {
    token?: string;
    branch?: string;
    /** Files of the first commit; without them the repository starts empty. */
    initialFiles?: Record<string, string>;
    beforeRequest?: (request: GitHttpRequestInfo) => Promise<void> | void;
  } = {},
): Promise<GitHttpServer> {
  const branch = options.branch ?? 'main';
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'gitops-server-'));
  const bareRepo = path.join(root, 'fleet.git');
  await git(root, 'init', '--bare', `--initial-branch=${branch}`, bareRepo);
  await git(bareRepo, 'config', 'http.receivepack', 'true');

  const scratch = path.join(root, 'scratch');
  async function pushFromElsewhere(
    files: Record<string, string>,
    message: string,
  ): Promise<string> {
    await fs.rm(scratch, { recursive: true, force: true });
    await git(root, 'clone', '--quiet', bareRepo, scratch);
    await git(scratch, 'checkout', '--quiet', '-B', branch);
    for (const [file, text] of Object.entries(files)) {
      await fs.mkdir(path.dirname(path.join(scratch, file)), {
        recursive: true,
      });
      await fs.writeFile(path.join(scratch, file), text);
    }
    await git(scratch, 'add', '--all');
    await git(scratch, 'commit', '--quiet', '-m', message);
    await git(scratch, 'push', '--quiet', 'origin', `HEAD:${branch}`);
    return (await git(scratch, 'rev-parse', 'HEAD')).stdout.trim();
  }
  if (options.initialFiles) {
    await pushFromElsewhere(options.initialFiles, 'Initial commit');
  }

  const authorizations: (string | undefined)[] = [];
  const authorized = (header: string | undefined) => {
    if (!options.token) return true;
    if (header === `Bearer ${options.token}`) return true;
    if (header?.startsWith('Basic ')) {
      const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8');
      return decoded.slice(decoded.indexOf(':') + 1) === options.token;
    }
    return false;
  };

  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      authorizations.push(req.headers.authorization);
      if (!authorized(req.headers.authorization)) {
        res.writeHead(401, {
          'WWW-Authenticate': 'Basic realm="fleet"',
          'Content-Type': 'text/plain',
        });
        res.end('Authentication required\n');
        return;
      }
      const discovery = url.pathname.endsWith('/info/refs');
      const service = discovery
        ? url.searchParams.get('service') ?? ''
        : path.posix.basename(url.pathname);
      await options.beforeRequest?.({
        method: req.method ?? 'GET',
        service,
        discovery,
      });

      const body: Buffer[] = [];
      for await (const chunk of req) body.push(chunk as Buffer);
      const input = Buffer.concat(body);
      const child = spawn(GIT_HTTP_BACKEND, [], {
        env: {
          PATH: process.env.PATH,
          GIT_PROJECT_ROOT: root,
          GIT_HTTP_EXPORT_ALL: '1',
          GIT_CONFIG_NOSYSTEM: '1',
          REQUEST_METHOD: req.method ?? 'GET',
          PATH_INFO: decodeURIComponent(url.pathname),
          QUERY_STRING: url.search.replace(/^\?/, ''),
          CONTENT_TYPE: req.headers['content-type'] ?? '',
          CONTENT_LENGTH: String(input.length),
          HTTP_CONTENT_ENCODING: req.headers['content-encoding'] ?? '',
          GIT_PROTOCOL: String(req.headers['git-protocol'] ?? ''),
          REMOTE_ADDR: '127.0.0.1',
          ...(options.token ? { REMOTE_USER: 'gitops' } : {}),
        },
      });
      const output: Buffer[] = [];
      child.stdout.on('data', chunk => output.push(chunk));
      child.stderr.resume();
      // git closes its input early when it refuses an update; its answer is still on stdout.
      child.stdin.on('error', () => {});
      child.stdin.end(input);
      await new Promise<void>((resolve, reject) => {
        child.on('error', reject);
        child.on('close', () => resolve());
      });
      const response = parseCgiResponse(Buffer.concat(output));
      res.writeHead(response.status, response.headers);
      res.end(response.body);
    } catch (error) {
      res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(String(error));
    }
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const head = async (ref = branch) =>
    (await git(bareRepo, 'rev-parse', `refs/heads/${ref}`)).stdout.trim();

  return {
    url: `http://127.0.0.1:${port}/fleet.git`,
    bareRepo,
    authorizations,
    pushFromElsewhere,
    head,
    async tree(ref = branch) {
      const { stdout } = await git(
        bareRepo,
        'ls-tree',
        '-r',
        '--name-only',
        `refs/heads/${ref}`,
      );
      const files: Record<string, string> = {};
      for (const file of stdout.split('\n').filter(Boolean)) {
        files[file] = (
          await git(bareRepo, 'show', `refs/heads/${ref}:${file}`)
        ).stdout;
      }
      return files;
    },
    async commitCount(ref = branch) {
      const { stdout } = await git(
        bareRepo,
        'rev-list',
        '--count',
        `refs/heads/${ref}`,
      );
      return parseInt(stdout.trim(), 10);
    },
    async headAuthor(ref = branch) {
      const { stdout } = await git(
        bareRepo,
        'log',
        '-1',
        '--format=%an <%ae>%n%cn <%ce>',
        `refs/heads/${ref}`,
      );
      const [author, committer] = stdout.trim().split('\n');
      return { author, committer };
    },
    async close() {
      await new Promise<void>(resolve => server.close(() => resolve()));
      await fs.rm(root, { recursive: true, force: true });
    },
  };
}
