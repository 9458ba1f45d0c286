import { isJsonMap, JsonMap } from '../json';

/** A path to a field: `f:<name>`, `k:<key json>` or `v:<value json>` elements. */
export type FieldPath = string[];

const separator = '\u0000';

/** A set of field paths, as one manager owns them in `managedFields`. */
export class FieldSet {
  readonly #paths = new Map<string, FieldPath>();

  static of(paths: Iterable<FieldPath> = []): FieldSet {
    const set = new FieldSet();
    for (const path of paths) {
      set.add(path);
    }
    return set;
  }

  /** Decodes the `fieldsV1` trie of a `managedFields` entry. */
  static fromFieldsV1(fields: unknown): FieldSet {
    const set = new FieldSet();
    const walk = (node: unknown, path: FieldPath) => {
      const children = isJsonMap(node) ? Object.keys(node) : [];
      if (children.length === 0 && path.length > 0) {
        set.add(path);
        return;
      }
      for (const child of children) {
        if (child === '.') {
          set.add(path);
        } else {
          walk((node as JsonMap)[child], [...path, child]);
        }
      }
    };
    walk(fields, []);
    return set;
  }

  private constructor() {}

  get size(): number {
    return this.#paths.size;
  }

  add(path: FieldPath): void {
    this.#paths.set(path.join(separator), path);
  }

  has(path: FieldPath): boolean {
    return this.#paths.has(path.join(separator));
  }

  delete(path: FieldPath): void {
    this.#paths.delete(path.join(separator));
  }

  paths(): FieldPath[] {
    return [...this.#paths.values()];
  }

  /** Whether any member lies strictly below `prefix`. */
  hasDescendantOf(prefix: FieldPath): boolean {
    const start = prefix.join(separator) + separator;
    return [...this.#paths.keys()].some(key => key.startsWith(start));
  }

  /** Encodes the set as the `fieldsV1` trie (`.` marks a member that has children). */
  toFieldsV1(): JsonMap {
    const root: JsonMap = {};
    const members = new Set(this.#paths.keys());
    for (const path of this.#paths.values()) {
      let node = root;
      for (const element of path) {
        node[element] = isJsonMap(node[element]) ? node[element] : {};
        node = node[element] as JsonMap;
      }
    }
    const markMembers = (node: JsonMap, path: FieldPath) => {
      for (const [element, child] of Object.entries(node)) {
        const childPath = [...path, element];
        const childNode = child as JsonMap;
        if (Object.keys(childNode).length > 0) {
          markMembers(childNode, childPath);
          if (members.has(childPath.join(separator))) {
            childNode['.'] = {};
          }
        }
      }
    };
    markMembers(root, []);
    return root;
  }
}

/** Prints a path as the API server does in conflicts: `.spec.containers[name="nginx"].image`. */
export function formatFieldPath(path: FieldPath): string {
  return path
    .map(element => {
      const body = element.slice(2);
      if (element.startsWith('f:')) {
        return `.${body}`;
      }
      if (element.startsWith('k:')) {
        const key = JSON.parse(body) as JsonMap;
        return `[${Object.entries(key)
          .map(([name, value]) => `${name}=${JSON.stringify(value)}`)
          .join(',')}]`;
      }
      return `[=${body}]`;
    })
    .join('');
}
