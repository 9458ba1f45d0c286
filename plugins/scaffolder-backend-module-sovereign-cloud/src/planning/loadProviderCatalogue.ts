import {
  BackstageCredentials,
  LoggerService,
} from '@backstage/backend-plugin-api';
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

/**
 * {@link loadProviderCatalogue}, or the shipped catalogue when the catalog
 * cannot be read: it still covers every built-in provider.
 */
export async function loadProviderCatalogueOrShipped(
  catalog: CatalogService,
  credentials: BackstageCredentials,
  logger: LoggerService,
): Promise<ProviderCatalogue> {
  try {
    return await loadProviderCatalogue(catalog, credentials);
  } catch (error) {
    logger.warn(
      `Could not read CloudProviders from the catalog, planning with the shipped catalogue: ${error}`,
    );
    return createProviderCatalogue(defaultCloudProviders());
  }
}
