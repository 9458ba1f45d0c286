import { AuthService, LoggerService } from '@backstage/backend-plugin-api';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  SovereignClusterEntity,
  WeightProfile,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { ProviderCatalogueLoader } from '../catalogue/ProviderCatalogueLoader';
import { readClusters } from '../catalogue/readClusters';
import { PostureStore } from '../database/PostureStore';
import { FleetIndex } from './FleetIndex';
import { fleetClusterOf } from './FleetEntry';

/**
 * Fills the fleet index from the catalog (clusters, read with the plugin's
 * own credentials) and the database (latest assessments). Runs on every
 * backend instance, so assessments made by another instance show up too.
 */
export class FleetIndexLoader {
  readonly #index: FleetIndex;
  readonly #catalog: CatalogService;
  readonly #auth: AuthService;
  readonly #catalogue: ProviderCatalogueLoader;
  readonly #store: PostureStore;
  readonly #logger: LoggerService;
  readonly #defaultProfile: WeightProfile;
  readonly #ready: Promise<void>;
  #markReady!: () => void;

  static create(options: {
    index: FleetIndex;
    catalog: CatalogService;
    auth: AuthService;
    catalogue: ProviderCatalogueLoader;
    store: PostureStore;
    logger: LoggerService;
    defaultProfile: WeightProfile;
  }): FleetIndexLoader {
    return new FleetIndexLoader(options);
  }

  private constructor(options: {
    index: FleetIndex;
    catalog: CatalogService;
    auth: AuthService;
    catalogue: ProviderCatalogueLoader;
    store: PostureStore;
    logger: LoggerService;
    defaultProfile: WeightProfile;
  }) {
    this.#index = options.index;
    this.#defaultProfile = options.defaultProfile;
    this.#catalog = options.catalog;
    this.#auth = options.auth;
    this.#catalogue = options.catalogue;
    this.#store = options.store;
    this.#logger = options.logger;
    this.#ready = new Promise(resolve => {
      this.#markReady = resolve;
    });
  }

  /** Settles after the first load attempt, successful or not. */
  get ready(): Promise<void> {
    return this.#ready;
  }

  /** Reads the catalog's clusters and the stored assessments into the index. */
  async refresh(): Promise<void> {
    try {
      let clusters: SovereignClusterEntity[] | undefined;
      try {
        clusters = await readClusters(
          this.#catalog,
          await this.#auth.getOwnServiceCredentials(),
        );
      } catch (error) {
        // Keep the clusters of the last load; the stored assessments still refresh.
        this.#logger.warn(
          `Could not read SovereignClusters from the catalog: ${error}`,
        );
      }
      await this.apply(clusters);
    } finally {
      this.#markReady();
    }
  }

  /** Puts already read clusters (or none, to keep the current ones) and the stored assessments in the index. */
  async apply(clusters: SovereignClusterEntity[] | undefined): Promise<void> {
    if (clusters) {
      const { catalogue } = await this.#catalogue.get();
      this.#index.setClusters(clusters.map(c => fleetClusterOf(c, catalogue)));
    }
    this.#index.setAssessments(await this.#store.listSummaries());
    // Build the default view now, so no request pays for it.
    this.#index.view(this.#defaultProfile).sorted('name', 'asc');
  }
}
