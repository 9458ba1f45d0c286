import { Evidence } from '@sovereign-cloud/plugin-sovereign-cloud-common';

/** Evidence read from the cluster's API at `source`. */
export function observed<T>(
  value: T,
  source: string,
  note?: string,
): Evidence<T> {
  return { value, provenance: 'observed', source, ...(note ? { note } : {}) };
}

/** `n thing` / `n things`, for details. */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** `a ×3, b ×1`, most frequent first. */
export function tally(values: Iterable<string>): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([v, n]) => `${v} ×${n}`)
    .join(', ');
}
