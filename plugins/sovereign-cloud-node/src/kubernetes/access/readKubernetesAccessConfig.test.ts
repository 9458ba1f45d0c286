import { ConfigReader } from '@backstage/config';
import { readKubernetesAccessConfig } from './readKubernetesAccessConfig';

function read(kubernetes: object) {
  return readKubernetesAccessConfig(
    new ConfigReader({ sovereignCloud: { kubernetes } }),
  );
}

describe('readKubernetesAccessConfig', () => {
  it('reads clusters with token, Secret reference and timeouts', () => {
    const config = read({
      requestTimeout: '5s',
      homeCluster: 'mgmt',
      allowedApiServers: ['https://*.k8s.example.eu'],
      tokenSecretNamespaces: ['sovereign-cloud'],
      clusters: [
        {
          name: 'mgmt',
          url: 'https://mgmt.example.eu:6443/',
          token: 'config-token',
          caData: 'Q0E=',
        },
        {
          name: 'fra-1',
          url: 'https://fra1.k8s.example.eu',
          tokenSecretRef: { namespace: 'sovereign-cloud', name: 'fra-1' },
          requestTimeout: { seconds: 30 },
        },
      ],
    });
    expect(config).toEqual({
      requestTimeoutMs: 5000,
      allowedApiServers: ['https://*.k8s.example.eu'],
      tokenSecretNamespaces: ['sovereign-cloud'],
      tokenCacheTtlMs: 300000,
      homeCluster: 'mgmt',
      clusters: [
        expect.objectContaining({
          name: 'mgmt',
          url: 'https://mgmt.example.eu:6443',
          caData: 'Q0E=',
          credentials: { type: 'token', token: 'config-token' },
        }),
        expect.objectContaining({
          name: 'fra-1',
          requestTimeoutMs: 30000,
          credentials: {
            type: 'secretRef',
            secretRef: {
              cluster: 'mgmt',
              namespace: 'sovereign-cloud',
              name: 'fra-1',
              key: 'token',
            },
          },
        }),
      ],
    });
  });

  it('has safe defaults without configuration', () => {
    expect(readKubernetesAccessConfig(new ConfigReader({}))).toMatchObject({
      requestTimeoutMs: 10000,
      allowedApiServers: [],
      tokenSecretNamespaces: [],
      clusters: [],
    });
  });

  it.each([
    [
      {
        clusters: [
          {
            name: 'a',
            url: 'https://a',
            token: 't',
            tokenSecretRef: { namespace: 'n', name: 'x' },
          },
        ],
      },
      'either token or tokenSecretRef',
    ],
    [
      {
        clusters: [
          { name: 'a', url: 'https://a' },
          { name: 'a', url: 'https://b' },
        ],
      },
      "the name 'a' is used twice",
    ],
    [{ clusters: [{ name: 'a', url: 'ftp://a' }] }, 'url must be http(s)'],
    [{ homeCluster: 'nope', clusters: [] }, "homeCluster 'nope' is not one of"],
    [
      {
        clusters: [
          {
            name: 'a',
            url: 'https://a',
            tokenSecretRef: { namespace: 'n', name: 'x' },
          },
        ],
      },
      'tokenSecretRef needs a cluster',
    ],
    [
      {
        clusters: [
          {
            name: 'a',
            url: 'https://a',
            tokenSecretRef: { cluster: 'b', namespace: 'n', name: 'x' },
          },
          {
            name: 'b',
            url: 'https://b',
            tokenSecretRef: { cluster: 'a', namespace: 'n', name: 'y' },
          },
        ],
      },
      'go round in a circle (a -> b -> a)',
    ],
  ])('rejects %j', (kubernetes, message) => {
    expect(() => read(kubernetes)).toThrow(message);
  });
});
