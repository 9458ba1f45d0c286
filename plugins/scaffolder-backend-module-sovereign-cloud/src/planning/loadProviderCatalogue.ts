import { BackstageCredentials } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  CLOUD_PROVIDER_KIND,
  createProviderCatalogue,
  defaultCloudProviders,
  isCloudProvider,
  ProviderCatalogue,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';

/**
 * The shipped provider catalogue plus the CloudProviders the initiator can
 * see in the catalog (config overrides, operators' own data centres); a
 * catalog entry replaces the shipped one of the same name.
 */
export async function loadProviderCatalogue(
  catalog: CatalogService,
  credentials: BackstageCredentials,
): Promise<ProviderCatalogue> {
  const { items } = await catalog.getEntities(
    { filter: { kind: CLOUD_PROVIDER_KIND } },
    { credentials },
  );
  return createProviderCatalogue([
    ...defaultCloudProviders(),
    ...items.filter(isCloudProvider),
  ]);
}
