import { Entity } from '@backstage/catalog-model';
import { createHash } from 'node:crypto';

/**
 * Identifies the input of an assessment apart from live evidence: the
 * entity's declaration and the provider catalogue. A stored assessment whose
 * fingerprint differs is recomputed from its stored observations.
 */
export function assessmentFingerprint(
  entity: Entity,
  catalogueFingerprint: string,
): string {
  return createHash('sha256')
    .update(
      JSON.stringify([
        entity.metadata.namespace ?? 'default',
        entity.metadata.name,
        entity.spec ?? null,
      ]),
    )
    .update(catalogueFingerprint)
    .digest('hex');
}
