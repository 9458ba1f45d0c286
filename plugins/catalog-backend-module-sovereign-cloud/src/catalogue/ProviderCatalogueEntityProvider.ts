import {
  DeferredEntity,
  EntityProvider,
  EntityProviderConnection,
} from '@backstage/plugin-catalog-node';
import { locationTargets, withSourceAnnotations } from '../locations';
import { ProviderCatalogueSource } from './ProviderCatalogueSource';

/**
 * Emits the provider catalogue as CloudProvider entities, one full mutation
 * at startup: the catalogue is fixed for the life of the backend (it comes
 * from the package and from config).
 * @public
 */
export class ProviderCatalogueEntityProvider implements EntityProvider {
  readonly #source: ProviderCatalogueSource;

  static create(options: {
    source: ProviderCatalogueSource;
  }): ProviderCatalogueEntityProvider {
    return new ProviderCatalogueEntityProvider(options.source);
  }

  private constructor(source: ProviderCatalogueSource) {
    this.#source = source;
  }

  getProviderName(): string {
    return 'sovereign-cloud-provider-catalogue';
  }

  async connect(connection: EntityProviderConnection): Promise<void> {
    await connection.applyMutation({ type: 'full', entities: this.entities() });
  }

  /** The entities of the catalogue, annotated with where each comes from. */
  entities(): DeferredEntity[] {
    return this.#source.providers.map(({ entity, origin }) => ({
      entity: withSourceAnnotations(
        entity,
        'catalogue',
        locationTargets.providerCatalogue(origin),
      ),
      locationKey: this.getProviderName(),
    }));
  }
}
