import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  CLOUD_PROVIDER_KIND,
  CloudProviderEntity,
  createProviderCatalogue,
  defaultCloudProviders,
  isCloudProvider,
  ProviderCatalogue,
  ProviderFacts,
  providerFactsFromCatalogue,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { createHash } from 'node:crypto';

/** The provider catalogue as the engine reads it, with a fingerprint of its content. */
export interface CatalogueSnapshot {
  catalogue: ProviderCatalogue;
  providerFacts: ProviderFacts[];
  /** Changes whenever a provider's facts change, so stored assessments can tell they are stale. */
  fingerprint: string;
}

/** How long a loaded catalogue is reused before the catalog is asked again. */
const TTL_MS = 5 * 60 * 1000;

/**
 * The shipped provider catalogue plus the CloudProvider entities in the
 * catalog (which carry config overrides and operators' own providers; a
 * catalog entry replaces the shipped one of the same name). Providers are
 * shared facts, read with the plugin's own credentials.
 */
export class ProviderCatalogueLoader {
  readonly #catalog: CatalogService;
  readonly #auth: AuthService;
  readonly #logger: LoggerService;
  #snapshot?: { value: CatalogueSnapshot; loadedAt: number };
  #loading?: Promise<CatalogueSnapshot>;

  static create(options: {
    catalog: CatalogService;
    auth: AuthService;
    logger: LoggerService;
  }): ProviderCatalogueLoader {
    return new ProviderCatalogueLoader(options);
  }

  private constructor(options: {
    catalog: CatalogService;
    auth: AuthService;
    logger: LoggerService;
  }) {
    this.#catalog = options.catalog;
    this.#auth = options.auth;
    this.#logger = options.logger;
  }

  /** The cached snapshot, loaded when missing or older than five minutes. */
  async get(): Promise<CatalogueSnapshot> {
    const cached = this.#snapshot;
    if (cached && Date.now() - cached.loadedAt < TTL_MS) return cached.value;
    return this.reload();
  }

  /** Reads the catalog now (one load at a time). */
  async reload(): Promise<CatalogueSnapshot> {
    if (!this.#loading) {
      this.#loading = this.#load().finally(() => {
        this.#loading = undefined;
      });
    }
    return this.#loading;
  }

  async #load(): Promise<CatalogueSnapshot> {
    let fromCatalog: CloudProviderEntity[] = [];
    try {
      const credentials = await this.#auth.getOwnServiceCredentials();
      const { items } = await this.#catalog.getEntities(
        { filter: { kind: CLOUD_PROVIDER_KIND } },
        { credentials },
      );
      fromCatalog = items.filter(isCloudProvider);
    } catch (error) {
      // The shipped catalogue still gives every built-in provider's facts.
      this.#logger.warn(
        `Could not read CloudProviders from the catalog, using the shipped catalogue: ${error}`,
      );
    }
    const value = snapshotOf(
      [...defaultCloudProviders(), ...fromCatalog],
      this.#logger,
    );
    this.#snapshot = { value, loadedAt: Date.now() };
    return value;
  }
}

/** Builds a snapshot from provider entities (later entries win). */
export function snapshotOf(
  providers: CloudProviderEntity[],
  logger?: LoggerService,
): CatalogueSnapshot {
  const catalogue = createProviderCatalogue(providers);
  // Nodes name providers by metadata.name: one set of facts per name, the last one wins.
  const byId = new Map<string, ProviderFacts>();
  for (const entity of catalogue.providers) {
    try {
      byId.set(entity.metadata.name, providerFactsFromCatalogue(entity));
    } catch (error) {
      logger?.warn(
        `Skipped CloudProvider ${entity.metadata.name} for posture: ${error}`,
      );
    }
  }
  const fingerprint = createHash('sha256')
    .update(
      JSON.stringify(
        catalogue.providers.map(p => [
          p.metadata.namespace,
          p.metadata.name,
          p.spec,
        ]),
      ),
    )
    .digest('hex');
  return { catalogue, providerFacts: [...byId.values()], fingerprint };
}
