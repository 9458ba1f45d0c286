/**
 * The last report of each (cluster, card), in memory, with one collection at
 * a time per key: concurrent requests for the same key share it.
 */
export class LiveReportCache<V> {
  readonly #reports = new Map<string, V>();
  readonly #running = new Map<string, Promise<V>>();

  static key(entityRef: string, card: string): string {
    return `${card}:${entityRef}`;
  }

  /**
   * The cached report, or a new collection on a miss or when `force` is set.
   * A collection already running for the key is joined, not repeated.
   */
  get(
    key: string,
    collect: () => Promise<V>,
    options: { force?: boolean } = {},
  ): Promise<V> {
    const running = this.#running.get(key);
    if (running) return running;
    if (!options.force && this.#reports.has(key)) {
      return Promise.resolve(this.#reports.get(key)!);
    }
    const collection = (async () => {
      try {
        const report = await collect();
        this.#reports.set(key, report);
        return report;
      } finally {
        this.#running.delete(key);
      }
    })();
    this.#running.set(key, collection);
    return collection;
  }

  /** Drops the reports of clusters for which `keep` says no (they left the catalog). */
  retain(keep: (key: string) => boolean): number {
    let dropped = 0;
    for (const key of [...this.#reports.keys()]) {
      if (!keep(key)) {
        this.#reports.delete(key);
        dropped += 1;
      }
    }
    return dropped;
  }

  get size(): number {
    return this.#reports.size;
  }
}
