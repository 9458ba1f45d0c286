import {
  createMockDirectory,
  mockCredentials,
  mockServices,
  startTestBackend,
  TestDatabases,
} from '@backstage/backend-test-utils';
import {
  coreServices,
  createBackendModule,
  createBackendPlugin,
  createServiceFactory,
} from '@backstage/backend-plugin-api';
import { PROVISIONING_RECORDS_TOPIC } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { eventsServiceRef } from '@backstage/plugin-events-node';
import Router from 'express-promise-router';
import catalogPlugin from '@backstage/plugin-catalog-backend';
import { KubernetesTestServer } from '@sovereign-cloud/plugin-sovereign-cloud-node/testUtils';
import request from 'supertest';
import { stringify } from 'yaml';
import { clusterApiV1beta2Crds } from './__testUtils__/clusterApiCrds';
import {
  hetznerObjects,
  ionosObjects,
} from './__testUtils__/clusterApiObjects';
import { acmeDataCentre, clusterEntity } from './__testUtils__/entities';
import { ProvisioningRecord } from './clusters/provisioning/ProvisioningRecordSource';
import catalogModuleSovereignCloud, {
  sovereignCloudCatalogExtensionPoint,
} from './index';

jest.setTimeout(120_000);

const databases = TestDatabases.create({ ids: ['SQLITE_3', 'POSTGRES_15'] });

/** Workloads, the mesh and the team, as a catalog location would supply them. */
const locationEntities = [
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Group',
    metadata: { name: 'platform-team' },
    spec: { type: 'team', children: [] },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: { name: 'eu-mesh' },
    spec: { type: 'cluster-mesh', owner: 'platform-team' },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Component',
    metadata: {
      name: 'checkout',
      annotations: { 'sovereign-cloud.io/cluster': 'hetzner-prod' },
    },
    spec: { type: 'service', lifecycle: 'production', owner: 'platform-team' },
  },
  {
    apiVersion: 'backstage.io/v1alpha1',
    kind: 'Resource',
    metadata: { name: 'orders-db' },
    spec: {
      type: 'database',
      owner: 'platform-team',
      dependsOn: ['sovereigncluster:default/edge-fra'],
    },
  },
];

/**
 * Stands in for the sovereign-cloud backend's provisioning routes: answers
 * only service principals, as the real route does, and publishes the event
 * the real one publishes when a record is saved.
 */
function provisioningBackend(initial: ProvisioningRecord[]) {
  const records = [...initial];
  const callers: string[] = [];
  let publish: (record: ProvisioningRecord) => Promise<void> = async () => {};
  const plugin = createBackendPlugin({
    pluginId: 'sovereign-cloud',
    register(env) {
      env.registerInit({
        deps: {
          httpRouter: coreServices.httpRouter,
          httpAuth: coreServices.httpAuth,
          events: eventsServiceRef,
        },
        async init({ httpRouter, httpAuth, events }) {
          const router = Router();
          router.get('/provisioning/records', async (req, res) => {
            const credentials = await httpAuth.credentials(req, {
              allow: ['service'],
            });
            callers.push(credentials.principal.subject);
            res.json({ items: records });
          });
          httpRouter.use(router);
          publish = async record => {
            records.push(record);
            await events.publish({
              topic: PROVISIONING_RECORDS_TOPIC,
              eventPayload: { id: record.id },
            });
          };
        },
      });
    },
  });
  return { plugin, callers, add: (r: ProvisioningRecord) => publish(r) };
}

async function waitFor<T>(
  probe: () => Promise<T | undefined>,
  what: string,
): Promise<T> {
  const deadline = Date.now() + 90_000;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise(resolve => setTimeout(resolve, 250));
  }
}

