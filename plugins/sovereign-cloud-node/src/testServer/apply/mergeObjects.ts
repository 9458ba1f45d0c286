import { clone, isJsonMap, JsonMap } from '../json';
import { FieldPath } from './FieldSet';
import { itemElement, ListSemantics, ShapeCursor } from './ObjectShape';

/** Semantics decided from the incoming list, kept only if the existing items fit them. */
function mergeSemantics(
  at: ShapeCursor,
  incoming: unknown[],
  existing: unknown[],
): ListSemantics {
  const semantics = at.listSemantics(incoming);
  if (
    semantics.type === 'map' &&
    existing.some(item => itemElement(semantics, item) === undefined)
  ) {
    return { type: 'atomic' };
  }
  return semantics;
}

/**
 * Merges an applied configuration into the live object: maps key by key, keyed lists
 * item by item, sets by value; scalars and atomic lists or maps are replaced.
 */
export function mergeApplied(
  live: unknown,
  applied: unknown,
  at: ShapeCursor,
  depth = 0,
): unknown {
  if (
    isJsonMap(applied) &&
    isJsonMap(live) &&
    (depth === 0 || at.mapSemantics(applied) === 'granular')
  ) {
    const result = clone(live);
    for (const [field, value] of Object.entries(applied)) {
      if (value === null) {
        delete result[field];
      } else if (value !== undefined) {
        result[field] = mergeApplied(
          live[field],
          value,
          at.child(field),
          depth + 1,
        );
      }
    }
    return result;
  }
  if (Array.isArray(applied) && Array.isArray(live)) {
    const semantics = mergeSemantics(at, applied, live);
    if (semantics.type === 'map') {
      const result = live.map(item => clone(item));
      for (const item of applied) {
        const element = itemElement(semantics, item);
        const index = result.findIndex(
          existing => itemElement(semantics, existing) === element,
        );
        if (index >= 0) {
          result[index] = mergeApplied(
            result[index],
            item,
            at.item(),
            depth + 1,
          );
        } else {
          result.push(clone(item));
        }
      }
      return result;
    }
    if (semantics.type === 'set') {
      const result = live.map(item => clone(item));
      const present = new Set(result.map(item => itemElement(semantics, item)));
      for (const item of applied) {
        if (!present.has(itemElement(semantics, item))) {
          result.push(clone(item));
        }
      }
      return result;
    }
  }
  return clone(applied);
}

function isEmpty(value: unknown): boolean {
  return (
    (Array.isArray(value) && value.length === 0) ||
    (isJsonMap(value) && Object.keys(value).length === 0)
  );
}

/**
 * Removes one field path (a field, a keyed item or a set value) from an object, then
 * drops the maps and lists that the removal left empty.
 */
export function removeFieldPath(
  root: JsonMap,
  path: FieldPath,
  cursor: ShapeCursor,
): void {
  const trail: Array<{ container: JsonMap | unknown[]; key: string | number }> =
    [];
  let container: unknown = root;
  let at = cursor;
  for (const element of path) {
    if (element.startsWith('f:')) {
      const field = element.slice(2);
      if (!isJsonMap(container) || !(field in container)) {
        return;
      }
      trail.push({ container, key: field });
      container = container[field];
      at = at.child(field);
    } else {
      if (!Array.isArray(container)) {
        return;
      }
      const semantics = at.listSemantics(container);
      const index = container.findIndex(
        item => itemElement(semantics, item) === element,
      );
      if (index < 0) {
        return;
      }
      trail.push({ container, key: index });
      container = container[index];
      at = at.item();
    }
  }
  // Delete the target, then prune parents it emptied (never the root or metadata).
  for (let i = trail.length - 1; i >= 0; i--) {
    const { container: parent, key } = trail[i];
    const isTarget = i === trail.length - 1;
    const value = Array.isArray(parent)
      ? parent[key as number]
      : (parent as JsonMap)[key as string];
    if (!isTarget && (!isEmpty(value) || i === 0)) {
      break;
    }
    if (Array.isArray(parent)) {
      parent.splice(key as number, 1);
    } else {
      delete (parent as JsonMap)[key as string];
    }
  }
}
