import { clone, isJsonMap, jsonEqual, JsonMap } from '../json';
import { statusErrors } from '../http/status';
import { itemElement, ShapeCursor } from './ObjectShape';

/** RFC 7386 JSON merge patch: maps merge, `null` deletes, everything else replaces. */
export function applyMergePatch(target: unknown, patch: unknown): unknown {
  if (!isJsonMap(patch)) {
    return clone(patch);
  }
  const result: JsonMap = isJsonMap(target) ? clone(target) : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) {
      delete result[key];
    } else {
      result[key] = applyMergePatch(result[key], value);
    }
  }
  return result;
}

/**
 * Strategic merge patch for the built-in kinds, without `$patch` directives: a merge
 * patch whose keyed lists (containers by name, ports by port and protocol, ...) merge
 * item by item instead of being replaced.
 */
export function applyStrategicMergePatch(
  target: unknown,
  patch: unknown,
  at: ShapeCursor,
): unknown {
  if (isJsonMap(patch)) {
    const result: JsonMap = isJsonMap(target) ? clone(target) : {};
    for (const [key, value] of Object.entries(patch)) {
      if (value === null) {
        delete result[key];
      } else {
        result[key] = applyStrategicMergePatch(
          result[key],
          value,
          at.child(key),
        );
      }
    }
    return result;
  }
  if (Array.isArray(patch) && Array.isArray(target)) {
    const semantics = at.listSemantics(patch);
    if (
      semantics.type === 'map' &&
      target.every(item => itemElement(semantics, item) !== undefined)
    ) {
      const result = target.map(item => clone(item));
      for (const item of patch) {
        const index = result.findIndex(
          e => itemElement(semantics, e) === itemElement(semantics, item),
        );
        if (index >= 0) {
          result[index] = applyStrategicMergePatch(
            result[index],
            item,
            at.item(),
          );
        } else {
          result.push(clone(item));
        }
      }
      return result;
    }
  }
  return clone(patch);
}

interface JsonPatchOperation {
  op: 'add' | 'remove' | 'replace' | 'move' | 'copy' | 'test';
  path: string;
  from?: string;
  value?: unknown;
}

function pointer(path: string): string[] {
  if (path === '') {
    return [];
  }
  if (!path.startsWith('/')) {
    throw statusErrors.badRequest(
      `invalid JSON pointer: ${JSON.stringify(path)}`,
    );
  }
  return path
    .slice(1)
    .split('/')
    .map(token => token.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** The child of an array (by index) or a map (by key). */
function childOf(container: unknown, token: string): unknown {
  if (Array.isArray(container)) {
    return container[Number(token)];
  }
  return isJsonMap(container) ? container[token] : undefined;
}

function resolveParent(document: unknown, tokens: string[], path: string) {
  let parent: unknown = document;
  for (const token of tokens.slice(0, -1)) {
    parent = childOf(parent, token);
    if (parent === undefined) {
      throw statusErrors.unprocessable(
        `jsonpatch: path ${JSON.stringify(path)} does not exist`,
      );
    }
  }
  return { parent, last: tokens[tokens.length - 1] };
}

function getAt(document: unknown, path: string): unknown {
  let current = document;
  for (const token of pointer(path)) {
    current = childOf(current, token);
  }
  return current;
}

function removeAt(document: unknown, path: string): unknown {
  const { parent, last } = resolveParent(document, pointer(path), path);
  if (Array.isArray(parent)) {
    const index = Number(last);
    if (!(index >= 0 && index < parent.length)) {
      throw statusErrors.unprocessable(
        `jsonpatch remove operation does not apply: doc is missing path: ${JSON.stringify(
          path,
        )}`,
      );
    }
    return parent.splice(index, 1)[0];
  }
  if (!isJsonMap(parent) || !(last in parent)) {
    throw statusErrors.unprocessable(
      `jsonpatch remove operation does not apply: doc is missing path: ${JSON.stringify(
        path,
      )}`,
    );
  }
  const value = parent[last];
  delete parent[last];
  return value;
}

function addAt(
  document: unknown,
  path: string,
  value: unknown,
  replace: boolean,
): unknown {
  const tokens = pointer(path);
  if (tokens.length === 0) {
    return clone(value);
  }
  const { parent, last } = resolveParent(document, tokens, path);
  if (Array.isArray(parent)) {
    const index = last === '-' ? parent.length : Number(last);
    if (!(index >= 0 && index <= parent.length)) {
      throw statusErrors.unprocessable(
        `jsonpatch add operation does not apply: index out of bounds: ${index}`,
      );
    }
    parent.splice(index, replace ? 1 : 0, clone(value));
  } else if (isJsonMap(parent)) {
    if (replace && !(last in parent)) {
      throw statusErrors.unprocessable(
        `jsonpatch replace operation does not apply: doc is missing key: ${path}`,
      );
    }
    parent[last] = clone(value);
  } else {
    throw statusErrors.unprocessable(
      `jsonpatch: path ${JSON.stringify(path)} does not exist`,
    );
  }
  return document;
}

/** RFC 6902 JSON patch. */
export function applyJsonPatch(target: JsonMap, patch: unknown): unknown {
  if (!Array.isArray(patch)) {
    throw statusErrors.badRequest(
      'json: cannot unmarshal object into Go value of type jsonpatch.Patch',
    );
  }
  let document: unknown = clone(target);
  for (const raw of patch) {
    const operation = raw as JsonPatchOperation;
    if (!isJsonMap(raw) || typeof operation.path !== 'string') {
      throw statusErrors.badRequest(
        'the JSON patch operation is missing a path',
      );
    }
    switch (operation.op) {
      case 'add':
        document = addAt(document, operation.path, operation.value, false);
        break;
      case 'replace':
        document = addAt(document, operation.path, operation.value, true);
        break;
      case 'remove':
        removeAt(document, operation.path);
        break;
      case 'move':
        document = addAt(
          document,
          operation.path,
          removeAt(document, operation.from ?? ''),
          false,
        );
        break;
      case 'copy':
        document = addAt(
          document,
          operation.path,
          getAt(document, operation.from ?? ''),
          false,
        );
        break;
      case 'test':
        if (!jsonEqual(getAt(document, operation.path), operation.value)) {
          throw statusErrors.unprocessable(
            `testing value ${operation.path} failed`,
          );
        }
        break;
      default:
        throw statusErrors.badRequest(
          `Unexpected kind: ${String((raw as JsonMap).op)}`,
        );
    }
  }
  return document;
}
