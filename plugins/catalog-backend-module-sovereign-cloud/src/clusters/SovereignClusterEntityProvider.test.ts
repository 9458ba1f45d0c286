import { mockServices } from '@backstage/backend-test-utils';
import { Entity } from '@backstage/catalog-model';
import { ConfigReader } from '@backstage/config';
import { EntityProviderConnection } from '@backstage/plugin-catalog-node';
import {
  createProviderCatalogue,
  defaultCloudProviders,
  SovereignClusterEntity,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { DefaultKubernetesClientFactory } from '@sovereign-cloud/plugin-sovereign-cloud-node';
import { KubernetesTestServer } from '@sovereign-cloud/plugin-sovereign-cloud-node/testUtils';
import {
  clusterApiV1beta1OnlyCrds,
  clusterApiV1beta2Crds,
} from '../__testUtils__/clusterApiCrds';
import {
  awsObjects,
  dockerObjects,
  hetznerObjects,
  ionosObjects,
  kapsuleObjects,
  legacyOpenStackObjects,
  metal3Objects,
  openStackObjects,
  scalewayObjects,
} from '../__testUtils__/clusterApiObjects';
import { acmeDataCentre, clusterEntity } from '../__testUtils__/entities';
import { manualScheduler } from '../__testUtils__/manualScheduler';
import { SovereignCloudEntitiesProcessor } from '../processor/SovereignCloudEntitiesProcessor';
import { ProvisioningRecord } from './provisioning/ProvisioningRecordSource';
import { SovereignClusterEntityProvider } from './SovereignClusterEntityProvider';

const catalogue = createProviderCatalogue([
  ...defaultCloudProviders(),
  acmeDataCentre(),
]);
const processor = SovereignCloudEntitiesProcessor.create({ catalogue });

describe('SovereignClusterEntityProvider', () => {
  const servers: KubernetesTestServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map(server => server.stop()));
  });

  async function managementCluster(
    name: string,
    crds: object[],
    ...objects: object[][]
  ) {
    const server = await KubernetesTestServer.start({
      name,
      objects: [...crds, ...objects.flat()],
    });
    servers.push(server);
    return server;
  }

  const inline = (server: KubernetesTestServer, extra: object = {}) => ({
    name: server.name,
    url: server.url,
    token: server.token,
    ...extra,
  });

  async function start(
    data: { catalog?: object; kubernetes?: object },
    records: ProvisioningRecord[] = [],
  ) {
    const logger = mockServices.logger.mock();
    const config = new ConfigReader({
      sovereignCloud: {
        catalog: data.catalog ?? {},
        kubernetes: data.kubernetes ?? {},
      },
    });
    const { scheduler, createScheduledTaskRunner, runAll } = manualScheduler();
    const provider = SovereignClusterEntityProvider.fromConfig(config, {
      logger,
      scheduler,
      catalogue,
      provisioningRecords: { listProvisioningRecords: async () => records },
      kubernetes: DefaultKubernetesClientFactory.fromConfig(config, { logger }),
    });
    const connection: jest.Mocked<EntityProviderConnection> = {
      applyMutation: jest.fn(),
      refresh: jest.fn(),
    };
    await provider.connect(connection);
    const refresh = async () => {
      await runAll();
      const mutation = connection.applyMutation.mock.lastCall![0];
      if (mutation.type !== 'full') throw new Error('expected a full mutation');
      expect(
        mutation.entities.every(
          e => e.locationKey === 'sovereign-cloud-clusters',
        ),
      ).toBe(true);
      return mutation.entities.map(e => e.entity as SovereignClusterEntity);
    };
    const warnings = () => logger.warn.mock.calls.map(call => String(call[0]));
    return { refresh, logger, warnings, createScheduledTaskRunner, records };
  }

  const byName = (entities: Entity[]) =>
    Object.fromEntries(entities.map(e => [e.metadata.name, e])) as Record<
      string,
      SovereignClusterEntity
    >;

  it('discovers Clusters of every provider from a v1beta2 management cluster', async () => {
    const server = await managementCluster(
      'mgmt-eu',
      clusterApiV1beta2Crds,
      hetznerObjects(),
      ionosObjects(),
      scalewayObjects(),
      kapsuleObjects(),
      openStackObjects(),
      awsObjects(),
      metal3Objects(),
      dockerObjects(),
    );
    const { refresh, warnings } = await start({
      catalog: {
        managementClusters: [
          inline(server, {
            defaults: {
              owner: 'group:default/infra-team',
              lifecycle: 'production',
            },
          }),
        ],
      },
    });
    const entities = await refresh();
    const clusters = byName(entities);

    expect(Object.keys(clusters).sort()).toEqual(
      [
        'aws-frankfurt',
        'hetzner-prod',
        'ionos-berlin',
        'kapsule-ams',
        'onprem-fra',
        'ovh-gra',
        'scw-paris',
      ].sort(),
    );
    // Every discovered entity passes the catalog's own checks.
    for (const entity of entities) {
      await expect(processor.validateEntityKind(entity)).resolves.toBe(true);
    }
    expect(warnings()).toEqual([
      expect.stringMatching(
        /mgmt-eu: left out Cluster tenant-a\/kind-dev: no provider of the catalogue provisions DockerCluster/,
      ),
    ]);

    expect(clusters['hetzner-prod']).toEqual({
      apiVersion: 'sovereign-cloud.io/v1alpha1',
      kind: 'SovereignCluster',
      metadata: {
        name: 'hetzner-prod',
        namespace: 'default',
        description: 'Production workloads in Falkenstein',
        tags: ['hetzner', 'prod'],
        annotations: {
          'backstage.io/managed-by-location':
            'sovereign-cloud:management-cluster/mgmt-eu',
          'backstage.io/managed-by-origin-location':
            'sovereign-cloud:management-cluster/mgmt-eu',
          'sovereign-cloud.io/source': 'cluster-api',
        },
      },
      spec: {
        owner: 'group:default/platform-team',
        lifecycle: 'production',
        provider: 'hetzner',
        locations: ['fsn1', 'nbg1'],
        distribution: { name: 'kubeadm', version: 'v1.34.1' },
        controlPlane: { replicas: 3 },
        nodePools: [
          { name: 'md-0', machineType: 'cx33', count: 3, location: 'fsn1' },
          { name: 'md-1', machineType: 'cx23', count: 2, location: 'nbg1' },
        ],
        network: { overlay: 'none', encryption: { mode: 'none' } },
        management: {
          type: 'cluster-api',
          managementCluster: 'mgmt-eu',
          namespace: 'tenant-a',
          clusterName: 'hetzner-prod',
          clusterClass: 'quick-start',
        },
        status: {
          phase: 'Ready',
          lastTransitionTime: '2026-11-20T08:00:00.000Z',
        },
      },
    });

    expect(clusters['ionos-berlin'].spec).toMatchObject({
      owner: 'group:default/infra-team',
      provider: 'ionos',
      locations: ['de/txl'],
      distribution: { name: 'kubeadm', version: 'v1.33.4' },
      controlPlane: { replicas: 3 },
      nodePools: [
        {
          name: 'ionos-berlin-workers',
          machineType: 'VCPU 4 cores 8192 MB',
          count: 2,
        },
      ],
      status: { phase: 'Provisioning' },
    });
    expect(clusters['scw-paris'].spec).toMatchObject({
      lifecycle: 'staging',
      provider: 'scaleway',
      locations: ['fr-par'],
      nodePools: [
        { name: 'md-0', machineType: 'PRO2-S', count: 4, location: 'fr-par' },
      ],
      status: {
        phase: 'Degraded',
        message: 'WorkersAvailable: 1 of 4 machines are not ready',
      },
    });
    expect(clusters['kapsule-ams'].spec).toMatchObject({
      provider: 'scaleway',
      locations: ['nl-ams'],
      distribution: { name: 'kapsule', version: 'v1.33.1' },
      controlPlane: { managed: true },
      nodePools: [
        {
          name: 'kapsule-ams-mp-0',
          machineType: 'PRO2-S',
          count: 3,
          location: 'nl-ams',
        },
      ],
    });
    expect(clusters['ovh-gra'].spec).toMatchObject({
      provider: 'ovhcloud',
      locations: ['GRA11'],
      lifecycle: 'experimental',
      controlPlane: { replicas: 1 },
      nodePools: [{ name: 'md-0', machineType: 'b3-16', count: 2 }],
      management: { clusterClass: 'openstack-scs2-1-33-v1' },
    });
    expect(clusters['aws-frankfurt'].spec).toMatchObject({
      provider: 'aws',
      locations: ['eu-central-1'],
      nodePools: [{ machineType: 'm6i.large', count: 3 }],
      status: { phase: 'Decommissioning' },
    });
    expect(clusters['onprem-fra'].spec).toMatchObject({
      provider: 'acme-dc',
      locations: ['fra-dc1'],
      nodePools: [
        {
          name: 'md-0',
          machineType: 'baremetal',
          count: 4,
          location: 'fra-dc1',
        },
      ],
    });

    // References only: no token or CA data of the management cluster in any entity.
    expect(JSON.stringify(entities)).not.toContain(server.token);
  });

  it('discovers Clusters from a management cluster that serves only v1beta1', async () => {
    const server = await managementCluster(
      'mgmt-legacy',
      clusterApiV1beta1OnlyCrds,
      legacyOpenStackObjects(),
    );
    const { refresh, warnings } = await start({
      catalog: { managementClusters: [inline(server)] },
    });
    const [entity] = await refresh();
    expect(warnings()).toEqual([]);
    await expect(processor.validateEntityKind(entity)).resolves.toBe(true);
    expect(entity.metadata.name).toBe('pco-cologne');
    expect(entity.spec).toMatchObject({
      provider: 'plusserver',
      locations: ['prod1'],
      distribution: { name: 'kubeadm', version: 'v1.33.4' },
      controlPlane: { replicas: 3 },
      nodePools: [
        { name: 'md-0', machineType: 'SCS-4V-8', count: 3, location: 'prod1' },
      ],
      management: {
        type: 'cluster-api',
        managementCluster: 'mgmt-legacy',
        namespace: 'default',
        clusterClass: 'openstack-scs2-1-33-v1',
      },
      status: { phase: 'Ready' },
    });
    expect(
      server.requests.some(r =>
        r.path.startsWith('/apis/cluster.x-k8s.io/v1beta1/clusters'),
      ),
    ).toBe(true);
    expect(
      server.requests.some(r => r.path.includes('/cluster.x-k8s.io/v1beta2/')),
    ).toBe(false);
  });

  it('keeps the last good clusters of a failing management cluster and logs no token', async () => {
    const failing = await managementCluster(
      'mgmt-eu',
      clusterApiV1beta2Crds,
      hetznerObjects(),
      ionosObjects(),
    );
    const healthy = await managementCluster(
      'mgmt-legacy',
      clusterApiV1beta1OnlyCrds,
      legacyOpenStackObjects(),
    );
    const { refresh, logger, warnings } = await start({
      catalog: {
        managementClusters: [
          inline(failing, {
            defaults: { owner: 'infra-team', lifecycle: 'production' },
          }),
          inline(healthy),
        ],
      },
    });
    const names = (entities: Entity[]) =>
      entities.map(e => e.metadata.name).sort();
    const first = await refresh();
    expect(names(first)).toEqual([
      'hetzner-prod',
      'ionos-berlin',
      'pco-cologne',
    ]);

    failing.faults.inject({ status: 500 });
    const second = await refresh();
    expect(second).toEqual(first);
    expect(warnings().at(-1)).toMatch(
      /^Management cluster mgmt-eu could not be read; keeping the 2 clusters of its last good read: /,
    );

    // A token that stopped working fails the same way.
    const token = failing.token!;
    failing.faults.clear();
    failing.acceptTokens('rotated');
    expect(await refresh()).toEqual(first);

    const logged = JSON.stringify([
      logger.warn.mock.calls,
      logger.error.mock.calls,
      logger.info.mock.calls,
    ]);
    expect(logged).not.toContain(token);
    expect(logged).not.toContain(healthy.token);

    // Once it answers again, its current state counts: a deleted Cluster goes away.
    failing.acceptTokens(token);
    failing.remove({
      apiVersion: 'cluster.x-k8s.io/v1beta2',
      kind: 'Cluster',
      namespace: 'tenant-b',
      name: 'ionos-berlin',
    });
    expect(names(await refresh())).toEqual(['hetzner-prod', 'pco-cologne']);
  });

  it('emits what the other sources know while a management cluster has never answered', async () => {
    const down = await managementCluster(
      'mgmt-eu',
      clusterApiV1beta2Crds,
      hetznerObjects(),
    );
    down.faults.inject({ reset: true });
    const { refresh, warnings } = await start({
      catalog: {
        managementClusters: [inline(down)],
        clusters: [
          {
            name: 'edge-1',
            owner: 'team-a',
            lifecycle: 'production',
            provider: 'acme-dc',
            location: 'fra-dc1',
            kubernetesVersion: '1.33.4',
            controlPlane: { replicas: 1 },
            nodePools: [{ name: 'edge', machineType: 'pi5', count: 3 }],
          },
        ],
      },
    });
    expect((await refresh()).map(e => e.metadata.name)).toEqual(['edge-1']);
    expect(warnings()[0]).toMatch(/keeping the 0 clusters/);
  });

  it('merges config, a provisioning record and discovery into one entity', async () => {
    const server = await managementCluster('mgmt-eu', clusterApiV1beta2Crds);
    const planned = clusterEntity({
      metadata: { name: 'hetzner-prod' },
      spec: {
        locations: ['fsn1'],
        distribution: { name: 'kubeadm', version: 'v1.34.1' },
        management: {
          type: 'cluster-api',
          managementCluster: 'mgmt-eu',
          namespace: 'tenant-a',
          clusterName: 'hetzner-prod',
        } as any,
      },
    });
    const record: ProvisioningRecord = {
      id: 'prov-42',
      entity: planned,
      requestedAt: '2026-11-30T10:00:00.000Z',
    };
    const { refresh } = await start(
      {
        catalog: {
          managementClusters: [inline(server)],
          clusters: [
            {
              name: 'hetzner-prod',
              description: 'Declared in config',
              owner: 'group:default/checkout-team',
              network: {
                overlay: 'cilium-wireguard',
                encryption: { mode: 'wireguard' },
                mesh: 'eu-mesh',
              },
              managementCluster: { name: 'mgmt-eu', namespace: 'tenant-a' },
            },
          ],
        },
      },
      [record],
    );

    // Not in the management cluster yet: config and record, Provisioning.
    const [pending, ...others] = await refresh();
    expect(others).toEqual([]);
    expect(pending.metadata).toMatchObject({
      name: 'hetzner-prod',
      description: 'Declared in config',
      annotations: {
        'sovereign-cloud.io/source': 'config',
        'sovereign-cloud.io/provisioning-id': 'prov-42',
        'backstage.io/managed-by-location':
          'sovereign-cloud:config/sovereignCloud.catalog.clusters',
      },
    });
    expect(pending.spec).toMatchObject({
      owner: 'group:default/checkout-team',
      nodePools: planned.spec.nodePools,
      network: { overlay: 'cilium-wireguard', mesh: 'eu-mesh' },
      status: {
        phase: 'Provisioning',
        message: expect.stringContaining('management cluster mgmt-eu'),
        lastTransitionTime: '2026-11-30T10:00:00.000Z',
      },
    });
    await expect(processor.validateEntityKind(pending)).resolves.toBe(true);

    // Cluster API shows it: one entity, observed status and version, declared facts kept.
    server.load(
      ...clusterApiV1beta2Crds,
      ...hetznerObjects({
        annotations: {
          'cluster.x-k8s.io/cluster-owner': 'platform-team',
          'cluster.x-k8s.io/cluster-lifecycle': 'production',
        },
      }),
    );
    const [merged, ...rest] = await refresh();
    expect(rest).toEqual([]);
    expect(merged.metadata).toMatchObject({
      name: 'hetzner-prod',
      description: 'Declared in config',
      annotations: {
        'sovereign-cloud.io/source': 'cluster-api',
        'sovereign-cloud.io/provisioning-id': 'prov-42',
        'backstage.io/managed-by-location':
          'sovereign-cloud:management-cluster/mgmt-eu',
      },
    });
    expect(merged.spec).toMatchObject({
      owner: 'group:default/checkout-team',
      locations: ['fsn1', 'nbg1'],
      distribution: { name: 'kubeadm', version: 'v1.34.1' },
      network: {
        overlay: 'cilium-wireguard',
        encryption: { mode: 'wireguard' },
        mesh: 'eu-mesh',
      },
      nodePools: [{ name: 'md-0' }, { name: 'md-1' }],
      status: { phase: 'Ready' },
    });
    await expect(processor.validateEntityKind(merged)).resolves.toBe(true);
  });

  it('matches a configured cluster to its Cluster API object under another entity name', async () => {
    const server = await managementCluster(
      'mgmt-eu',
      clusterApiV1beta2Crds,
      hetznerObjects(),
    );
    const { refresh } = await start({
      catalog: {
        managementClusters: [inline(server)],
        clusters: [
          {
            name: 'checkout-prod',
            managementCluster: {
              name: 'mgmt-eu',
              namespace: 'tenant-a',
              clusterName: 'hetzner-prod',
            },
            lifecycle: 'production',
          },
        ],
      },
    });
    const entities = await refresh();
    expect(entities.map(e => e.metadata.name)).toEqual(['checkout-prod']);
    expect(entities[0].spec.provider).toBe('hetzner');
  });

  it('keeps one entity per name when two management clusters have the same Cluster', async () => {
    const first = await managementCluster(
      'mgmt-a',
      clusterApiV1beta2Crds,
      hetznerObjects(),
    );
    const second = await managementCluster(
      'mgmt-b',
      clusterApiV1beta2Crds,
      hetznerObjects({ namespace: 'other' }),
    );
    const { refresh, warnings } = await start({
      catalog: { managementClusters: [inline(first), inline(second)] },
    });
    const entities = await refresh();
    expect(entities).toHaveLength(1);
    expect(entities[0].spec.management).toMatchObject({
      managementCluster: 'mgmt-a',
    });
    expect(warnings()).toEqual([
      expect.stringMatching(
        /^Left out: Cluster mgmt-b\/other\/hetzner-prod has the entity name default\/hetzner-prod/,
      ),
    ]);
  });

  it('reads a management cluster declared in sovereignCloud.kubernetes, listing only its namespaces', async () => {
    const server = await managementCluster(
      'home',
      clusterApiV1beta2Crds,
      hetznerObjects(),
      scalewayObjects(),
      ionosObjects(),
    );
    const { refresh } = await start({
      kubernetes: {
        clusters: [{ name: 'home', url: server.url, token: server.token }],
      },
      catalog: {
        schedule: { frequency: { minutes: 1 }, timeout: { seconds: 50 } },
        managementClusters: [
          {
            name: 'mgmt-home',
            kubernetesCluster: 'home',
            namespaces: ['tenant-a'],
          },
        ],
      },
    });
    expect((await refresh()).map(e => e.metadata.name).sort()).toEqual([
      'hetzner-prod',
      'scw-paris',
    ]);
    expect(server.requests.every(r => !r.path.includes('tenant-b'))).toBe(true);
  });

  it('schedules with the configured or the default schedule', async () => {
    const configured = await start({
      catalog: {
        schedule: { frequency: { minutes: 1 }, timeout: { seconds: 50 } },
      },
    });
    expect(configured.createScheduledTaskRunner).toHaveBeenCalledWith(
      expect.objectContaining({
        frequency: { minutes: 1 },
        timeout: { seconds: 50 },
      }),
    );
    const defaulted = await start({});
    expect(defaulted.createScheduledTaskRunner).toHaveBeenCalledWith({
      frequency: { minutes: 5 },
      timeout: { minutes: 3 },
    });
    expect(await defaulted.refresh()).toEqual([]);
  });
});
