import { isJsonMap, JsonMap } from '../json';
import { FieldPath, FieldSet } from './FieldSet';
import { itemElement, ShapeCursor } from './ObjectShape';

/** Which part of an object a write manages: the main resource or its `status`. */
export type FieldScope = 'main' | 'status';

/** A member of an object's field set and the value found there. */
export interface IndexedField {
  path: FieldPath;
  value: unknown;
  /** `item` members are list items (or set values); they never conflict by value. */
  kind: 'leaf' | 'item';
}

// Server-maintained metadata never enters managedFields.
const ignoredMetadata = new Set([
  'name',
  'namespace',
  'generateName',
  'uid',
  'resourceVersion',
  'generation',
  'creationTimestamp',
  'deletionTimestamp',
  'deletionGracePeriodSeconds',
  'managedFields',
  'selfLink',
]);

function isTracked(
  field: string,
  depth: number,
  scope: FieldScope,
  hasStatus: boolean,
  inMetadata: boolean,
) {
  if (depth === 0) {
    if (scope === 'status') {
      return field === 'status';
    }
    return (
      field !== 'apiVersion' &&
      field !== 'kind' &&
      !(hasStatus && field === 'status')
    );
  }
  return !(inMetadata && depth === 1 && ignoredMetadata.has(field));
}

/**
 * Lists the fields an object sets, keyed like `managedFields`: leaves (scalars, atomic
 * lists and maps, empty maps) and keyed list items, each with its value.
 */
export function indexFields(
  object: JsonMap | undefined,
  cursor: ShapeCursor,
  options: { scope: FieldScope; hasStatus: boolean },
): Map<string, IndexedField> {
  const index = new Map<string, IndexedField>();
  const add = (path: FieldPath, value: unknown, kind: IndexedField['kind']) =>
    index.set(path.join('\u0000'), { path, value, kind });

  const walk = (
    value: unknown,
    path: FieldPath,
    at: ShapeCursor,
    depth: number,
    inMetadata: boolean,
  ) => {
    if (
      isJsonMap(value) &&
      (depth === 0 || at.mapSemantics(value) === 'granular')
    ) {
      const fields = Object.keys(value).filter(
        k => value[k] !== undefined && value[k] !== null,
      );
      if (fields.length === 0 && depth > 0) {
        add(path, value, 'leaf');
      }
      for (const field of fields) {
        const childInMetadata =
          inMetadata || (depth === 0 && field === 'metadata');
        if (
          isTracked(field, depth, options.scope, options.hasStatus, inMetadata)
        ) {
          walk(
            value[field],
            [...path, `f:${field}`],
            at.child(field),
            depth + 1,
            childInMetadata,
          );
        }
      }
      return;
    }
    if (Array.isArray(value) && value.length > 0) {
      const semantics = at.listSemantics(value);
      if (semantics.type !== 'atomic') {
        for (const item of value) {
          const itemPath = [...path, itemElement(semantics, item)!];
          add(itemPath, item, 'item');
          if (semantics.type === 'map') {
            const itemCursor = at.item();
            for (const field of Object.keys(item as JsonMap)) {
              const fieldValue = (item as JsonMap)[field];
              if (fieldValue !== undefined && fieldValue !== null) {
                walk(
                  fieldValue,
                  [...itemPath, `f:${field}`],
                  itemCursor.child(field),
                  depth + 2,
                  inMetadata,
                );
              }
            }
          }
        }
        return;
      }
    }
    add(path, value, 'leaf');
  };

  if (object) {
    walk(object, [], cursor, 0, false);
  }
  return index;
}

export function fieldSetOf(index: Map<string, IndexedField>): FieldSet {
  return FieldSet.of([...index.values()].map(f => f.path));
}
