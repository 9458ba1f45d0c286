import { PathSegment } from './path';
import { rule } from './rules';
import { isRecord } from './values';

/** Joins string fields of a list item into a key for duplicate detection. */
export function keyOf(item: unknown, ...fields: string[]): string | undefined {
  if (!isRecord(item)) return undefined;
  const parts = fields.map(field => item[field]);
  return parts.every(part => typeof part === 'string' || part === undefined)
    ? parts.map(part => part ?? '').join(' ')
    : undefined;
}

/** The item itself, for lists of strings. */
export const itself = (item: unknown) =>
  typeof item === 'string' ? item : undefined;

/**
 * Items whose key (a pool name, a host) repeats are reported at the later
 * item, below `at`. Keys are read defensively, so duplicates are reported
 * even next to other problems.
 */
export function uniqueBy(
  key: (item: unknown) => string | undefined,
  at: readonly PathSegment[] = [],
) {
  return rule<unknown[]>((items, ctx) => {
    const firstIndex = new Map<string, number>();
    items.forEach((item, index) => {
      const value = key(item);
      if (value === undefined) return;
      const first = firstIndex.get(value);
      if (first === undefined) {
        firstIndex.set(value, index);
        return;
      }
      ctx.report(
        [index, ...at],
        pathOf =>
          `must be unique, but ${JSON.stringify(
            value,
          )} is already used by ${pathOf([first, ...at])}`,
      );
    });
  }, 'typed');
}