describe.each(databases.eachSupportedId())(
  'catalog with the sovereign-cloud module on %s',
  databaseId => {
    const directory = createMockDirectory();
    let server: KubernetesTestServer;

    beforeAll(async () => {
      server = await KubernetesTestServer.start({
        name: 'mgmt-eu',
        objects: [
          ...clusterApiV1beta2Crds,
          ...hetznerObjects(),
          ...ionosObjects(),
        ],
      });
    });
    afterAll(async () => {
      await server.stop();
    });

    it('serves clusters, providers and their relations through the catalog API', async () => {
      const knex = await databases.init(databaseId);
      const sharedEvents = mockServices.events();
      // The records come from the sovereign-cloud backend, read with the module's own credentials.
      const records = provisioningBackend([
        {
          id: 'prov-7',
          requestedAt: '2026-11-30T10:00:00.000Z',
          entity: clusterEntity({
            metadata: { name: 'new-par' },
            spec: {
              provider: 'scaleway',
              locations: ['fr-par'],
              nodePools: [{ name: 'workers', machineType: 'PRO2-S', count: 3 }],
              management: {
                type: 'cluster-api',
                managementCluster: 'mgmt-eu',
                namespace: 'tenant-a',
              } as any,
            },
          }),
        },
      ]);
      directory.setContent({
        'catalog-info.yaml': locationEntities
          .map(e => stringify(e))
          .join('---\n'),
      });

      const backend = await startTestBackend({
        features: [
          catalogPlugin,
          catalogModuleSovereignCloud,
          records.plugin,
          // One bus for all plugins, as the events service of a real backend is.
          createServiceFactory({
            service: eventsServiceRef,
            deps: {},
            factory: () => sharedEvents,
          }),
          mockServices.database.factory({ knex }),
          mockServices.rootConfig.factory({
            data: {
              catalog: {
                processingInterval: { seconds: 1 },
                rules: [
                  { allow: ['Component', 'Resource', 'Group', 'Location'] },
                ],
                locations: [
                  {
                    type: 'file',
                    target: directory.resolve('catalog-info.yaml'),
                  },
                ],
              },
              sovereignCloud: {
                catalog: {
                  // Long on purpose: a new record must show through the event, not the schedule.
                  schedule: {
                    frequency: { minutes: 30 },
                    timeout: { seconds: 30 },
                  },
                  providerCatalogue: {
                    overrides: [JSON.parse(JSON.stringify(acmeDataCentre()))],
                  },
                  clusters: [
                    {
                      name: 'hetzner-prod',
                      network: {
                        overlay: 'cilium-wireguard',
                        encryption: { mode: 'wireguard' },
                        mesh: 'eu-mesh',
                      },
                    },
                    {
                      name: 'edge-fra',
                      owner: 'platform-team',
                      lifecycle: 'production',
                      provider: 'acme-dc',
                      location: 'fra-dc1',
                      kubernetesVersion: '1.33.4',
                      controlPlane: { replicas: 3 },
                      nodePools: [
                        { name: 'edge', machineType: 'bare-metal', count: 6 },
                      ],
                    },
                  ],
                  managementClusters: [
                    {
                      name: 'mgmt-eu',
                      url: server.url,
                      token: server.token,
                      defaults: {
                        owner: 'platform-team',
                        lifecycle: 'production',
                      },
                    },
                  ],
                },
              },
            },
          }),
        ],
      });

      try {
        const auth = mockCredentials.user.header();
        const get = (path: string) =>
          request(backend.server)
            .get(`/api/catalog${path}`)
            .set('Authorization', auth);
        const entity = (
          ref: string,
          ready: (e: any) => boolean = e => e.relations?.length > 0,
        ) =>
          waitFor(async () => {
            const res = await get(`/entities/by-name/${ref}`);
            return res.status === 200 && ready(res.body) ? res.body : undefined;
          }, ref);
        const has =
          (...relations: { type: string; targetRef: string }[]) =>
          (e: any) =>
            relations.every(r =>
              e.relations?.some(
                (x: any) => x.type === r.type && x.targetRef === r.targetRef,
              ),
            );

        // A discovered cluster, merged with its configured network, with relations both ways.
        const hetznerProd = await entity(
          'sovereigncluster/default/hetzner-prod',
          has(
            { type: 'partOf', targetRef: 'resource:default/eu-mesh' },
            { type: 'dependencyOf', targetRef: 'component:default/checkout' },
          ),
        );
        expect(hetznerProd.metadata.annotations).toMatchObject({
          'sovereign-cloud.io/source': 'cluster-api',
          'backstage.io/managed-by-location':
            'sovereign-cloud:management-cluster/mgmt-eu',
        });
        expect(hetznerProd.spec).toMatchObject({
          provider: 'hetzner',
          network: { overlay: 'cilium-wireguard', mesh: 'eu-mesh' },
          status: { phase: 'Ready' },
        });
        expect(hetznerProd.relations).toEqual(
          expect.arrayContaining([
            { type: 'hostedBy', targetRef: 'cloudprovider:default/hetzner' },
            { type: 'ownedBy', targetRef: 'group:default/platform-team' },
            { type: 'partOf', targetRef: 'resource:default/eu-mesh' },
            { type: 'dependencyOf', targetRef: 'component:default/checkout' },
          ]),
        );

        await entity(
          'cloudprovider/default/hetzner',
          has({
            type: 'hosts',
            targetRef: 'sovereigncluster:default/hetzner-prod',
          }),
        );
        await entity(
          'group/default/platform-team',
          has({
            type: 'ownerOf',
            targetRef: 'sovereigncluster:default/hetzner-prod',
          }),
        );
        await entity(
          'resource/default/eu-mesh',
          has({
            type: 'hasPart',
            targetRef: 'sovereigncluster:default/hetzner-prod',
          }),
        );
        await entity(
          'component/default/checkout',
          has({
            type: 'dependsOn',
            targetRef: 'sovereigncluster:default/hetzner-prod',
          }),
        );

        // spec.dependsOn with a sovereigncluster: reference works both ways too.
        await entity(
          'resource/default/orders-db',
          has({
            type: 'dependsOn',
            targetRef: 'sovereigncluster:default/edge-fra',
          }),
        );
        const edge = await entity(
          'sovereigncluster/default/edge-fra',
          has(
            { type: 'dependencyOf', targetRef: 'resource:default/orders-db' },
            { type: 'hostedBy', targetRef: 'cloudprovider:default/acme-dc' },
          ),
        );
        expect(edge.metadata.annotations['sovereign-cloud.io/source']).toBe(
          'config',
        );

        // The record shows Provisioning until Cluster API has the cluster.
        const pending = await entity('sovereigncluster/default/new-par');
        expect(pending.spec.status.phase).toBe('Provisioning');
        expect(
          pending.metadata.annotations['sovereign-cloud.io/provisioning-id'],
        ).toBe('prov-7');
        expect(records.callers).toContain('plugin:catalog');

        // A record saved later shows at once, long before the next scheduled refresh.
        await records.add({
          id: 'prov-8',
          requestedAt: '2026-11-30T11:00:00.000Z',
          entity: clusterEntity({
            metadata: { name: 'new-waw' },
            spec: { network: { mesh: undefined } } as any,
          }),
        });
        const later = await entity('sovereigncluster/default/new-waw');
        expect(later.spec.status.phase).toBe('Provisioning');

        const clusters = await get(
          '/entities/by-query?filter=kind=sovereigncluster&fields=metadata.name',
        );
        expect(
          clusters.body.items.map((e: any) => e.metadata.name).sort(),
        ).toEqual([
          'edge-fra',
          'hetzner-prod',
          'ionos-berlin',
          'new-par',
          'new-waw',
        ]);
        const providers = await get(
          '/entities/by-query?filter=kind=cloudprovider&fields=metadata.name',
        );
        expect(providers.body.items.map((e: any) => e.metadata.name)).toEqual(
          expect.arrayContaining([
            'acme-dc',
            'hetzner',
            'ionos',
            'scaleway',
            'ovhcloud',
          ]),
        );

        // Invalid clusters are rejected with every problem and its path.
        const invalid = clusterEntity({
          metadata: { name: 'bad' },
          spec: { provider: 'nowhere', nodePools: [] },
        });
        const validation = await request(backend.server)
          .post('/api/catalog/validate-entity')
          .set('Authorization', auth)
          .send({
            entity: invalid,
            location: 'url:https://example.eu/catalog-info.yaml',
          });
        expect(validation.status).toBe(400);
        const message = JSON.stringify(validation.body.errors);
        expect(message).toContain('spec.nodePools');
      } finally {
        await backend.stop();
      }
    });
  },
);

