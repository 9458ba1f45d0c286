import {
  FieldChange,
  ObjectDiff,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import {
  KubernetesClusterClient,
  KubernetesNotFoundError,
  KubernetesObject,
} from '@sovereign-cloud/plugin-sovereign-cloud-node';
import { isDeepStrictEqual } from 'node:util';

/** One step of a `FieldChange.path`: a key, a list index, or the list item whose key field has a value. */
type PathPart =
  | { key: string }
  | { index: number }
  | { match: { field: string; value: string } };

/** `spec.workers.machineDeployments[name=pool-a].replicas` → parts; brackets may hold dots. */
export function parseFieldPath(path: string): PathPart[] {
  const parts: PathPart[] = [];
  let i = 0;
  let key = '';
  const flushKey = () => {
    if (key) parts.push({ key });
    key = '';
  };
  while (i < path.length) {
    const c = path[i];
    if (c === '.') {
      flushKey();
      i++;
    } else if (c === '[') {
      flushKey();
      const end = path.indexOf(']', i);
      const inner = path.slice(i + 1, end < 0 ? path.length : end);
      const eq = inner.indexOf('=');
      if (eq < 0 && /^\d+$/.test(inner)) parts.push({ index: Number(inner) });
      else if (eq > 0)
        parts.push({
          match: { field: inner.slice(0, eq), value: inner.slice(eq + 1) },
        });
      else parts.push({ key: inner });
      i = end < 0 ? path.length : end + 1;
    } else {
      key += c;
      i++;
    }
  }
  flushKey();
  return parts;
}

type Resolved =
  | { key: string }
  | { index: number }
  | { item: Record<string, unknown> };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The value at the path and the steps taken. Keys with dots (annotations
 * such as `sovereign-cloud.io/x`) are found by joining the following key
 * parts when the single one is absent.
 */
function resolve(
  object: unknown,
  parts: PathPart[],
): { value: unknown; steps: Resolved[] } {
  let current: unknown = object;
  const steps: Resolved[] = [];
  for (let i = 0; i < parts.length && current !== undefined; i++) {
    const part = parts[i];
    if ('key' in part) {
      if (!isObject(current)) return { value: undefined, steps };
      let key = part.key;
      let j = i;
      while (!(key in current) && 'key' in (parts[j + 1] ?? {})) {
        j++;
        key = `${key}.${(parts[j] as { key: string }).key}`;
      }
      if (!(key in current)) return { value: undefined, steps };
      i = j;
      steps.push({ key });
      current = current[key];
    } else if ('index' in part) {
      if (!Array.isArray(current)) return { value: undefined, steps };
      steps.push({ index: part.index });
      current = current[part.index];
    } else {
      if (!Array.isArray(current)) return { value: undefined, steps };
      const item = current.find(
        (entry: unknown) =>
          isObject(entry) &&
          String(entry[part.match.field]) === part.match.value,
      );
      if (!item) return { value: undefined, steps };
      steps.push({ item });
      current = item;
    }
  }
  return { value: current, steps };
}

/** Field managers whose `fieldsV1` hold the field at these steps. */
function managersOf(object: KubernetesObject, steps: Resolved[]): string[] {
  const managers = new Set<string>();
  for (const entry of object.metadata?.managedFields ?? []) {
    let node: unknown = entry.fieldsV1;
    for (const step of steps) {
      if (!isObject(node)) break;
      // A leaf above the field: an atomic map or list, owned as a whole.
      if (Object.keys(node).length === 0) break;
      if ('key' in step) node = node[`f:${step.key}`];
      else if ('item' in step) {
        const item = step.item;
        const found = Object.keys(node).find(k => {
          if (!k.startsWith('k:')) return false;
          try {
            const keys = JSON.parse(k.slice(2)) as Record<string, unknown>;
            return Object.entries(keys).every(([f, v]) =>
              isDeepStrictEqual(item[f], v),
            );
          } catch {
            return false;
          }
        });
        node = found ? node[found] : undefined;
      } else node = undefined;
    }
    if (isObject(node) && entry.manager) managers.add(entry.manager);
  }
  return [...managers].sort();
}

/** The live object, or undefined when it (or its kind) is gone. */
async function readLive(
  client: KubernetesClusterClient,
  object: ObjectDiff,
): Promise<KubernetesObject | undefined> {
  try {
    return await client.get({
      apiVersion: object.apiVersion,
      kind: object.kind,
      name: object.name,
      ...(object.namespace ? { namespace: object.namespace } : {}),
    });
  } catch (error) {
    if (error instanceof KubernetesNotFoundError) return undefined;
    throw error;
  }
}

/**
 * Whether the objects of an applied change still hold what it set: every
 * added or changed field is read from the live object. A field that differs
 * is reported with `before` = what the change set and `after` = what is
 * there now (`removed` when the field is gone); a missing object as
 * `delete`. Objects the change deleted are not checked. Only drifted
 * objects are returned; Secret values are never read into the answer.
 */
export async function checkDrift(
  diff: ObjectDiff[],
  client: KubernetesClusterClient,
): Promise<ObjectDiff[]> {
  const drifted: ObjectDiff[] = [];
  for (const expected of diff) {
    if (expected.action === 'delete') continue;
    const live = await readLive(client, expected);
    const identity = {
      apiVersion: expected.apiVersion,
      kind: expected.kind,
      ...(expected.namespace ? { namespace: expected.namespace } : {}),
      name: expected.name,
    };
    if (!live) {
      drifted.push({ ...identity, action: 'delete', fields: [] });
      continue;
    }
    if (expected.kind === 'Secret') continue;
    const fields: FieldChange[] = [];
    for (const field of expected.fields) {
      if (field.change === 'removed' || field.after === undefined) continue;
      const { value, steps } = resolve(live, parseFieldPath(field.path));
      if (isDeepStrictEqual(value, field.after)) continue;
      fields.push({
        path: field.path,
        change: value === undefined ? 'removed' : 'changed',
        before: field.after,
        ...(value !== undefined ? { after: value } : {}),
        managers: value === undefined ? [] : managersOf(live, steps),
      });
    }
    if (fields.length) drifted.push({ ...identity, action: 'update', fields });
  }
  return drifted;
}
