import { clone, JsonMap, metadataOf } from '../json';

/** One change to a stored object, as a watch delivers it. */
export interface StoreEvent {
  type: 'ADDED' | 'MODIFIED' | 'DELETED';
  revision: number;
  storageKey: string;
  object: JsonMap;
  /** The object before a MODIFIED change (selectors need both sides). */
  previous?: JsonMap;
}

function objectKey(namespace: string | undefined, name: string): string {
  return `${namespace ?? ''}/${name}`;
}

/**
 * Stores objects by resource, namespace and name under one monotonic revision counter,
 * as etcd does for the API server; keeps a bounded history of changes for watches.
 */
export class ObjectStore {
  readonly #objects = new Map<string, Map<string, JsonMap>>();
  readonly #history: StoreEvent[] = [];
  readonly #listeners = new Set<(event: StoreEvent) => void>();
  readonly #historyLimit: number;
  #revision: number;
  #oldestWatchable: number;

  static create(options: { historyLimit?: number } = {}): ObjectStore {
    return new ObjectStore(options.historyLimit ?? 10_000);
  }

  private constructor(historyLimit: number) {
    this.#historyLimit = historyLimit;
    // Start well above zero: "0" means "any version" to list and watch requests.
    this.#revision = 1000;
    this.#oldestWatchable = this.#revision;
  }

  get revision(): number {
    return this.#revision;
  }

  get(
    storageKey: string,
    namespace: string | undefined,
    name: string,
  ): JsonMap | undefined {
    return clone(
      this.#objects.get(storageKey)?.get(objectKey(namespace, name)),
    );
  }

  /** Objects of one resource in etcd key order (namespace, then name). */
  list(storageKey: string, namespace?: string): JsonMap[] {
    const bucket = this.#objects.get(storageKey);
    if (!bucket) {
      return [];
    }
    return [...bucket.entries()]
      .filter(
        ([key]) => namespace === undefined || key.startsWith(`${namespace}/`),
      )
      .sort(([a], [b]) => Number(a > b) - Number(a < b))
      .map(([, object]) => clone(object));
  }

  storageKeys(): string[] {
    return [...this.#objects.keys()];
  }

  /** Stores an object under the next revision and returns the stored copy. */
  write(storageKey: string, object: JsonMap): JsonMap {
    const metadata = metadataOf(object);
    const key = objectKey(
      metadata.namespace as string | undefined,
      String(metadata.name),
    );
    const bucket = this.#objects.get(storageKey) ?? new Map<string, JsonMap>();
    this.#objects.set(storageKey, bucket);
    const previous = bucket.get(key);
    const revision = ++this.#revision;
    const stored = clone(object);
    metadataOf(stored).resourceVersion = String(revision);
    bucket.set(key, stored);
    this.#emit({
      type: previous ? 'MODIFIED' : 'ADDED',
      revision,
      storageKey,
      object: stored,
      previous,
    });
    return clone(stored);
  }

  remove(
    storageKey: string,
    namespace: string | undefined,
    name: string,
  ): JsonMap | undefined {
    const bucket = this.#objects.get(storageKey);
    const key = objectKey(namespace, name);
    const existing = bucket?.get(key);
    if (!bucket || !existing) {
      return undefined;
    }
    bucket.delete(key);
    const revision = ++this.#revision;
    const removed = clone(existing);
    metadataOf(removed).resourceVersion = String(revision);
    this.#emit({ type: 'DELETED', revision, storageKey, object: removed });
    return clone(removed);
  }

  /** Changes after `revision`, or `undefined` when they are no longer in the history. */
  changesSince(revision: number): StoreEvent[] | undefined {
    if (revision < this.#oldestWatchable) {
      return undefined;
    }
    return this.#history.filter(e => e.revision > revision);
  }

  subscribe(listener: (event: StoreEvent) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #emit(event: StoreEvent): void {
    this.#history.push(event);
    if (this.#history.length > this.#historyLimit) {
      const dropped = this.#history.shift()!;
      this.#oldestWatchable = dropped.revision;
    }
    for (const listener of this.#listeners) {
      listener(event);
    }
  }
}
