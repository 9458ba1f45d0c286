import { mockServices } from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import {
  apiServerPolicyOf,
  ConfigCredentialReader,
  DefaultCredentialResolver,
  DefaultKubernetesClientFactory,
  SecretCredentialReader,
} from '@sovereign-cloud/plugin-sovereign-cloud-node';
import { sovereignCluster } from '../__testUtils__/entities';
import { SovereignClusterDetailsBuilder } from './SovereignClusterDetailsBuilder';

const token = 'sa-token-must-stay-on-server';
const pem =
  '-----BEGIN CERTIFICATE-----\nMIIBfake\n-----END CERTIFICATE-----\n';

function builder() {
  const config = new ConfigReader({
    sovereignCloud: {
      clusters: { 'eu-a': { serviceAccount: token, ca: pem } },
    },
    other: { ca: pem },
  });
  const clients = DefaultKubernetesClientFactory.create({
    config: {
      requestTimeoutMs: 5_000,
      allowedApiServers: ['*.k8s.example.eu:6443'],
      tokenSecretNamespaces: ['sovereign-cloud'],
      tokenCacheTtlMs: 60_000,
      clusters: [],
    },
    logger: mockServices.logger.mock(),
  });
  return SovereignClusterDetailsBuilder.create({
    apiServers: apiServerPolicyOf(clients),
    credentials: DefaultCredentialResolver.create({
      config: ConfigCredentialReader.create({
        config,
        allowedPrefixes: ['sovereignCloud.clusters'],
      }),
      secrets: SecretCredentialReader.create({
        clients,
        homeCluster: undefined,
        allowedNamespaces: ['sovereign-cloud'],
        ttlMs: 60_000,
      }),
    }),
  });
}

const serviceAccountAccess = {
  apiServer: 'https://api.eu-a.k8s.example.eu:6443',
  certificateAuthority: { configKey: 'sovereignCloud.clusters.eu-a.ca' },
  auth: {
    provider: 'serviceAccount',
    credential: { configKey: 'sovereignCloud.clusters.eu-a.serviceAccount' },
  },
  dashboardUrl: 'https://dashboard.eu-a.example.eu',
};

describe('SovereignClusterDetailsBuilder', () => {
  it('builds a serviceAccount cluster that carries a reference, not the token', async () => {
    const outcome = await builder().build(
      sovereignCluster('eu-a', serviceAccountAccess, { title: 'EU A' }),
    );
    expect(outcome).toEqual({
      type: 'cluster',
      cluster: {
        name: 'eu-a',
        title: 'EU A',
        url: 'https://api.eu-a.k8s.example.eu:6443',
        authMetadata: {
          'kubernetes.io/auth-provider': 'sovereignCloud',
          'sovereign-cloud.io/cluster-ref': 'sovereigncluster:default/eu-a',
          'sovereign-cloud.io/credential-ref':
            '{"configKey":"sovereignCloud.clusters.eu-a.serviceAccount"}',
        },
        caData: Buffer.from(pem.trim()).toString('base64'),
        dashboardUrl: 'https://dashboard.eu-a.example.eu',
      },
    });
    expect(JSON.stringify(outcome)).not.toContain(token);
  });

  it('passes oidc through with its token provider', async () => {
    const outcome = await builder().build(
      sovereignCluster('eu-b', {
        apiServer: 'https://api.eu-b.k8s.example.eu:6443',
        auth: { provider: 'oidc', oidcTokenProvider: 'microsoft' },
      }),
    );
    expect(outcome).toMatchObject({
      type: 'cluster',
      cluster: {
        authMetadata: {
          'kubernetes.io/auth-provider': 'oidc',
          'kubernetes.io/oidc-token-provider': 'microsoft',
          'sovereign-cloud.io/cluster-ref': 'sovereigncluster:default/eu-b',
        },
      },
    });
  });

  it('ignores clusters without access details', async () => {
    await expect(
      builder().build(sovereignCluster('no-access', undefined)),
    ).resolves.toEqual({
      type: 'ignored',
    });
  });

  it.each([
    [
      'an API server off the allowlist, naming the URL',
      { ...serviceAccountAccess, apiServer: 'https://10.0.0.1:6443' },
      /API server https:\/\/10\.0\.0\.1:6443 is not allowed/,
    ],
    [
      'serviceAccount without a credential',
      { ...serviceAccountAccess, auth: { provider: 'serviceAccount' } },
      /needs spec\.access\.auth\.credential/,
    ],
    [
      'a credential outside the allowed config prefixes',
      {
        ...serviceAccountAccess,
        auth: {
          provider: 'serviceAccount',
          credential: { configKey: 'backend.auth.keys' },
        },
      },
      /credential cannot be used: config key 'backend\.auth\.keys' is not under/,
    ],
    [
      'a CA from an unlisted Secret namespace',
      {
        ...serviceAccountAccess,
        certificateAuthority: {
          secretRef: { namespace: 'kube-system', name: 'ca', key: 'ca.crt' },
        },
      },
      /certificate authority cannot be used: Secrets in namespace 'kube-system'/,
    ],
    [
      'a CA from a config key outside the prefixes',
      {
        ...serviceAccountAccess,
        certificateAuthority: { configKey: 'other.ca' },
      },
      /certificate authority cannot be used/,
    ],
    [
      'oidc without a token provider',
      { ...serviceAccountAccess, auth: { provider: 'oidc' } },
      /oidc needs spec\.access\.auth\.oidcTokenProvider/,
    ],
    ['a malformed access block', { apiServer: 42 }, /apiServer is missing/],
  ])('skips %s', async (_, access, reason) => {
    const outcome = await builder().build(sovereignCluster('bad', access));
    expect(outcome.type).toBe('skipped');
    expect(outcome).toEqual({
      type: 'skipped',
      reason: expect.stringMatching(reason),
    });
    expect(JSON.stringify(outcome)).not.toContain(token);
  });

  it('skips entities of another apiVersion', async () => {
    const entity = {
      ...sovereignCluster('eu-a', serviceAccountAccess),
      apiVersion: 'sovereign-cloud.io/v2',
    };
    await expect(builder().build(entity)).resolves.toEqual({
      type: 'skipped',
      reason: 'apiVersion sovereign-cloud.io/v2 is not supported',
    });
  });
});
