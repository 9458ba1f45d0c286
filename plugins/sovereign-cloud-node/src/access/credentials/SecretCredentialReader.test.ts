import { mockServices } from '@backstage/backend-test-utils';
import { DefaultKubernetesClientFactory } from '../../kubernetes/DefaultKubernetesClientFactory';
import { KubernetesTestServer } from '../../testServer/KubernetesTestServer';
import { SecretCredentialReader } from './SecretCredentialReader';

const token = 'workload-cluster-token-abcdef';
const b64 = (value: string) => Buffer.from(value, 'utf8').toString('base64');

describe('SecretCredentialReader', () => {
  let home: KubernetesTestServer;
  let now: number;

  beforeAll(async () => {
    home = await KubernetesTestServer.start({
      name: 'home',
      objects: [
        {
          apiVersion: 'v1',
          kind: 'Secret',
          metadata: { name: 'eu-a', namespace: 'sovereign-cloud' },
          data: { token: b64(`${token}\n`), other: b64('unrelated-value') },
        },
        {
          apiVersion: 'v1',
          kind: 'Secret',
          metadata: { name: 'eu-a', namespace: 'kube-system' },
          data: { token: b64('kube-system-token') },
        },
      ],
    });
  });

  afterAll(() => home.stop());

  function reader(options: { homeCluster?: string } = { homeCluster: 'home' }) {
    now = 1_000;
    const clients = DefaultKubernetesClientFactory.create({
      config: {
        requestTimeoutMs: 5_000,
        allowedApiServers: [],
        tokenSecretNamespaces: ['sovereign-cloud'],
        tokenCacheTtlMs: 60_000,
        homeCluster: 'home',
        clusters: [home.connection()],
      },
      logger: mockServices.logger.mock(),
    });
    return SecretCredentialReader.create({
      clients,
      homeCluster: options.homeCluster,
      allowedNamespaces: ['sovereign-cloud'],
      ttlMs: 60_000,
      now: () => now,
    });
  }

  const ref = { namespace: 'sovereign-cloud', name: 'eu-a', key: 'token' };

  it('reads and decodes a key of a Secret on the home cluster', async () => {
    await expect(reader().read(ref)).resolves.toBe(token);
  });

  it('refuses namespaces that are not listed, without a request', async () => {
    const r = reader();
    home.clearRequests();
    const kubeSystem = { ...ref, namespace: 'kube-system' };
    expect(r.check(kubeSystem)).toMatch(
      /namespace 'kube-system' may not be used/,
    );
    await expect(r.read(kubeSystem)).rejects.toThrow(/tokenSecretNamespaces/);
    expect(home.requests).toHaveLength(0);
  });

  it('needs a home cluster', () => {
    expect(reader({}).check(ref)).toMatch(/homeCluster is not set/);
  });

  it('caches values for the TTL, then reads again', async () => {
    const r = reader();
    await r.read(ref);
    home.clearRequests();
    await r.read(ref);
    expect(home.requests).toHaveLength(0);
    now += 60_001;
    await r.read(ref);
    expect(home.requests.map(q => q.path)).toEqual([
      '/api/v1/namespaces/sovereign-cloud/secrets/eu-a',
    ]);
  });

  it('does not cache failures and names no value in errors', async () => {
    const r = reader();
    const missingKey = { ...ref, key: 'absent' };
    const failure: Error = await r.read(missingKey).then(
      () => new Error('expected a failure'),
      e => e,
    );
    expect(failure).toBeInstanceOf(Error);
    expect(failure.message).toContain(
      "Secret sovereign-cloud/eu-a (key 'absent') on cluster 'home'",
    );
    expect(failure.message).not.toContain(token);
    expect(failure.message).not.toContain('unrelated-value');

    home.clearRequests();
    await r.read(missingKey).catch(() => undefined);
    expect(home.requests).toHaveLength(1);
  });
});
