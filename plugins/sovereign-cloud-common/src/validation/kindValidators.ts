import { Entity, KindValidator } from '@backstage/catalog-model';
import {
  CLOUD_PROVIDER_KIND,
  SOVEREIGN_CLOUD_API_VERSION,
  SOVEREIGN_CLUSTER_KIND,
} from '../entities/constants';
import {
  assertValidCloudProvider,
  assertValidSovereignCluster,
} from './validateEntities';

function kindValidator(
  kind: string,
  assertValid: (input: unknown) => unknown,
): KindValidator {
  return {
    async check(entity: Entity) {
      // Other kinds and versions are not ours to judge: answer false, as Backstage's validators do.
      if (
        entity.apiVersion !== SOVEREIGN_CLOUD_API_VERSION ||
        entity.kind !== kind
      )
        return false;
      assertValid(entity);
      return true;
    },
  };
}

/**
 * For a catalog processor's `validateEntityKind`: false for other kinds,
 * true for a valid SovereignCluster, otherwise throws an
 * {@link EntityValidationError} listing every problem.
 * @public
 */
export const sovereignClusterEntityV1alpha1Validator: KindValidator =
  kindValidator(SOVEREIGN_CLUSTER_KIND, assertValidSovereignCluster);

/**
 * For a catalog processor's `validateEntityKind`, like
 * {@link sovereignClusterEntityV1alpha1Validator} for CloudProvider.
 * @public
 */
export const cloudProviderEntityV1alpha1Validator: KindValidator =
  kindValidator(CLOUD_PROVIDER_KIND, assertValidCloudProvider);
