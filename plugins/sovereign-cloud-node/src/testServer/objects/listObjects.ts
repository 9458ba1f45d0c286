import { JsonMap, metadataOf } from '../json';
import { parseFieldSelector } from '../selectors/fieldSelector';
import { parseLabelSelector } from '../selectors/labelSelector';
import { ObjectStore } from '../store/ObjectStore';
import {
  apiVersionOf,
  ResourceType,
  storageKeyOf,
} from '../store/ResourceType';
import { decodeContinue, encodeContinue } from './continueToken';
import { presentListItem } from './presentObject';
import { ListRequest } from './requests';

/**
 * A list response: objects in key order filtered by the selectors, one page of `limit`
 * items with a `continue` token for the rest. Later pages report the first page's
 * resource version but read the current objects (no snapshot, unlike etcd).
 */
export function listObjects(
  store: ObjectStore,
  type: ResourceType,
  namespace: string | undefined,
  request: ListRequest,
): JsonMap {
  const labels = parseLabelSelector(request.labelSelector);
  const fields = parseFieldSelector(request.fieldSelector, type.plural);
  const position = request.continue
    ? decodeContinue(request.continue)
    : undefined;
  const matching = store
    .list(storageKeyOf(type), type.namespaced ? namespace : undefined)
    .filter(
      o =>
        labels((metadataOf(o).labels as Record<string, string>) ?? {}) &&
        fields(o),
    );
  const keyOf = (o: JsonMap) =>
    `${metadataOf(o).namespace ?? ''}/${metadataOf(o).name}`;
  const remaining = position
    ? matching.filter(o => keyOf(o) > position.start)
    : matching;
  const limit =
    request.limit && request.limit > 0 ? request.limit : remaining.length;
  const page = remaining.slice(0, limit);
  const more = remaining.length > page.length;
  const resourceVersion = position?.resourceVersion ?? store.revision;
  const filtered = Boolean(request.labelSelector || request.fieldSelector);
  return {
    kind: type.listKind,
    apiVersion: apiVersionOf(type),
    metadata: {
      resourceVersion: String(resourceVersion),
      ...(more
        ? {
            continue: encodeContinue({
              resourceVersion,
              start: keyOf(page[page.length - 1]),
            }),
            // The API server only counts what remains when no selector filters the list.
            ...(filtered
              ? {}
              : { remainingItemCount: remaining.length - page.length }),
          }
        : {}),
    },
    items: page.map(o => presentListItem(type, o)),
  };
}
