import {
  CloudProviderEntity,
  createProviderCatalogue,
  defaultCloudProviders,
  isCloudProvider,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { Entity } from '@backstage/catalog-model';

/** A location a person can place a cluster in. */
export type LocationChoice = {
  id: string;
  city?: string;
  country: string;
  euEea: boolean;
};

/** A provider as the placement picker shows it. */
export type ProviderChoice = {
  name: string;
  title: string;
  /** How clusters get created there, e.g. `Cluster API (CAPH)`; undefined when no path is known. */
  provisioning?: string;
  locations: LocationChoice[];
};

function provisioningOf(provider: CloudProviderEntity): string | undefined {
  const paths = provider.spec.provisioning
    .map(path => {
      if (path.method === 'cluster-api')
        return `Cluster API (${path.infrastructureProvider})`;
      if (path.method === 'crossplane') return `Crossplane (${path.service})`;
      return undefined;
    })
    .filter((path): path is string => path !== undefined);
  return paths.length ? [...new Set(paths)].join(', ') : undefined;
}

/**
 * The providers of the catalogue the plan action uses: the shipped ones plus
 * the CloudProvider entities in the catalog (which replace shipped entries of
 * the same name), sorted by title.
 */
export function providerChoices(catalogEntities: Entity[]): ProviderChoice[] {
  const catalogue = createProviderCatalogue([
    ...defaultCloudProviders(),
    ...catalogEntities.filter(isCloudProvider),
  ]);
  return catalogue.providers
    .map(provider => ({
      name: provider.metadata.name,
      title: provider.metadata.title ?? provider.metadata.name,
      provisioning: provisioningOf(provider),
      locations: provider.spec.locations.map(location => ({
        id: location.id,
        city: location.city,
        country: location.country,
        euEea: location.euEea,
      })),
    }))
    .sort((a, b) => a.title.localeCompare(b.title));
}
