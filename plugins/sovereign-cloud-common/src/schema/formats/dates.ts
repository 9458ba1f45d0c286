import { textWhere } from '../text';

/* ISO 8601 dates that exist: the pattern alone would accept 2026-02-30. */

function isRealDate(day: string): boolean {
  const parsed = new Date(`${day}T00:00:00Z`);
  return (
    !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(day)
  );
}

/** `2026-11-23` */
export const isoDate = textWhere('a date like 2026-11-23', isRealDate, {
  pattern: /^\d{4}-\d{2}-\d{2}$/,
});

/** `2026-11-23T10:15:00Z` */
export const isoDateTime = textWhere(
  'a date and time like 2026-11-23T10:15:00Z',
  value =>
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/.test(
      value,
    ) && isRealDate(value.slice(0, 10)),
  { pattern: /^\d{4}-\d{2}-\d{2}T/ },
);
