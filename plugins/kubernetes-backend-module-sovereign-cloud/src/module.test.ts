import {
  coreServices,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { mockServices, startTestBackend } from '@backstage/backend-test-utils';
import { catalogServiceMock } from '@backstage/plugin-catalog-node/testUtils';
import kubernetesPlugin from '@backstage/plugin-kubernetes-backend';
import { KubernetesTestServer } from '@sovereign-cloud/plugin-sovereign-cloud-node/testUtils';
import request from 'supertest';
import { CapturingLogger } from './__testUtils__/CapturingLogger';
import { component, sovereignCluster } from './__testUtils__/entities';
import kubernetesModuleSovereignCloud from './index';

const label = { 'backstage.io/kubernetes-id': 'payments' };

function workload(name: string) {
  return [
    {
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name, namespace: 'shop', labels: label },
      spec: {
        replicas: 1,
        selector: { matchLabels: label },
        template: {
          metadata: { labels: label },
          spec: {
            containers: [
              { name: 'app', image: 'registry.example.eu/payments:1.0' },
            ],
          },
        },
      },
    },
    {
      apiVersion: 'v1',
      kind: 'Pod',
      metadata: {
        name: `${name}-7d9f-abcde`,
        namespace: 'shop',
        labels: label,
      },
      spec: {
        containers: [
          { name: 'app', image: 'registry.example.eu/payments:1.0' },
        ],
      },
    },
  ];
}

function entityBody(name: string) {
  return {
    entity: {
      apiVersion: 'backstage.io/v1alpha1',
      kind: 'Component',
      metadata: { name, namespace: 'default' },
    },
    auth: {},
  };
}

/** Names of the objects of one type in a cluster's part of the response. */
function objectNames(item: any, type: string): string[] {
  return (
    item.resources.find((r: any) => r.type === type)?.resources ?? []
  ).map((o: any) => o.metadata.name);
}

describe('kubernetesModuleSovereignCloud with the Kubernetes plugin', () => {
  let euA: KubernetesTestServer;
  let legacy: KubernetesTestServer;
  let offList: KubernetesTestServer;

  beforeAll(async () => {
    [euA, legacy, offList] = await Promise.all([
      KubernetesTestServer.start({
        name: 'eu-a',
        objects: workload('payments'),
      }),
      KubernetesTestServer.start({
        name: 'legacy',
        objects: workload('payments-legacy'),
      }),
      KubernetesTestServer.start({ name: 'off-list' }),
    ]);
  });

  afterAll(async () => {
    await Promise.all([euA.stop(), legacy.stop(), offList.stop()]);
  });

  beforeEach(() => {
    for (const server of [euA, legacy, offList]) server.clearRequests();
  });

  async function startBackend(logger: CapturingLogger) {
    const access = (apiServer: string, key: string) => ({
      apiServer,
      auth: {
        provider: 'serviceAccount',
        credential: {
          configKey: `sovereignCloud.clusters.${key}.serviceAccount`,
        },
      },
    });
    return startTestBackend({
      features: [
        kubernetesPlugin,
        kubernetesModuleSovereignCloud,
        catalogServiceMock.factory({
          entities: [
            sovereignCluster('eu-a', access(euA.url, 'eu-a'), {
              title: 'EU A',
            }),
            sovereignCluster('off-list', access(offList.url, 'off-list')),
            component('payments', [
              'sovereigncluster:default/eu-a',
              'sovereigncluster:default/off-list',
            ]),
            component('legacy-app'),
          ],
        }),
        mockServices.rootConfig.factory({
          data: {
            kubernetes: {
              serviceLocatorMethod: { type: 'multiTenant' },
              clusterLocatorMethods: [
                {
                  type: 'config',
                  clusters: [
                    {
                      name: 'legacy',
                      url: legacy.url,
                      authProvider: 'serviceAccount',
                      serviceAccountToken: legacy.token,
                      skipMetricsLookup: true,
                    },
                  ],
                },
              ],
            },
            sovereignCloud: {
              clusters: {
                'eu-a': { serviceAccount: euA.token },
                'off-list': { serviceAccount: offList.token },
              },
              kubernetes: { allowedApiServers: [euA.url] },
            },
          },
        }),
        createServiceFactory({
          service: coreServices.rootLogger,
          deps: {},
          factory: () => logger,
        }),
      ],
    });
  }

  it("sends a component's objects request only to the clusters it depends on", async () => {
    const logger = CapturingLogger.create();
    const { server } = await startBackend(logger);

    const response = await request(server)
      .post('/api/kubernetes/services/payments')
      .send(entityBody('payments'));

    expect(response.status).toBe(200);
    expect(response.body.items.map((i: any) => i.cluster.name)).toEqual([
      'eu-a',
    ]);
    const [item] = response.body.items;
    expect(objectNames(item, 'deployments')).toEqual(['payments']);
    expect(objectNames(item, 'pods')).toEqual(['payments-7d9f-abcde']);

    expect(euA.requests.length).toBeGreaterThan(0);
    expect(
      euA.requests.every(
        r => r.headers.authorization === `Bearer ${euA.token}`,
      ),
    ).toBe(true);
    expect(legacy.requests).toEqual([]);
    expect(offList.requests).toEqual([]);

    expect(logger.messages('warn')).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^Skipping sovereigncluster:default/off-list: API server ${offList.url} is not allowed`,
        ),
      ),
    );
  });

  it('lists the sovereign clusters next to the configured ones, presenting no secret', async () => {
    const logger = CapturingLogger.create();
    const { server } = await startBackend(logger);

    const response = await request(server).get('/api/kubernetes/clusters');

    expect(response.status).toBe(200);
    expect(response.body.items).toEqual([
      { name: 'legacy', authProvider: 'serviceAccount' },
      { name: 'eu-a', title: 'EU A', authProvider: 'sovereignCloud' },
    ]);
    await request(server)
      .post('/api/kubernetes/services/payments')
      .send(entityBody('payments'));
    for (const token of [euA.token!, offList.token!]) {
      expect(JSON.stringify(response.body)).not.toContain(token);
      expect(logger.text()).not.toContain(token);
    }
  });

  it('leaves components without cluster dependencies to the configured locator', async () => {
    const { server } = await startBackend(CapturingLogger.create());

    const response = await request(server)
      .post('/api/kubernetes/services/legacy-app')
      .send(entityBody('legacy-app'));

    expect(response.status).toBe(200);
    // multiTenant: every cluster, the configured one included, which proves
    // the stock serviceAccount strategy still works next to ours.
    expect(response.body.items.map((i: any) => i.cluster.name)).toEqual([
      'legacy',
      'eu-a',
    ]);
    expect(legacy.requests.length).toBeGreaterThan(0);
    expect(offList.requests).toEqual([]);
  });
});
