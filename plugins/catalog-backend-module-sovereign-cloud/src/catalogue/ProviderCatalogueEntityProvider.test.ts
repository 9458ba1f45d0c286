import {
  createMockDirectory,
  mockServices,
} from '@backstage/backend-test-utils';
import { ConfigReader } from '@backstage/config';
import { EntityProviderConnection } from '@backstage/plugin-catalog-node';
import { defaultCloudProviders } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { stringify } from 'yaml';
import { acmeDataCentre } from '../__testUtils__/entities';
import { ProviderCatalogueEntityProvider } from './ProviderCatalogueEntityProvider';
import { ProviderCatalogueSource } from './ProviderCatalogueSource';

const shipped = defaultCloudProviders().map(p => p.metadata.name);

describe('ProviderCatalogueEntityProvider', () => {
  const directory = createMockDirectory();

  async function emitted(catalogConfig: object) {
    const logger = mockServices.logger.mock();
    const source = ProviderCatalogueSource.fromConfig(
      new ConfigReader({ sovereignCloud: { catalog: catalogConfig } }),
      { logger, baseDir: directory.path },
    );
    const connection: jest.Mocked<EntityProviderConnection> = {
      applyMutation: jest.fn(),
      refresh: jest.fn(),
    };
    const provider = ProviderCatalogueEntityProvider.create({ source });
    await provider.connect(connection);
    expect(connection.applyMutation).toHaveBeenCalledTimes(1);
    const mutation = connection.applyMutation.mock.calls[0][0];
    if (mutation.type !== 'full') throw new Error('expected a full mutation');
    return { entities: mutation.entities.map(e => e.entity), source, logger };
  }

  it('emits the shipped catalogue, annotated with its source', async () => {
    const { entities, source } = await emitted({});
    expect(entities.map(e => e.metadata.name)).toEqual(shipped);
    expect(entities[0].metadata.annotations).toMatchObject({
      'backstage.io/managed-by-location':
        'sovereign-cloud:provider-catalogue/built-in',
      'backstage.io/managed-by-origin-location':
        'sovereign-cloud:provider-catalogue/built-in',
      'sovereign-cloud.io/source': 'catalogue',
      'sovereign-cloud.io/catalogue-version': expect.any(String),
    });
    expect(
      source.catalogue.find('cloudprovider:default/ionos')?.metadata.name,
    ).toBe('ionos');
  });

  it('can be disabled, leaving only the overrides', async () => {
    expect(
      (await emitted({ providerCatalogue: { enabled: false } })).entities,
    ).toEqual([]);
    const { entities, source } = await emitted({
      providerCatalogue: { enabled: false, overrides: [acmeDataCentre()] },
    });
    expect(entities.map(e => e.metadata.name)).toEqual(['acme-dc']);
    expect(source.catalogue.find('hetzner')).toBeUndefined();
  });

  it('merges inline and file overrides by name', async () => {
    const hetzner = defaultCloudProviders().find(
      p => p.metadata.name === 'hetzner',
    )!;
    const reviewedHetzner = {
      ...hetzner,
      metadata: { ...hetzner.metadata, title: 'Hetzner (reviewed by us)' },
    };
    directory.setContent({
      'providers.yaml': [
        stringify(reviewedHetzner),
        stringify(acmeDataCentre()),
      ].join('---\n'),
    });
    const { entities, logger } = await emitted({
      providerCatalogue: { overrides: ['providers.yaml'] },
    });
    expect(logger.warn).not.toHaveBeenCalled();
    expect(entities.map(e => e.metadata.name)).toEqual([...shipped, 'acme-dc']);
    const emittedHetzner = entities.find(e => e.metadata.name === 'hetzner')!;
    expect(emittedHetzner.metadata.title).toBe('Hetzner (reviewed by us)');
    expect(
      emittedHetzner.metadata.annotations?.['backstage.io/managed-by-location'],
    ).toBe('sovereign-cloud:provider-catalogue/config');
    expect(
      entities.find(e => e.metadata.name === 'ionos')!.metadata.annotations?.[
        'backstage.io/managed-by-location'
      ],
    ).toBe('sovereign-cloud:provider-catalogue/built-in');
  });

  it('logs and skips bad overrides without failing', async () => {
    directory.setContent({
      'broken.yaml': 'kind: CloudProvider\n  bad: [indent',
    });
    const broken = {
      ...acmeDataCentre(),
      metadata: { name: 'broken-dc' },
      spec: { type: 'moon' },
    };
    const { entities, logger } = await emitted({
      providerCatalogue: {
        overrides: [
          broken,
          'missing.yaml',
          'broken.yaml',
          42,
          acmeDataCentre(),
        ],
      },
    });
    expect(entities.map(e => e.metadata.name)).toEqual([...shipped, 'acme-dc']);
    const warnings = logger.warn.mock.calls.map(call => String(call[0]));
    expect(warnings).toHaveLength(4);
    expect(warnings[0]).toMatch(/overrides\[0\].*spec\.type/);
    expect(warnings[1]).toMatch(
      /overrides\[1\] \(missing\.yaml\): could not be read/,
    );
    expect(warnings[2]).toMatch(
      /overrides\[2\] \(broken\.yaml\): could not be read/,
    );
    expect(warnings[3]).toMatch(/overrides\[3\]/);
  });
});
