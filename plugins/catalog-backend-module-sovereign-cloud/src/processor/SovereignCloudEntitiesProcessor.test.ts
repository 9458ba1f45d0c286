import { Entity } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { CatalogProcessorResult } from '@backstage/plugin-catalog-node';
import {
  createProviderCatalogue,
  defaultCloudProviders,
  EntityValidationError,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { acmeDataCentre, clusterEntity } from '../__testUtils__/entities';
import { SovereignCloudEntitiesProcessor } from './SovereignCloudEntitiesProcessor';

const location = {
  type: 'url',
  target: 'https://example.eu/catalog-info.yaml',
};
const catalogue = createProviderCatalogue([
  ...defaultCloudProviders(),
  acmeDataCentre(),
]);
const processor = SovereignCloudEntitiesProcessor.create({ catalogue });

async function rejection(entity: unknown): Promise<Error> {
  try {
    await processor.validateEntityKind(entity as Entity);
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected validateEntityKind to reject');
}

async function postProcess(entity: Entity): Promise<CatalogProcessorResult[]> {
  const emitted: CatalogProcessorResult[] = [];
  await processor.postProcessEntity(entity, location, result =>
    emitted.push(result),
  );
  return emitted;
}

const relations = (results: CatalogProcessorResult[]) =>
  results.flatMap(r =>
    r.type === 'relation'
      ? [
          `${r.relation.source.kind}:${r.relation.source.name} ${
            r.relation.type
          } ${r.relation.target.kind.toLowerCase()}:${
            r.relation.target.namespace
          }/${r.relation.target.name}`,
        ]
      : [],
  );

describe('SovereignCloudEntitiesProcessor', () => {
  describe('validateEntityKind', () => {
    it('accepts valid clusters and providers and leaves other kinds alone', async () => {
      await expect(processor.validateEntityKind(clusterEntity())).resolves.toBe(
        true,
      );
      await expect(
        processor.validateEntityKind(acmeDataCentre()),
      ).resolves.toBe(true);
      for (const provider of defaultCloudProviders()) {
        await expect(processor.validateEntityKind(provider)).resolves.toBe(
          true,
        );
      }
      await expect(
        processor.validateEntityKind({
          apiVersion: 'backstage.io/v1alpha1',
          kind: 'Component',
          metadata: { name: 'web' },
          spec: {},
        }),
      ).resolves.toBe(false);
    });

    it('reports every problem of an invalid cluster with its path, as one InputError', async () => {
      const cluster = clusterEntity({
        spec: {
          nodePools: [{ name: 'workers', machineType: 'cx33', count: 2.5 }],
        },
      }) as any;
      delete cluster.spec.owner;
      cluster.spec.access = {
        apiServer: 'https://api.example.eu',
        auth: { provider: 'oidc', token: 'abc' },
      };

      const error = await rejection(cluster);
      expect(error).toBeInstanceOf(InputError);
      expect(error).toBeInstanceOf(EntityValidationError);
      const paths = (error as EntityValidationError).problems.map(p => p.path);
      expect(paths).toEqual(
        expect.arrayContaining(['spec.owner', 'spec.nodePools[0].count']),
      );
      expect(error.message).toContain('spec.nodePools[0].count');
      expect(error.message).toContain('spec.owner');
    });

    it('rejects garbage with an InputError instead of crashing', async () => {
      const garbage: unknown[] = [
        {
          apiVersion: 'sovereign-cloud.io/v1alpha1',
          kind: 'SovereignCluster',
          metadata: { name: 'x' },
        },
        {
          apiVersion: 'sovereign-cloud.io/v1alpha1',
          kind: 'SovereignCluster',
          metadata: { name: 'x' },
          spec: null,
        },
        {
          apiVersion: 'sovereign-cloud.io/v1alpha1',
          kind: 'SovereignCluster',
          metadata: { name: 'x' },
          spec: 'big',
        },
        {
          apiVersion: 'sovereign-cloud.io/v1alpha1',
          kind: 'SovereignCluster',
          metadata: { name: 'x' },
          spec: {
            nodePools: 'x',
            network: [1],
            controlPlane: { placements: {} },
          },
        },
        {
          apiVersion: 'sovereign-cloud.io/v1alpha1',
          kind: 'sovereigncluster',
          metadata: { name: 'x' },
          spec: [],
        },
        {
          apiVersion: 'sovereign-cloud.io/v1alpha1',
          kind: 'CloudProvider',
          metadata: { name: 'x' },
          spec: { locations: [null] },
        },
      ];
      for (const entity of garbage) {
        const error = await rejection(entity);
        expect(error).toBeInstanceOf(InputError);
        expect(error.message).toMatch(/spec/);
      }
    });

    it('names an unknown provider and lists the known ones', async () => {
      const error = await rejection(
        clusterEntity({ spec: { provider: 'hetzner-cloud' } }),
      );
      expect(error.message).toContain('spec.provider');
      expect(error.message).toContain(
        '"hetzner-cloud" is not in the provider catalogue',
      );
      expect(error.message).toMatch(
        /known providers: .*ionos.*hetzner.*acme-dc/,
      );
    });

    it('names an unknown location and lists what the provider offers', async () => {
      const error = await rejection(
        clusterEntity({ spec: { locations: ['fra1'] } }),
      );
      expect(error.message).toContain('spec.locations[0]');
      expect(error.message).toMatch(
        /"fra1" is not offered by provider hetzner \(offered: fsn1, nbg1, hel1/,
      );
    });

    it('checks pools and control plane placements at other providers', async () => {
      const error = await rejection(
        clusterEntity({
          spec: {
            controlPlane: {
              placements: [
                { replicas: 2 },
                { provider: 'scaleway', location: 'fr-par-9', replicas: 1 },
              ],
            } as any,
            nodePools: [
              { name: 'workers', machineType: 'cx33', count: 3 },
              {
                name: 'edge',
                provider: 'nowhere',
                location: 'x1',
                machineType: 'pi',
                count: 2,
              },
            ],
          },
        }),
      );
      expect(error.message).toContain(
        'spec.controlPlane.placements[1].location',
      );
      expect(error.message).toContain('spec.nodePools[1].provider');
    });

    it('skips the catalogue check without a catalogue', async () => {
      const unchecked = SovereignCloudEntitiesProcessor.create();
      await expect(
        unchecked.validateEntityKind(
          clusterEntity({ spec: { provider: 'own-cloud', locations: ['a1'] } }),
        ),
      ).resolves.toBe(true);
    });
  });

  describe('postProcessEntity', () => {
    it('emits cluster relations in both directions', async () => {
      const results = await postProcess(
        clusterEntity({
          metadata: { name: 'eu-prod-1', namespace: 'payments' },
          spec: {
            system: 'checkout',
            nodePools: [
              { name: 'workers', machineType: 'cx33', count: 3 },
              {
                name: 'paris',
                provider: 'scaleway',
                location: 'fr-par',
                machineType: 'PRO2-S',
                count: 2,
              },
            ],
          },
        }),
      );
      expect(relations(results).sort()).toEqual(
        [
          'SovereignCluster:eu-prod-1 hostedBy cloudprovider:default/hetzner',
          'CloudProvider:hetzner hosts sovereigncluster:payments/eu-prod-1',
          'SovereignCluster:eu-prod-1 hostedBy cloudprovider:default/scaleway',
          'CloudProvider:scaleway hosts sovereigncluster:payments/eu-prod-1',
          'SovereignCluster:eu-prod-1 ownedBy group:default/platform-team',
          'group:platform-team ownerOf sovereigncluster:payments/eu-prod-1',
          'SovereignCluster:eu-prod-1 partOf resource:payments/eu-mesh',
          'Resource:eu-mesh hasPart sovereigncluster:payments/eu-prod-1',
          'SovereignCluster:eu-prod-1 partOf system:payments/checkout',
          'System:checkout hasPart sovereigncluster:payments/eu-prod-1',
        ].sort(),
      );
    });

    it('relates a provider to its owner', async () => {
      expect(relations(await postProcess(acmeDataCentre()))).toEqual([
        'CloudProvider:acme-dc ownedBy group:default/platform-team',
        'group:platform-team ownerOf cloudprovider:default/acme-dc',
      ]);
    });

    it('turns the cluster annotation of workloads into dependsOn relations', async () => {
      const component: Entity = {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        metadata: {
          name: 'checkout',
          namespace: 'shop',
          annotations: {
            'sovereign-cloud.io/cluster':
              'eu-prod-1, sovereigncluster:default/eu-prod-2',
          },
        },
        spec: { type: 'service', lifecycle: 'production', owner: 'team-a' },
      };
      const results = await postProcess(component);
      expect(relations(results)).toEqual([
        'Component:checkout dependsOn sovereigncluster:shop/eu-prod-1',
        'SovereignCluster:eu-prod-1 dependencyOf component:shop/checkout',
        'Component:checkout dependsOn sovereigncluster:default/eu-prod-2',
        'SovereignCluster:eu-prod-2 dependencyOf component:shop/checkout',
      ]);
      expect(results.filter(r => r.type === 'error')).toEqual([]);
    });

    it('reports annotation entries that are no cluster reference', async () => {
      const results = await postProcess({
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Resource',
        metadata: {
          name: 'db',
          annotations: {
            'sovereign-cloud.io/cluster': 'eu-prod-1, component:web, a:b:c/',
          },
        },
        spec: { type: 'database', owner: 'team-a' },
      });
      expect(relations(results)).toHaveLength(2);
      const errors = results.flatMap(r =>
        r.type === 'error' ? [r.error.message] : [],
      );
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain(
        'metadata.annotations["sovereign-cloud.io/cluster"]',
      );
      expect(errors[0]).toContain('"component:web"');
    });

    it('ignores other entities and never throws', async () => {
      await expect(
        postProcess({
          apiVersion: 'backstage.io/v1alpha1',
          kind: 'Group',
          metadata: { name: 'x' },
          spec: {},
        }),
      ).resolves.toEqual([]);
      const broken = {
        apiVersion: 'sovereign-cloud.io/v1alpha1',
        kind: 'SovereignCluster',
        metadata: { name: 'x' },
        spec: {},
      };
      const results = await postProcess(broken as Entity);
      expect(results.map(r => r.type)).toEqual(['error']);
    });
  });
});
