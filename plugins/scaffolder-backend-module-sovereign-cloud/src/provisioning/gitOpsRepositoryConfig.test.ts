import { ConfigReader } from '@backstage/config';
import { readGitOpsRepositoryConfig } from './gitOpsRepositoryConfig';

type JsonObject = NonNullable<ConstructorParameters<typeof ConfigReader>[0]>;

const TOKEN = 'canary-config-token-8d1e';

function read(gitops: JsonObject | undefined) {
  return readGitOpsRepositoryConfig(
    new ConfigReader(
      gitops ? { sovereignCloud: { provisioning: { gitops } } } : {},
    ),
  );
}

function errorOf(gitops: JsonObject): string {
  try {
    read(gitops);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the config to be refused');
}

const author = { name: 'Sovereign Cloud', email: 'scaffolder@example.eu' };

describe('readGitOpsRepositoryConfig', () => {
  it('is undefined when no GitOps repository is configured', () => {
    expect(read(undefined)).toBeUndefined();
  });

  it('reads a repository with a token and defaults the branch to main', () => {
    expect(
      read({
        url: 'https://git.example.eu/platform/fleet.git',
        token: TOKEN,
        author,
      }),
    ).toEqual({
      url: 'https://git.example.eu/platform/fleet.git',
      branch: 'main',
      credentials: { token: TOKEN },
      author,
    });
  });

  it('reads username and password, and a branch', () => {
    expect(
      read({
        url: 'http://gitea.internal:3000/fleet.git',
        branch: 'clusters/prod',
        username: 'fleet-bot',
        password: TOKEN,
        author,
      }),
    ).toMatchObject({
      branch: 'clusters/prod',
      credentials: { username: 'fleet-bot', password: TOKEN },
    });
  });

  it.each([
    [{ author }, "'sovereignCloud.provisioning.gitops.url'"],
    [
      { url: 'git@git.example.eu:fleet.git', author },
      'sovereignCloud.provisioning.gitops.url: not a URL',
    ],
    [
      { url: 'ssh://git.example.eu/fleet.git', author },
      'sovereignCloud.provisioning.gitops.url: must be an http(s) git URL, got ssh:',
    ],
    [
      { url: `https://bot:${TOKEN}@git.example.eu/fleet.git`, author },
      'sovereignCloud.provisioning.gitops.url: must not contain credentials',
    ],
    [
      { url: 'https://git.example.eu/fleet.git', branch: 'a..b', author },
      'sovereignCloud.provisioning.gitops.branch: not a valid branch name',
    ],
    [
      {
        url: 'https://git.example.eu/fleet.git',
        token: TOKEN,
        password: TOKEN,
        author,
      },
      'sovereignCloud.provisioning.gitops.token: give either a token or a password, not both',
    ],
    [
      { url: 'https://git.example.eu/fleet.git', password: TOKEN, author },
      'sovereignCloud.provisioning.gitops.username: is required with a password',
    ],
    [
      { url: 'https://git.example.eu/fleet.git', username: 'bot', author },
      'sovereignCloud.provisioning.gitops.password: is required with sovereignCloud.provisioning.gitops.username',
    ],
    [
      { url: 'https://git.example.eu/fleet.git', token: TOKEN },
      "'sovereignCloud.provisioning.gitops.author'",
    ],
    [
      {
        url: 'https://git.example.eu/fleet.git',
        author: { name: 'x', email: 'not-an-address' },
      },
      'sovereignCloud.provisioning.gitops.author.email: not an e-mail address',
    ],
    [
      { url: 'https://git.example.eu/fleet.git', author: { email: 'a@b.eu' } },
      "'sovereignCloud.provisioning.gitops.author.name'",
    ],
  ])('refuses %j naming the key', (gitops, expected) => {
    const message = errorOf(gitops);
    expect(message).toContain(expected);
    expect(message).not.toContain(TOKEN);
  });
});
