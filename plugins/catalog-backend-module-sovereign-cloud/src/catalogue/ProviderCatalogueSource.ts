import { LoggerService } from '@backstage/backend-plugin-api';
import { Config } from '@backstage/config';
import {
  CloudProviderEntity,
  createProviderCatalogue,
  defaultCloudProviders,
  mergeCloudProviders,
  ProviderCatalogue,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { readProviderOverrides } from './readProviderOverrides';

/**
 * A provider of the catalogue and whether it is shipped or comes from config.
 * @public
 */
export interface CatalogueProvider {
  entity: CloudProviderEntity;
  origin: 'built-in' | 'config';
}

const nameKey = (entity: CloudProviderEntity) =>
  `${entity.metadata.namespace ?? 'default'}/${
    entity.metadata.name
  }`.toLocaleLowerCase('en-US');

/**
 * The provider catalogue this catalog serves: the shipped catalogue (unless
 * `sovereignCloud.catalog.providerCatalogue.enabled` is false) with the
 * overrides from config merged in by name. Read once at startup and shared
 * by the processor (checks) and the entity provider (entities), so both see
 * the same providers.
 * @public
 */
export class ProviderCatalogueSource {
  readonly #providers: CatalogueProvider[];
  readonly #catalogue: ProviderCatalogue;

  static fromConfig(
    config: Config,
    options: { logger: LoggerService; baseDir?: string },
  ): ProviderCatalogueSource {
    const enabled =
      config.getOptionalBoolean(
        'sovereignCloud.catalog.providerCatalogue.enabled',
      ) ?? true;
    const overrides = readProviderOverrides(config, {
      baseDir: options.baseDir,
    });
    for (const { origin, reason } of overrides.rejected) {
      options.logger.warn(
        `Skipped provider catalogue override ${origin}: ${reason}`,
      );
    }
    return ProviderCatalogueSource.create({
      builtIn: enabled ? defaultCloudProviders() : [],
      overrides: overrides.providers,
    });
  }

  static create(options: {
    builtIn: CloudProviderEntity[];
    overrides: CloudProviderEntity[];
  }): ProviderCatalogueSource {
    const fromConfig = new Set(options.overrides.map(nameKey));
    const merged = mergeCloudProviders(options.builtIn, options.overrides);
    return new ProviderCatalogueSource(
      merged.map(entity => ({
        entity,
        origin: fromConfig.has(nameKey(entity)) ? 'config' : 'built-in',
      })),
    );
  }

  private constructor(providers: CatalogueProvider[]) {
    this.#providers = providers;
    this.#catalogue = createProviderCatalogue(providers.map(p => p.entity));
  }

  /** Every provider, in catalogue order. */
  get providers(): readonly CatalogueProvider[] {
    return this.#providers;
  }

  /** Lookup by reference, for checks. */
  get catalogue(): ProviderCatalogue {
    return this.#catalogue;
  }
}
