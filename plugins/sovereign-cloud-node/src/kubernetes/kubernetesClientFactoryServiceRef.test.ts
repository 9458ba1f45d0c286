import { createBackendPlugin } from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { KubernetesTestServer } from '../testServer/KubernetesTestServer';
import { KubernetesClientFactory } from './KubernetesClientFactory';
import { kubernetesClientFactoryServiceRef } from './kubernetesClientFactoryServiceRef';

describe('kubernetesClientFactoryServiceRef', () => {
  it('gives every plugin the same factory, configured from sovereignCloud.kubernetes', async () => {
    const server = await KubernetesTestServer.start({ name: 'mgmt' });
    const seen: KubernetesClientFactory[] = [];
    const recorder = (pluginId: string) =>
      createBackendPlugin({
        pluginId,
        register(env) {
          env.registerInit({
            deps: { factory: kubernetesClientFactoryServiceRef },
            async init({ factory }) {
              seen.push(factory);
            },
          });
        },
      });
    try {
      const backend = await startTestBackend({
        features: [
          recorder('first'),
          recorder('second'),
          mockServices.rootConfig.factory({
            data: {
              sovereignCloud: {
                kubernetes: {
                  clusters: [
                    { name: 'mgmt', url: server.url, token: server.token },
                  ],
                },
              },
            },
          }),
        ],
      });
      expect(seen).toHaveLength(2);
      expect(seen[0]).toBe(seen[1]);
      expect(seen[0].listConfiguredClusters()).toEqual([
        { name: 'mgmt', url: server.url },
      ]);
      const nodes = await seen[0]
        .forConfiguredCluster('mgmt')
        .list('v1', 'Namespace');
      expect(nodes.items.map(n => n.metadata.name)).toContain('default');
      await backend.stop();
    } finally {
      await server.stop();
    }
  });
});
