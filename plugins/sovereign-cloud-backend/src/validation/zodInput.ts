import { InputError } from '@backstage/errors';
import { z } from 'zod';

/** Parses with a zod schema; failures become one `InputError` naming each field and the reason. */
export function parseInput<T extends z.ZodType>(
  schema: T,
  value: unknown,
): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const reasons = result.error.issues.map(issue => {
    const path = issue.path.map(String).join('.') || 'input';
    return `${path}: ${issue.message}`;
  });
  throw new InputError(reasons.join('; '));
}

/** Rejects anything but one string, e.g. a repeated parameter. */
export const singleString = z
  .unknown()
  .transform((value, ctx) => {
    if (value === undefined || value === '') return undefined;
    if (typeof value === 'number') return String(value);
    if (typeof value !== 'string') {
      ctx.addIssue({ code: 'custom', message: 'must be given once, as text' });
      return z.NEVER;
    }
    return value;
  })
  .optional();

/** A list given as repeated parameters, comma-separated values, or an array. */
export const stringList = z
  .unknown()
  .transform((value, ctx) => {
    if (value === undefined) return [];
    const parts = [value].flat();
    if (!parts.every(p => typeof p === 'string' || typeof p === 'number')) {
      ctx.addIssue({ code: 'custom', message: 'must be text values' });
      return z.NEVER;
    }
    return parts
      .flatMap(p => String(p).split(','))
      .map(s => s.trim())
      .filter(Boolean);
  })
  .optional();

/**
 * An integer within bounds, from text or a number. Absent parameters stay
 * undefined (zod 4 wants optional object keys to be able to output undefined):
 * callers apply their defaults.
 */
export function boundedInteger(options: { min: number; max: number }) {
  return singleString
    .transform((value, ctx) => {
      if (value === undefined) return undefined;
      const n = Number(value);
      if (!/^-?\d+$/.test(value.trim()) || n < options.min || n > options.max) {
        ctx.addIssue({
          code: 'custom',
          message: `must be an integer from ${options.min} to ${options.max} (got '${value}')`,
        });
        return z.NEVER;
      }
      return n;
    })
    .optional();
}
