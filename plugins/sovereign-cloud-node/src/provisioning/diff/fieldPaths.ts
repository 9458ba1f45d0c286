import { FieldChange } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { KubernetesObject } from '../../kubernetes/types';

type JsonMap = Record<string, unknown>;

function isJsonMap(value: unknown): value is JsonMap {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Structural equality of JSON values; key order does not matter. */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]));
  }
  if (isJsonMap(a) && isJsonMap(b)) {
    const aKeys = Object.keys(a).filter(k => a[k] !== undefined);
    const bKeys = Object.keys(b).filter(k => b[k] !== undefined);
    return (
      aKeys.length === bKeys.length &&
      aKeys.every(k => Object.hasOwn(b, k) && jsonEqual(a[k], b[k]))
    );
  }
  return false;
}

// The API server maintains these; they differ between any two reads and are no change.
const serverMaintainedMetadata = new Set([
  'name',
  'namespace',
  'uid',
  'resourceVersion',
  'generation',
  'creationTimestamp',
  'deletionTimestamp',
  'deletionGracePeriodSeconds',
  'managedFields',
  'selfLink',
]);

// Client bookkeeping, not configuration.
const noiseAnnotations = new Set([
  'kubectl.kubernetes.io/last-applied-configuration',
  'deployment.kubernetes.io/revision',
]);

const plainField = /^[A-Za-z_$][\w$-]*$/;

/** `spec.replicas`; keys that are not plain names (labels, annotations) in brackets. */
function fieldSegment(prefix: string, field: string): string {
  if (plainField.test(field)) {
    return prefix ? `${prefix}.${field}` : field;
  }
  return `${prefix}[${JSON.stringify(field)}]`;
}

