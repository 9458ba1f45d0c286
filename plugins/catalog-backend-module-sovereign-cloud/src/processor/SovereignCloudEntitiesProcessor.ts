import { Entity, getCompoundEntityRef } from '@backstage/catalog-model';
import { LocationSpec } from '@backstage/plugin-catalog-common';
import {
  CatalogProcessor,
  CatalogProcessorEmit,
  processingResult,
} from '@backstage/plugin-catalog-node';
import {
  ANNOTATION_SOVEREIGN_CLOUD_CLUSTER,
  assertValidCloudProvider,
  assertValidSovereignCluster,
  EntityValidationError,
  isCloudProvider,
  isSovereignCluster,
  ProviderCatalogue,
  SOVEREIGN_CLUSTER_KIND,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { catalogueProblems } from './catalogueProblems';
import {
  clusterRelations,
  OutgoingRelation,
  providerRelations,
} from './clusterRelations';
import { emitRelationPair } from './emitRelationPair';
import { declaresClusters, workloadRelations } from './workloadRelations';

/**
 * Makes `SovereignCluster` and `CloudProvider` known to the catalog:
 * validates them (every problem with its path, as one `InputError`), checks
 * clusters against the provider catalogue, and emits their relations in both
 * directions. Components, Resources, Systems and APIs that name clusters in
 * the `sovereign-cloud.io/cluster` annotation get `dependsOn` relations.
 * @public
 */
export class SovereignCloudEntitiesProcessor implements CatalogProcessor {
  readonly #catalogue?: ProviderCatalogue;

  /**
   * Clusters are checked against `options.catalogue`; without one (or with an
   * empty one) the check is skipped, e.g. when every CloudProvider comes from
   * catalog locations the processor cannot see.
   */
  static create(
    options: { catalogue?: ProviderCatalogue } = {},
  ): SovereignCloudEntitiesProcessor {
    return new SovereignCloudEntitiesProcessor(options.catalogue);
  }

  private constructor(catalogue?: ProviderCatalogue) {
    this.#catalogue = catalogue?.providers.length ? catalogue : undefined;
  }

  getProcessorName(): string {
    return 'SovereignCloudEntitiesProcessor';
  }

  async validateEntityKind(entity: Entity): Promise<boolean> {
    if (isSovereignCluster(entity)) {
      // Throws EntityValidationError (an InputError) listing every problem.
      const cluster = assertValidSovereignCluster(entity);
      if (this.#catalogue) {
        const problems = catalogueProblems(cluster, this.#catalogue);
        if (problems.length) {
          throw new EntityValidationError(
            SOVEREIGN_CLUSTER_KIND,
            cluster.metadata.name,
            problems,
          );
        }
      }
      return true;
    }
    if (isCloudProvider(entity)) {
      assertValidCloudProvider(entity);
      return true;
    }
    return false;
  }

  async postProcessEntity(
    entity: Entity,
    location: LocationSpec,
    emit: CatalogProcessorEmit,
  ): Promise<Entity> {
    // Runs after validation, so our kinds are well-formed here; the guard is
    // for anything that was not, which must become an error, not a crash.
    try {
      const self = getCompoundEntityRef(entity);
      const emitAll = (relations: OutgoingRelation[]) =>
        relations.forEach(({ pair, target }) =>
          emitRelationPair(emit, self, pair, target),
        );

      if (isSovereignCluster(entity)) {
        emitAll(clusterRelations(entity));
      } else if (isCloudProvider(entity)) {
        emitAll(providerRelations(entity));
      } else if (declaresClusters(entity)) {
        const { relations, invalid } = workloadRelations(entity);
        emitAll(relations);
        if (invalid.length) {
          emit(
            processingResult.inputError(
              location,
              `metadata.annotations["${ANNOTATION_SOVEREIGN_CLOUD_CLUSTER}"]: ${invalid
                .map(value => JSON.stringify(value))
                .join(', ')} ${
                invalid.length === 1 ? 'is' : 'are'
              } not a reference to a SovereignCluster, like eu-prod-1 or sovereigncluster:default/eu-prod-1`,
            ),
          );
        }
      }
    } catch (error) {
      emit(
        processingResult.inputError(
          location,
          `${this.getProcessorName()} could not derive relations: ${
            error instanceof Error ? error.message : String(error)
          }`,
        ),
      );
    }
    return entity;
  }
}
