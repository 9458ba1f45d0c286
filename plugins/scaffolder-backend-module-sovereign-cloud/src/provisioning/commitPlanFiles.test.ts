import { mockServices } from '@backstage/backend-test-utils';
import { InputError } from '@backstage/errors';
import {
  commitPlanFiles,
  GitOpsCommitError,
  redactCredentials,
} from './commitPlanFiles';
import { GitOpsRepositoryConfig } from './gitOpsRepositoryConfig';
import { GitHttpServer, startGitHttpServer } from './testing/gitHttpServer';

// Real clones and pushes over HTTP: slow on a loaded machine.
jest.setTimeout(60_000);

// A canary: it must never show up in an error, a log line or a result.
const TOKEN = 'canary-gitops-token-5f0c2a9e71';

const author = { name: 'Sovereign Cloud', email: 'scaffolder@example.eu' };

const planV1 = {
  'clusters/eu-prod/cluster.yaml':
    'kind: Cluster\nmetadata:\n  name: eu-prod\n',
  'clusters/eu-prod/addons.yaml': 'kind: Kustomization\n',
  'clusters/eu-prod/addons/cilium/objects.yaml': 'kind: HelmRelease\n',
  'clusters/eu-prod/catalog-info.yaml': 'kind: SovereignCluster\n',
};

function loggerWithLines() {
  const logger = mockServices.logger.mock();
  const lines = () =>
    JSON.stringify(
      (['info', 'warn', 'error', 'debug'] as const).flatMap(
        level => (logger[level] as jest.Mock).mock.calls,
      ),
    );
  return { logger, lines };
}

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the commit to fail');
}

