import { clone, JsonMap } from '../json';
import { apiVersionOf, ResourceType } from '../store/ResourceType';

/**
 * An object as served at one resource version. All versions of a resource share storage
 * and are served without conversion (a CRD's `None` strategy: only `apiVersion` changes).
 */
export function presentObject(type: ResourceType, stored: JsonMap): JsonMap {
  const object = clone(stored);
  return { ...object, apiVersion: apiVersionOf(type), kind: type.kind };
}

/** A list item: built-in lists omit `apiVersion` and `kind` per item, CR lists keep them. */
export function presentListItem(type: ResourceType, stored: JsonMap): JsonMap {
  const object = presentObject(type, stored);
  if (!type.custom) {
    delete object.apiVersion;
    delete object.kind;
  }
  return object;
}