describe('sovereignCloudCatalogExtensionPoint', () => {
  it('lets another catalog module supply the provisioning records', async () => {
    const listProvisioningRecords = jest.fn(async () => [
      {
        id: 'remote-1',
        requestedAt: '2026-11-30T10:00:00.000Z',
        entity: clusterEntity({
          metadata: { name: 'remote-cluster' },
          spec: { network: { mesh: undefined } } as any,
        }),
      },
    ]);
    const backend = await startTestBackend({
      features: [
        catalogPlugin,
        catalogModuleSovereignCloud,
        createBackendModule({
          pluginId: 'catalog',
          moduleId: 'remote-provisioning-records',
          register(env) {
            env.registerInit({
              deps: { sovereignCloud: sovereignCloudCatalogExtensionPoint },
              async init({ sovereignCloud }) {
                sovereignCloud.setProvisioningRecordSource({
                  listProvisioningRecords,
                });
              },
            });
          },
        }),
        mockServices.rootConfig.factory({
          data: { catalog: { processingInterval: { seconds: 1 } } },
        }),
      ],
    });
    try {
      const cluster = await waitFor(async () => {
        const res = await request(backend.server)
          .get(
            '/api/catalog/entities/by-name/sovereigncluster/default/remote-cluster',
          )
          .set('Authorization', mockCredentials.user.header());
        return res.status === 200 ? res.body : undefined;
      }, 'remote-cluster');
      expect(cluster.spec.status.phase).toBe('Provisioning');
      expect(listProvisioningRecords).toHaveBeenCalled();
    } finally {
      await backend.stop();
    }
  });
});