describe('commitPlanFiles', () => {
  let server: GitHttpServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  const repositoryOf = (
    s: GitHttpServer,
    token: string = TOKEN,
  ): GitOpsRepositoryConfig => ({
    url: s.url,
    branch: 'main',
    credentials: { token },
    author,
  });

  it('commits the plan as the author, then does nothing when re-run with the same files', async () => {
    server = await startGitHttpServer({
      token: TOKEN,
      initialFiles: { 'README.md': '# fleet\n' },
    });
    const { logger, lines } = loggerWithLines();
    const first = await commitPlanFiles({
      repository: repositoryOf(server),
      directory: 'clusters/eu-prod',
      files: planV1,
      message: 'Provision cluster eu-prod',
      logger,
    });

    expect(first).toEqual({
      commit: await server.head(),
      changed: true,
      branch: 'main',
      files: Object.keys(planV1).sort(),
      removed: [],
      attempts: 1,
    });
    expect(await server.tree()).toEqual({
      'README.md': '# fleet\n',
      ...planV1,
    });
    expect(await server.commitCount()).toBe(2);
    expect(await server.headAuthor()).toEqual({
      author: 'Sovereign Cloud <scaffolder@example.eu>',
      committer: 'Sovereign Cloud <scaffolder@example.eu>',
    });
    // Credentials were sent, and the server checked them.
    expect(server.authorizations.every(a => a?.startsWith('Basic '))).toBe(
      true,
    );

    const second = await commitPlanFiles({
      repository: repositoryOf(server),
      directory: 'clusters/eu-prod',
      files: { ...planV1 },
      message: 'Provision cluster eu-prod',
      logger,
    });
    expect(second).toMatchObject({ commit: first.commit, changed: false });
    expect(await server.commitCount()).toBe(2);
    expect(lines()).not.toContain(TOKEN);
    expect(JSON.stringify([first, second])).not.toContain(TOKEN);
  });

  it('starts an empty repository', async () => {
    server = await startGitHttpServer({ token: TOKEN });
    const result = await commitPlanFiles({
      repository: repositoryOf(server),
      directory: 'clusters/eu-prod',
      files: planV1,
      message: 'Provision cluster eu-prod',
    });
    expect(result.changed).toBe(true);
    expect(await server.head()).toBe(result.commit);
    expect(await server.tree()).toEqual(planV1);
  });

  it('starts the branch when the repository does not have it yet', async () => {
    server = await startGitHttpServer({
      token: TOKEN,
      initialFiles: { 'README.md': '# fleet\n' },
    });
    const result = await commitPlanFiles({
      repository: { ...repositoryOf(server), branch: 'fleet/clusters' },
      directory: 'clusters/eu-prod',
      files: planV1,
      message: 'Provision cluster eu-prod',
    });
    expect(await server.head('fleet/clusters')).toBe(result.commit);
    expect(await server.tree('fleet/clusters')).toEqual(planV1);
    expect(await server.commitCount('main')).toBe(1);
  });

  it('removes files of the cluster directory that the changed plan no longer has, and leaves other clusters alone', async () => {
    server = await startGitHttpServer({
      token: TOKEN,
      initialFiles: {
        ...planV1,
        'clusters/other/cluster.yaml': 'kind: Cluster\n',
      },
    });
    const planV2 = {
      'clusters/eu-prod/cluster.yaml':
        'kind: Cluster\nmetadata:\n  name: eu-prod\n  labels: {}\n',
      'clusters/eu-prod/addons.yaml': 'kind: Kustomization\n',
      'clusters/eu-prod/addons/longhorn/objects.yaml': 'kind: HelmRelease\n',
      'clusters/eu-prod/catalog-info.yaml': 'kind: SovereignCluster\n',
    };
    const result = await commitPlanFiles({
      repository: repositoryOf(server),
      directory: 'clusters/eu-prod/',
      files: planV2,
      message: 'Update cluster eu-prod',
    });
    expect(result.changed).toBe(true);
    expect(result.removed).toEqual([
      'clusters/eu-prod/addons/cilium/objects.yaml',
    ]);
    expect(await server.tree()).toEqual({
      ...planV2,
      'clusters/other/cluster.yaml': 'kind: Cluster\n',
    });
  });

  it('retries from a fresh clone when the remote branch moves before the push', async () => {
    let moved = false;
    const s: GitHttpServer = await startGitHttpServer({
      token: TOKEN,
      initialFiles: { 'README.md': '# fleet\n' },
      async beforeRequest({ service, discovery }) {
        // Someone else pushes between our clone and our push, once.
        if (service === 'git-receive-pack' && discovery && !moved) {
          moved = true;
          await s.pushFromElsewhere(
            { 'clusters/other/cluster.yaml': 'kind: Cluster\n' },
            'Provision cluster other',
          );
        }
      },
    });
    server = s;
    const { logger, lines } = loggerWithLines();
    const result = await commitPlanFiles({
      repository: repositoryOf(s),
      directory: 'clusters/eu-prod',
      files: planV1,
      message: 'Provision cluster eu-prod',
      logger,
    });
    expect(moved).toBe(true);
    expect(result).toMatchObject({ changed: true, attempts: 2 });
    expect(await s.head()).toBe(result.commit);
    // Both changes survive: ours on top of theirs.
    expect(await s.tree()).toEqual({
      'README.md': '# fleet\n',
      'clusters/other/cluster.yaml': 'kind: Cluster\n',
      ...planV1,
    });
    expect(await s.commitCount()).toBe(3);
    expect(lines()).toContain('retrying from a fresh clone');
  });

  it('retries when the server refuses the ref update because the branch moved during the push', async () => {
    let moved = false;
    const s: GitHttpServer = await startGitHttpServer({
      token: TOKEN,
      initialFiles: { 'README.md': '# fleet\n' },
      async beforeRequest({ service, discovery }) {
        // After our ref discovery, before git receive-pack updates the ref.
        if (service === 'git-receive-pack' && !discovery && !moved) {
          moved = true;
          await s.pushFromElsewhere(
            { 'README.md': '# fleet, edited\n' },
            'Edit README',
          );
        }
      },
    });
    server = s;
    const result = await commitPlanFiles({
      repository: repositoryOf(s),
      directory: 'clusters/eu-prod',
      files: planV1,
      message: 'Provision cluster eu-prod',
    });
    expect(moved).toBe(true);
    expect(result).toMatchObject({ changed: true, attempts: 2 });
    expect(await s.tree()).toEqual({
      'README.md': '# fleet, edited\n',
      ...planV1,
    });
  });

  it('gives up after maxAttempts when the branch keeps moving', async () => {
    let pushes = 0;
    const s: GitHttpServer = await startGitHttpServer({
      token: TOKEN,
      initialFiles: { 'README.md': '# fleet\n' },
      async beforeRequest({ service, discovery }) {
        if (service === 'git-receive-pack' && discovery) {
          pushes++;
          await s.pushFromElsewhere(
            { 'README.md': `# fleet ${pushes}\n` },
            `Change ${pushes}`,
          );
        }
      },
    });
    server = s;
    const error = await rejection(
      commitPlanFiles({
        repository: repositoryOf(s),
        directory: 'clusters/eu-prod',
        files: planV1,
        message: 'Provision cluster eu-prod',
        maxAttempts: 2,
      }),
    );
    expect(error).toBeInstanceOf(GitOpsCommitError);
    expect(error.message).toContain('gave up after 2 attempts');
    expect(pushes).toBe(2);
  });

  it('fails clearly, without the token, when the token is wrong', async () => {
    server = await startGitHttpServer({ token: 'the-right-token-1234' });
    const { logger, lines } = loggerWithLines();
    const error = await rejection(
      commitPlanFiles({
        repository: repositoryOf(server, TOKEN),
        directory: 'clusters/eu-prod',
        files: planV1,
        message: 'Provision cluster eu-prod',
        logger,
      }),
    );
    expect(error).toBeInstanceOf(GitOpsCommitError);
    expect(error.message).toContain(
      'the repository refused the credentials (HTTP 401); check sovereignCloud.provisioning.gitops.token',
    );
    expect(error.message).toContain(server.url);
    const everything = JSON.stringify({
      message: error.message,
      stack: error.stack,
      own: Object.entries(error),
      cause: (error as any).cause,
      logs: lines(),
    });
    expect(everything).not.toContain(TOKEN);
    expect(everything).not.toContain(
      Buffer.from(`x-access-token:${TOKEN}`).toString('base64'),
    );
  });

  it('works with a username and password', async () => {
    server = await startGitHttpServer({ token: TOKEN });
    const result = await commitPlanFiles({
      repository: {
        ...repositoryOf(server),
        credentials: { username: 'fleet-bot', password: TOKEN },
      },
      directory: 'clusters/eu-prod',
      files: planV1,
      message: 'Provision cluster eu-prod',
    });
    expect(result.changed).toBe(true);
    expect(server.authorizations.at(-1)).toBe(
      `Basic ${Buffer.from(`fleet-bot:${TOKEN}`).toString('base64')}`,
    );
  });

  it('refuses files outside the cluster directory before touching the repository', async () => {
    server = await startGitHttpServer({ token: TOKEN });
    const error = await rejection(
      commitPlanFiles({
        repository: repositoryOf(server),
        directory: 'clusters/eu-prod',
        files: { 'clusters/eu-prod/../other/cluster.yaml': 'kind: Cluster\n' },
        message: 'Provision cluster eu-prod',
      }),
    );
    expect(error).toBeInstanceOf(InputError);
    expect(error.message).toContain(
      'files: "clusters/eu-prod/../other/cluster.yaml" is not a normalised path under clusters/eu-prod/',
    );
    expect(server.authorizations).toHaveLength(0);
    const outside = await rejection(
      commitPlanFiles({
        repository: repositoryOf(server),
        directory: '../fleet',
        files: {},
        message: 'x',
      }),
    );
    expect(outside.message).toContain('directory: "../fleet" must be');
  });
});

describe('redactCredentials', () => {
  it('removes the secrets and credentials in URLs', () => {
    expect(
      redactCredentials(
        `GET https://bot:${TOKEN}@git.example.eu/fleet.git failed; Authorization: Basic abc==; token=${TOKEN}`,
        [TOKEN, 'abc=='],
      ),
    ).toBe(
      'GET https://***@git.example.eu/fleet.git failed; Authorization: Basic ***; token=***',
    );
  });
});
