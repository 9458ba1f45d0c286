import { CompoundEntityRef } from '@backstage/catalog-model';
import {
  CatalogProcessorEmit,
  processingResult,
} from '@backstage/plugin-catalog-node';

/** A relation type and its reverse, e.g. `hostedBy`/`hosts`. */
export interface RelationPair {
  type: string;
  reverse: string;
}

/** Emits `source -type-> target` and `target -reverse-> source`; the catalog adds no reverses itself. */
export function emitRelationPair(
  emit: CatalogProcessorEmit,
  source: CompoundEntityRef,
  pair: RelationPair,
  target: CompoundEntityRef,
): void {
  emit(processingResult.relation({ source, type: pair.type, target }));
  emit(
    processingResult.relation({
      source: target,
      type: pair.reverse,
      target: source,
    }),
  );
}
