import { createBackendPlugin } from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { KubernetesTestServer } from '../testServer/KubernetesTestServer';
import { sovereignCluster } from './__fixtures__/entities';
import { managedAwsCluster } from './__fixtures__/managedAwsCluster';
import { ClusterEvidenceCollector } from './ClusterEvidenceCollector';
import { clusterEvidenceCollectorServiceRef } from './clusterEvidenceCollectorServiceRef';

describe('clusterEvidenceCollectorServiceRef', () => {
  it('collects through the suite Kubernetes access by default', async () => {
    const server = await KubernetesTestServer.start({
      objects: managedAwsCluster,
    });
    let collector: ClusterEvidenceCollector | undefined;
    try {
      const backend = await startTestBackend({
        features: [
          createBackendPlugin({
            pluginId: 'posture',
            register(env) {
              env.registerInit({
                deps: { evidence: clusterEvidenceCollectorServiceRef },
                async init({ evidence }) {
                  collector = evidence;
                },
              });
            },
          }),
          mockServices.rootConfig.factory({
            data: {
              sovereignCloud: {
                kubernetes: {
                  clusters: [
                    { name: 'aws-prod', url: server.url, token: server.token },
                  ],
                },
                posture: { collection: { timeout: '5s' } },
              },
            },
          }),
        ],
      });
      const collection = await collector!.collect(
        sovereignCluster('aws-prod', {
          annotations: { 'sovereign-cloud.io/kubernetes-cluster': 'aws-prod' },
        }),
      );
      expect(collection.status).toBe('observed');
      expect(collection.observed.nodes?.value).toHaveLength(2);
      await backend.stop();
    } finally {
      await server.stop();
    }
  });

  it('refuses a malformed collection config at startup', async () => {
    await expect(
      startTestBackend({
        features: [
          createBackendPlugin({
            pluginId: 'posture',
            register(env) {
              env.registerInit({
                deps: { evidence: clusterEvidenceCollectorServiceRef },
                async init() {},
              });
            },
          }),
          mockServices.rootConfig.factory({
            data: {
              sovereignCloud: {
                posture: { collection: { ownRegistries: ['https://x/'] } },
              },
            },
          }),
        ],
      }),
    ).rejects.toThrow(/ownRegistries: 'https:\/\/x\/' is not a registry host/);
  });
});
