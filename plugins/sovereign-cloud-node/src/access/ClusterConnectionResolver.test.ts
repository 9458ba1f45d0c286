import { ConfigReader } from '@backstage/config';
import { Entity } from '@backstage/catalog-model';
import { JsonObject } from '@backstage/types';
import { DefaultKubernetesClientFactory } from '../kubernetes/DefaultKubernetesClientFactory';
import { KubernetesTestServer } from '../testServer/KubernetesTestServer';
import { CapturingLogger } from '../testing/CapturingLogger';
import { ClusterConnectionResolver } from './ClusterConnectionResolver';

const token = 'sa-token-0123456789abcdef';
const pem =
  '-----BEGIN CERTIFICATE-----\nMIIBfake\n-----END CERTIFICATE-----\n';
const b64 = (value: string) => Buffer.from(value, 'utf8').toString('base64');

function cluster(
  spec: JsonObject,
  annotations?: Record<string, string>,
): Entity {
  return {
    apiVersion: 'sovereign-cloud.io/v1alpha1',
    kind: 'SovereignCluster',
    metadata: {
      name: 'eu-a',
      namespace: 'default',
      ...(annotations && { annotations }),
    },
    spec,
  };
}

describe('ClusterConnectionResolver', () => {
  let home: KubernetesTestServer;
  let resolver: ClusterConnectionResolver;

  beforeAll(async () => {
    home = await KubernetesTestServer.start({
      name: 'home',
      objects: [
        {
          apiVersion: 'v1',
          kind: 'Secret',
          metadata: { namespace: 'sovereign-cloud', name: 'eu-a-ca' },
          data: { 'ca.crt': b64(pem) },
        },
      ],
    });
    const config = new ConfigReader({
      sovereignCloud: {
        kubernetes: {
          homeCluster: 'home',
          tokenSecretNamespaces: ['sovereign-cloud'],
          clusters: [{ name: 'home', url: home.url, token: home.token }],
        },
        clusters: { 'eu-a': { token, empty: ' ' } },
        integrations: { other: 'not-a-cluster-credential' },
      },
    });
    const clients = DefaultKubernetesClientFactory.fromConfig(config, {
      logger: new CapturingLogger(),
    });
    resolver = ClusterConnectionResolver.fromConfig(config, { clients });
  });

  afterAll(() => home.stop());

  const access = (auth: JsonObject, extra: JsonObject = {}) => ({
    access: { apiServer: 'https://api.eu-a.example.eu:6443', auth, ...extra },
  });

  it('builds a connection with the config-held token and a Secret-held CA', async () => {
    const resolution = await resolver.resolve(
      cluster(
        access(
          {
            provider: 'serviceAccount',
            credential: { configKey: 'sovereignCloud.clusters.eu-a.token' },
          },
          {
            certificateAuthority: {
              secretRef: {
                namespace: 'sovereign-cloud',
                name: 'eu-a-ca',
                key: 'ca.crt',
              },
            },
          },
        ),
      ),
    );
    expect(resolution).toEqual({
      connection: {
        name: 'sovereigncluster:default/eu-a',
        url: 'https://api.eu-a.example.eu:6443',
        credentials: { type: 'token', token },
        caData: pem.trim(),
      },
    });
  });

  it('leaves Secret-held tokens to the client factory', async () => {
    const resolution = await resolver.resolve(
      cluster(
        access({
          provider: 'sovereignCloud',
          credential: {
            secretRef: {
              namespace: 'sovereign-cloud',
              name: 'eu-a-token',
              key: 'token',
            },
          },
        }),
      ),
    );
    expect(resolution).toMatchObject({
      connection: {
        credentials: {
          type: 'secretRef',
          secretRef: {
            namespace: 'sovereign-cloud',
            name: 'eu-a-token',
            key: 'token',
          },
        },
      },
    });
  });

  it('prefers a configured cluster named by annotation', async () => {
    expect(
      await resolver.resolve(
        cluster(access({ provider: 'oidc' }), {
          'sovereign-cloud.io/kubernetes-cluster': 'home',
        }),
      ),
    ).toEqual({ configuredCluster: 'home' });
  });

  it('says why a cluster has no source the backend can use', async () => {
    expect(await resolver.resolve(cluster({}))).toEqual({
      notConfigured:
        'no live source configured (spec.access is not set and there is no sovereign-cloud.io/kubernetes-cluster annotation)',
    });
    expect(
      await resolver.resolve(
        cluster(access({ provider: 'oidc', oidcTokenProvider: 'okta' })),
      ),
    ).toEqual({
      notConfigured: expect.stringContaining(
        "spec.access.auth.provider 'oidc' has no stored credential",
      ),
    });
  });

  it('refuses unusable references by name, never by value', async () => {
    const outcomes = await Promise.all([
      resolver.resolve(
        cluster({ access: { auth: { provider: 'serviceAccount' } } }),
      ),
      resolver.resolve(
        cluster(
          access({
            provider: 'serviceAccount',
            credential: { configKey: 'sovereignCloud.integrations.other' },
          }),
        ),
      ),
      resolver.resolve(
        cluster(
          access({
            provider: 'serviceAccount',
            credential: { configKey: 'sovereignCloud.clusters.eu-a.empty' },
          }),
        ),
      ),
      resolver.resolve(
        cluster(
          access(
            {
              provider: 'serviceAccount',
              credential: { configKey: 'sovereignCloud.clusters.eu-a.token' },
            },
            {
              certificateAuthority: {
                secretRef: {
                  namespace: 'kube-system',
                  name: 'ca',
                  key: 'ca.crt',
                },
              },
            },
          ),
        ),
      ),
      resolver.resolve(
        cluster(
          access(
            {
              provider: 'serviceAccount',
              credential: { configKey: 'sovereignCloud.clusters.eu-a.token' },
            },
            {
              certificateAuthority: {
                secretRef: {
                  namespace: 'sovereign-cloud',
                  name: 'missing',
                  key: 'ca.crt',
                },
              },
            },
          ),
        ),
      ),
    ]);
    expect(outcomes).toEqual([
      { unusable: 'spec.access.apiServer is missing' },
      {
        unusable: expect.stringContaining(
          "config key 'sovereignCloud.integrations.other' is not under",
        ),
      },
      {
        unusable: expect.stringContaining(
          "cannot read its credential from config key 'sovereignCloud.clusters.eu-a.empty'",
        ),
      },
      {
        unusable: expect.stringContaining(
          "Secrets in namespace 'kube-system' may not be used",
        ),
      },
      {
        unusable: expect.stringContaining(
          'cannot read its certificate authority from Secret sovereign-cloud/missing',
        ),
      },
    ]);
    expect(JSON.stringify(outcomes)).not.toContain(token);
    expect(JSON.stringify(outcomes)).not.toContain('not-a-cluster-credential');
  });
});