function keyValue(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** `[name=pool-a]` or `[containerPort=80,protocol=TCP]`, key names sorted. */
function itemSegment(key: JsonMap): string {
  return `[${Object.keys(key)
    .sort()
    .map(name => `${name}=${keyValue(key[name])}`)
    .join(',')}]`;
}

/**
 * Who owns what on a live object, from `metadata.managedFields[].fieldsV1`: the
 * managers of each path (as {@link flattenFields} names it), and the merge keys
 * (`k:{...}` elements) of each keyed list.
 */
export interface FieldOwnership {
  owners: Map<string, Set<string>>;
  listKeys: Map<string, string[]>;
}

export function emptyOwnership(): FieldOwnership {
  return { owners: new Map(), listKeys: new Map() };
}

/**
 * Decodes the `fieldsV1` tries of an object's managers: `f:<field>` is a field,
 * `k:<json>` a list item by its merge key, `v:<json>` an item of a set (owned as
 * the whole list here, since lists of scalars are one leaf), `.` the node itself.
 */
export function readFieldOwnership(
  objects: Array<KubernetesObject | undefined>,
): FieldOwnership {
  const ownership = emptyOwnership();
  const own = (path: string, manager: string) => {
    const set = ownership.owners.get(path) ?? new Set<string>();
    set.add(manager);
    ownership.owners.set(path, set);
  };
  const walk = (node: unknown, path: string, manager: string) => {
    const children = isJsonMap(node) ? Object.keys(node) : [];
    if (children.length === 0 && path) {
      own(path, manager);
      return;
    }
    for (const child of children) {
      if (child === '.') {
        own(path, manager);
      } else if (child.startsWith('f:')) {
        walk(
          (node as JsonMap)[child],
          fieldSegment(path, child.slice(2)),
          manager,
        );
      } else if (child.startsWith('k:')) {
        let key: unknown;
        try {
          key = JSON.parse(child.slice(2));
        } catch {
          continue;
        }
        if (!isJsonMap(key)) continue;
        ownership.listKeys.set(path, Object.keys(key).sort());
        walk((node as JsonMap)[child], `${path}${itemSegment(key)}`, manager);
      } else if (child.startsWith('v:')) {
        own(path, manager);
      }
    }
  };
  for (const object of objects) {
    for (const entry of object?.metadata.managedFields ?? []) {
      if (entry.manager && isJsonMap(entry.fieldsV1)) {
        walk(entry.fieldsV1, '', entry.manager);
      }
    }
  }
  return ownership;
}

/** The merge key of a list, if every item has it and no two items share it. */
function listKeyOf(
  items: unknown[],
  declared: string[] | undefined,
): string[] | undefined {
  if (!items.every(isJsonMap)) return undefined;
  const candidates = [declared, ['name']].filter(
    (keys): keys is string[] => !!keys && keys.length > 0,
  );
  for (const keys of candidates) {
    const segments = (items as JsonMap[]).map(item =>
      keys.every(k => item[k] !== undefined && item[k] !== null)
        ? itemSegment(Object.fromEntries(keys.map(k => [k, item[k]])))
        : undefined,
    );
    if (
      segments.every(s => s !== undefined) &&
      new Set(segments).size === segments.length
    ) {
      return keys;
    }
  }
  return undefined;
}

/** One leaf of an object: a scalar, an empty map or list, or a list of scalars. */
export interface Leaf {
  path: string;
  value: unknown;
}

/**
 * Lists the leaves of an object by path, in document order: maps field by field,
 * lists of objects item by item (by merge key, else by index), lists of scalars as
 * one leaf. Identity (`apiVersion`, `kind`, name, namespace), server-maintained
 * metadata, `status` and client bookkeeping annotations are left out.
 */
export function flattenFields(
  object: KubernetesObject | undefined,
  ownership: FieldOwnership = emptyOwnership(),
): Map<string, Leaf> {
  const leaves = new Map<string, Leaf>();
  const add = (path: string, value: unknown) =>
    leaves.set(path, { path, value });
  const walk = (value: unknown, path: string) => {
    if (isJsonMap(value)) {
      const fields = Object.keys(value).filter(
        k => value[k] !== undefined && value[k] !== null,
      );
      if (fields.length === 0) {
        add(path, {});
      }
      for (const field of fields) {
        walk(value[field], fieldSegment(path, field));
      }
      return;
    }
    if (Array.isArray(value) && value.length > 0 && value.every(isJsonMap)) {
      const keys = listKeyOf(value, ownership.listKeys.get(path));
      value.forEach((item, index) => {
        const segment = keys
          ? itemSegment(Object.fromEntries(keys.map(k => [k, item[k]])))
          : `[${index}]`;
        walk(item, `${path}${segment}`);
      });
      return;
    }
    add(path, value);
  };
  if (!object) return leaves;
  for (const [field, value] of Object.entries(object)) {
    if (
      value === undefined ||
      value === null ||
      ['apiVersion', 'kind', 'status', 'metadata'].includes(field)
    ) {
      continue;
    }
    walk(value, fieldSegment('', field));
  }
  const metadata = isJsonMap(object.metadata) ? object.metadata : {};
  for (const [field, value] of Object.entries(metadata)) {
    if (
      value === undefined ||
      value === null ||
      serverMaintainedMetadata.has(field)
    ) {
      continue;
    }
    if (field === 'annotations' && isJsonMap(value)) {
      const kept = Object.entries(value).filter(
        ([name]) => !noiseAnnotations.has(name),
      );
      if (kept.length > 0)
        walk(Object.fromEntries(kept), 'metadata.annotations');
      continue;
    }
    walk(value, fieldSegment('metadata', field));
  }
  return leaves;
}

/** Whether a path lies strictly below `parent`. */
function isBelow(path: string, parent: string): boolean {
  return (
    path.length > parent.length &&
    path.startsWith(parent) &&
    (path[parent.length] === '.' || path[parent.length] === '[')
  );
}

/** Managers of a path: its own, else those of the nearest owned parent. */
export function managersOf(path: string, ownership: FieldOwnership): string[] {
  const exact = ownership.owners.get(path);
  if (exact) return [...exact].sort();
  let nearest: string | undefined;
  for (const owned of ownership.owners.keys()) {
    if (isBelow(path, owned) && owned.length > (nearest?.length ?? -1)) {
      nearest = owned;
    }
  }
  return nearest ? [...ownership.owners.get(nearest)!].sort() : [];
}

const HIDDEN = '(hidden)';

/** Secret values are never shown: `data` and `stringData` keep their paths only. */
function hidesValues(object: { apiVersion: string; kind: string }) {
  return (path: string) =>
    object.kind === 'Secret' &&
    object.apiVersion === 'v1' &&
    /^(data|stringData)([.[]|$)/.test(path);
}

/**
 * The field changes from `before` to `after`, leaf by leaf: changed and added in the
 * order of `after`, then removed. A leaf replaced by fields below it (an empty map
 * filled in) counts once, as the fields added.
 */
export function compareFields(
  identity: { apiVersion: string; kind: string },
  before: Map<string, Leaf>,
  after: Map<string, Leaf>,
  ownership: FieldOwnership,
): FieldChange[] {
  const hidden = hidesValues(identity);
  const shown = (path: string, value: unknown) =>
    hidden(path) ? HIDDEN : value;
  const hasBelow = (leaves: Map<string, Leaf>, path: string) =>
    [...leaves.keys()].some(other => isBelow(other, path));
  const changes: FieldChange[] = [];
  for (const leaf of after.values()) {
    const old = before.get(leaf.path);
    if (!old) {
      changes.push({
        path: leaf.path,
        change: 'added',
        after: shown(leaf.path, leaf.value),
        managers: managersOf(leaf.path, ownership),
      });
    } else if (!jsonEqual(old.value, leaf.value)) {
      changes.push({
        path: leaf.path,
        change: 'changed',
        before: shown(leaf.path, old.value),
        after: shown(leaf.path, leaf.value),
        managers: managersOf(leaf.path, ownership),
      });
    }
  }
  for (const leaf of before.values()) {
    if (!after.has(leaf.path) && !hasBelow(after, leaf.path)) {
      changes.push({
        path: leaf.path,
        change: 'removed',
        before: shown(leaf.path, leaf.value),
        managers: managersOf(leaf.path, ownership),
      });
    }
  }
  // An empty map that gained fields is reported by the fields it gained.
  return changes.filter(
    c => !(c.change === 'added' && hasBelow(before, c.path)),
  );
}
