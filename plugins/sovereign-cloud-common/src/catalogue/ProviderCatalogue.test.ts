import { defaultCloudProviders } from '../providers';
import { exampleCloudProvider } from '../schema/examples';
import {
  createProviderCatalogue,
  findProviderLocation,
  mergeCloudProviders,
} from './ProviderCatalogue';

describe('ProviderCatalogue', () => {
  const catalogue = createProviderCatalogue(defaultCloudProviders());

  it.each(['ionos', 'cloudprovider:ionos', 'CloudProvider:default/ionos'])(
    'finds %s',
    ref => {
      expect(catalogue.find(ref)?.metadata.name).toBe('ionos');
    },
  );

  it.each([
    'cloudprovider:other/ionos',
    'resource:ionos',
    'cloudprovider:',
    'nope',
  ])('does not find %s', ref => {
    expect(catalogue.find(ref)).toBeUndefined();
  });

  it('finds locations by id, zone and alias', () => {
    const scaleway = catalogue.find('scaleway')!;
    expect(findProviderLocation(scaleway, 'fr-par')?.id).toBe('fr-par');
    expect(findProviderLocation(scaleway, 'fr-par-2')?.id).toBe('fr-par');
    expect(
      findProviderLocation(catalogue.find('plusserver')!, 'pco-prod3')?.id,
    ).toBe('prod3');
    expect(findProviderLocation(scaleway, 'de/fra')).toBeUndefined();
  });

  it('merges overrides: replace by name, append new ones, remove by reference', () => {
    const ownIonos = {
      ...defaultCloudProviders()[0],
      spec: { ...defaultCloudProviders()[0].spec, locations: [] },
    };
    const merged = mergeCloudProviders(
      defaultCloudProviders(),
      [ownIonos, exampleCloudProvider],
      {
        remove: ['google-cloud', 'cloudprovider:default/private-dc'],
      },
    );
    expect(merged.map(p => p.metadata.name)).toEqual([
      'ionos',
      'scaleway',
      'ovhcloud',
      'plusserver',
      'stackit',
      'hetzner',
      'open-telekom-cloud',
      'aws',
      'aws-esc',
      'azure',
      'example-dc',
    ]);
    expect(merged[0]).toBe(ownIonos);
  });

  it('lets the last duplicate win when indexing', () => {
    const replaced = {
      ...exampleCloudProvider,
      metadata: { ...exampleCloudProvider.metadata, title: 'New' },
    };
    const own = createProviderCatalogue([exampleCloudProvider, replaced]);
    expect(own.providers).toHaveLength(1);
    expect(own.find('example-dc')?.metadata.title).toBe('New');
  });
});
