import { NotAllowedError } from '@backstage/errors';
import { randomBytes } from 'node:crypto';
import { KubernetesTestServer } from '../testServer/KubernetesTestServer';
import { DefaultKubernetesClientFactory } from './DefaultKubernetesClientFactory';
import {
  ApiServerNotAllowedError,
  ClusterCredentialsError,
} from './errors/KubernetesApiError';
import {
  caught,
  logLines,
  mgmtToken,
  tokenSecret,
  useTwoClusters,
  workloadToken,
} from './testTwoClusters';

describe('DefaultKubernetesClientFactory', () => {
  const clusters = useTwoClusters();
  let mgmt: KubernetesTestServer;
  let workload: KubernetesTestServer;
  let factory: DefaultKubernetesClientFactory;
  let makeFactory: typeof clusters.makeFactory;

  beforeEach(() => {
    ({ mgmt, workload, factory, makeFactory } = clusters);
  });

  describe('the API server allowlist', () => {
    let other: KubernetesTestServer;

    beforeEach(async () => {
      other = await KubernetesTestServer.start({ name: 'entity-cluster' });
    });

    afterEach(async () => {
      await other.stop();
    });

    it('refuses URLs from entities that match no rule, before any request', async () => {
      const error = await caught(() => factory.forCluster(other.connection()));
      expect(error).toBeInstanceOf(ApiServerNotAllowedError);
      expect(error).toBeInstanceOf(NotAllowedError);
      expect(error.message).toBe(
        `The API server URL ${other.url} of cluster 'entity-cluster' is not allowed: sovereignCloud.kubernetes.allowedApiServers has no rules`,
      );
      expect(other.requests).toHaveLength(0);
    });

    it('contacts URLs a rule allows and names the rule that almost matched otherwise', async () => {
      const port = new URL(other.url).port;
      const allowing = makeFactory({
        allowedApiServers: [`http://127.0.0.1:${port}`],
      });
      const namespaces = await allowing
        .forCluster(other.connection())
        .list('v1', 'Namespace');
      expect(namespaces.items.map(n => n.metadata.name)).toContain(
        'kube-system',
      );

      const error = await caught(() =>
        allowing.forCluster({
          ...other.connection(),
          url: 'http://127.0.0.1:1',
        }),
      );
      expect(error.message).toContain(
        `rule 'http://127.0.0.1:${port}' matches the host but allows only http://…:${port}, not http://…:1`,
      );
    });

    it('keeps local CA files, disabled TLS checks and arbitrary Secrets away from entity connections', async () => {
      const allowing = makeFactory({ allowedApiServers: [other.url] });
      expect(() =>
        allowing.forCluster(other.connection({ caFile: '/etc/passwd' })),
      ).toThrow(NotAllowedError);
      expect(() =>
        allowing.forCluster(other.connection({ skipTLSVerify: true })),
      ).toThrow('skipTLSVerify is only allowed');
      expect(() =>
        allowing.forCluster(
          other.connection({
            credentials: {
              type: 'secretRef',
              secretRef: {
                namespace: 'kube-system',
                name: 'admin',
                key: 'token',
              },
            },
          }),
        ),
      ).toThrow("token Secrets in namespace 'kube-system' are not allowed");
    });
  });

  it('warns when a configured cluster turns TLS verification off', () => {
    makeFactory({
      homeCluster: undefined,
      clusters: [
        {
          name: 'dev',
          url: 'https://dev.example.eu:6443',
          token: 'dev-token-123',
          skipTLSVerify: true,
        },
      ],
    });
    expect(logLines).toContain(
      "warn TLS verification is disabled for cluster 'dev'; use this for development only undefined",
    );
  });

  describe('tokens from Secrets', () => {
    it('reads the token from the Secret on the home cluster and sends it as bearer token', async () => {
      await factory.forConfiguredCluster('fra-1').list('v1', 'Namespace');
      expect(
        mgmt.requests.find(
          r =>
            r.path === '/api/v1/namespaces/sovereign-cloud/secrets/fra-1-token',
        )?.headers.authorization,
      ).toBe(`Bearer ${mgmtToken}`);
      expect(workload.requests.at(-1)?.headers.authorization).toBe(
        `Bearer ${workloadToken}`,
      );
    });

    it('serves entity connections that reference a Secret in an allowed namespace', async () => {
      const fromEntity = makeFactory({
        allowedApiServers: [
          workload.url.replace('127.0.0.1', '*.invalid'),
          workload.url,
        ],
      }).forCluster({
        name: 'fra-1-from-catalog',
        url: workload.url
          .replace('127.0.0.1', 'localhost')
          .replace('localhost', '127.0.0.1'),
        credentials: {
          type: 'secretRef',
          secretRef: {
            namespace: 'sovereign-cloud',
            name: 'fra-1-token',
            key: 'token',
          },
        },
      });
      await expect(fromEntity.list('v1', 'Namespace')).resolves.toBeDefined();
    });

    it('does not let a connection to a configured URL choose another Secret as its token', () => {
      const strict = makeFactory({ tokenSecretNamespaces: [] });
      const secretRef = (namespace: string, name: string) => ({
        type: 'secretRef' as const,
        secretRef: { namespace, name, key: 'token' },
      });
      expect(() =>
        strict.forCluster({
          name: 'fra-1',
          url: workload.url,
          credentials: secretRef('kube-system', 'cluster-admin'),
        }),
      ).toThrow("token Secrets in namespace 'kube-system' are not allowed");
      // The reference config itself declares stays allowed.
      expect(
        strict.forCluster({
          name: 'fra-1',
          url: workload.url,
          credentials: secretRef('sovereign-cloud', 'fra-1-token'),
        }),
      ).toBeDefined();
      expect(() =>
        strict.forCluster({
          name: 'fra-1',
          url: workload.url,
          credentials: secretRef('sovereign-cloud', 'other-token'),
        }),
      ).toThrow("token Secrets in namespace 'sovereign-cloud' are not allowed");
    });

    it('picks up a rotated token after the API server rejects the cached one', async () => {
      const client = factory.forConfiguredCluster('fra-1');
      await client.list('v1', 'Namespace');
      const rotated = `rotated-${randomBytes(12).toString('hex')}`;
      mgmt.load(tokenSecret(rotated));
      workload.acceptTokens(rotated);
      await client.list('v1', 'Namespace');
      expect(
        mgmt.requests.filter(r => r.path.endsWith('/secrets/fra-1-token')),
      ).toHaveLength(2);
      expect(workload.requests.at(-1)?.headers.authorization).toBe(
        `Bearer ${rotated}`,
      );
    });

    it('fails with ClusterCredentialsError when the Secret is missing', async () => {
      mgmt.remove({
        apiVersion: 'v1',
        kind: 'Secret',
        namespace: 'sovereign-cloud',
        name: 'fra-1-token',
      });
      const error = await caught(
        factory.forConfiguredCluster('fra-1').list('v1', 'Namespace'),
      );
      expect(error).toBeInstanceOf(ClusterCredentialsError);
      expect(error.message).toContain(
        "Cannot load the token of cluster 'fra-1' from Secret sovereign-cloud/fra-1-token (key 'token') on cluster 'mgmt'",
      );
      expect(
        workload.requests.filter(r => r.path === '/api/v1/namespaces'),
      ).toHaveLength(0);
    });
  });
});
