import { AuthService } from '@backstage/backend-plugin-api';
import { Entity } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import { SOVEREIGN_CLUSTER_KIND } from '@sovereign-cloud/plugin-sovereign-cloud-common';

/** Where SovereignCluster entities come from. */
export interface SovereignClusterSource {
  /** All SovereignCluster entities, at least with apiVersion, kind, metadata and `spec.access`. */
  list(): Promise<Entity[]>;
}

// Only what a ClusterDetails needs: keeps a refresh of thousands of clusters cheap.
const fields = [
  'apiVersion',
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.title',
  'spec.access',
];

/** Reads SovereignClusters from the catalog with this module's own service credentials. */
export class CatalogSovereignClusterSource implements SovereignClusterSource {
  readonly #catalog: CatalogService;
  readonly #auth: AuthService;

  static create(options: {
    catalog: CatalogService;
    auth: AuthService;
  }): CatalogSovereignClusterSource {
    return new CatalogSovereignClusterSource(options.catalog, options.auth);
  }

  private constructor(catalog: CatalogService, auth: AuthService) {
    this.#catalog = catalog;
    this.#auth = auth;
  }

  async list(): Promise<Entity[]> {
    const credentials = await this.#auth.getOwnServiceCredentials();
    const entities: Entity[] = [];
    for await (const page of this.#catalog.streamEntities(
      { filter: { kind: SOVEREIGN_CLUSTER_KIND }, fields },
      { credentials },
    )) {
      entities.push(...page);
    }
    return entities;
  }
}
