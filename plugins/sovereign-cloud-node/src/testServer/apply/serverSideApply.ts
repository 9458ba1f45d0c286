import { jsonEqual, JsonMap, metadataOf } from '../json';
import { StatusCause, statusErrors } from '../http/status';
import { fieldSetOf, FieldScope, indexFields } from './fieldIndex';
import { FieldPath, formatFieldPath } from './FieldSet';
import {
  decodeManagedFields,
  describeManager,
  encodeManagedFields,
  kubernetesTime,
  ManagerEntry,
  sameManager,
} from './managedFields';
import { mergeApplied, removeFieldPath } from './mergeObjects';
import { ShapeCursor } from './ObjectShape';

/** What one write needs to know about the object's shape and its writer. */
export interface ManagedWrite {
  cursor: ShapeCursor;
  scope: FieldScope;
  hasStatus: boolean;
  manager: string;
  /** The group version the request used; recorded in the manager's entry. */
  apiVersion: string;
  subresource?: string;
}

/** A key field (`f:name` under `k:{"name":...}`) goes only with its item. */
function isKeyOfListItem(path: FieldPath): boolean {
  const parent = path[path.length - 2];
  const last = path[path.length - 1];
  return Boolean(
    parent?.startsWith('k:') &&
      last?.startsWith('f:') &&
      last.slice(2) in JSON.parse(parent.slice(2)),
  );
}

interface Conflict {
  entry: ManagerEntry;
  path: FieldPath;
}

function conflictError(conflicts: Conflict[]) {
  const causes: StatusCause[] = conflicts.map(c => ({
    reason: 'FieldManagerConflict',
    message: `conflict with ${describeManager(c.entry)}`,
    field: formatFieldPath(c.path),
  }));
  if (conflicts.length === 1) {
    const [only] = conflicts;
    return statusErrors.applyConflict(
      `Apply failed with 1 conflict: conflict with ${describeManager(
        only.entry,
      )}: ${formatFieldPath(only.path)}`,
      causes,
    );
  }
  // Grouped by manager, as k8s.io/apiserver's fieldmanager prints them.
  const byManager = new Map<string, string[]>();
  for (const c of conflicts) {
    const key = describeManager(c.entry);
    byManager.set(key, [
      ...(byManager.get(key) ?? []),
      formatFieldPath(c.path),
    ]);
  }
  const lines = [...byManager.keys()]
    .sort()
    .flatMap(manager => [
      `conflicts with ${manager}`,
      ...byManager.get(manager)!.map(p => `- ${p}`),
    ]);
  return statusErrors.applyConflict(
    `Apply failed with ${conflicts.length} conflicts: ${lines.join('\n')}`,
    causes,
  );
}

/**
 * Server-side apply of `applied` by one field manager onto `live` (absent on create):
 * detects conflicts with other managers (409 unless `force`), merges, removes the fields
 * this manager applied before and no longer does (unless someone else owns them) and
 * records the manager's new field set in `managedFields`.
 */
export function serverSideApply(
  live: JsonMap | undefined,
  applied: JsonMap,
  write: ManagedWrite & { force: boolean },
): JsonMap {
  const options = { scope: write.scope, hasStatus: write.hasStatus };
  const liveIndex = indexFields(live, write.cursor, options);
  const appliedIndex = indexFields(applied, write.cursor, options);
  const appliedSet = fieldSetOf(appliedIndex);
  const entries = decodeManagedFields(
    live ? metadataOf(live).managedFields : undefined,
  );
  const identity = {
    manager: write.manager,
    operation: 'Apply' as const,
    subresource: write.subresource,
  };
  const previous = entries.find(e => sameManager(e, identity));
  const others = entries.filter(e => e !== previous);

  const conflicts: Conflict[] = [];
  for (const entry of others) {
    for (const field of appliedIndex.values()) {
      if (field.kind === 'leaf' && entry.fields.has(field.path)) {
        const liveValue = liveIndex.get(field.path.join('\u0000'))?.value;
        if (!jsonEqual(liveValue, field.value)) {
          conflicts.push({ entry, path: field.path });
        }
      }
    }
  }
  if (conflicts.length > 0 && !write.force) {
    throw conflictError(conflicts);
  }
  for (const { entry, path } of conflicts) {
    entry.fields.delete(path);
  }

  const merged = mergeApplied(live ?? {}, applied, write.cursor) as JsonMap;

  // Fields this manager gave up go away unless another manager still owns them.
  const stillOwned = (path: FieldPath) =>
    appliedSet.has(path) ||
    appliedSet.hasDescendantOf(path) ||
    others.some(e => e.fields.has(path) || e.fields.hasDescendantOf(path));
  // Parents first: removing a list item takes its fields along, whereas removing its key
  // fields first would leave the item unfindable.
  const released = (previous?.fields.paths() ?? [])
    .filter(path => !stillOwned(path) && !isKeyOfListItem(path))
    .sort((a, b) => a.length - b.length);
  for (const path of released) {
    removeFieldPath(merged, path, write.cursor);
  }

  const mine: ManagerEntry = {
    ...identity,
    apiVersion: write.apiVersion,
    time: kubernetesTime(),
    fields: appliedSet,
  };
  const next = previous
    ? entries.map(e => (e === previous ? mine : e))
    : [...entries, mine];
  metadataOf(merged).managedFields = encodeManagedFields(next);
  return merged;
}

/**
 * Records a non-apply write (create, update, patch): the writer takes ownership of every
 * field it added or changed, other managers lose those fields, removed fields leave
 * every set. Returns `after` with its `managedFields` set.
 */
export function trackUpdate(
  before: JsonMap | undefined,
  after: JsonMap,
  write: ManagedWrite,
): JsonMap {
  const options = { scope: write.scope, hasStatus: write.hasStatus };
  const beforeIndex = indexFields(before, write.cursor, options);
  const afterIndex = indexFields(after, write.cursor, options);
  const entries = decodeManagedFields(
    before ? metadataOf(before).managedFields : metadataOf(after).managedFields,
  );

  const changed = [...afterIndex.entries()]
    .filter(([key, field]) => {
      const old = beforeIndex.get(key);
      return (
        !old || (field.kind === 'leaf' && !jsonEqual(old.value, field.value))
      );
    })
    .map(([, field]) => field.path);
  const removed = [...beforeIndex.keys()]
    .filter(key => !afterIndex.has(key))
    .map(key => beforeIndex.get(key)!.path);

  for (const entry of entries) {
    for (const path of [...changed, ...removed]) {
      entry.fields.delete(path);
    }
  }
  if (changed.length > 0) {
    const identity = {
      manager: write.manager,
      operation: 'Update' as const,
      subresource: write.subresource,
    };
    const existing = entries.find(e => sameManager(e, identity));
    const updater: ManagerEntry = existing ?? {
      ...identity,
      apiVersion: write.apiVersion,
      fields: fieldSetOf(new Map()),
    };
    for (const path of changed) {
      updater.fields.add(path);
    }
    updater.apiVersion = write.apiVersion;
    updater.time = kubernetesTime();
    if (!existing) {
      entries.push(updater);
    }
  }
  metadataOf(after).managedFields = encodeManagedFields(entries);
  return after;
}
