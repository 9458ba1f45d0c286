import { CompoundEntityRef } from '@backstage/catalog-model';
import { z } from 'zod';
import {
  boundedInteger,
  parseInput,
  singleString,
} from '../validation/zodInput';

// Entity names and namespaces as the catalog allows them (letters, digits, -_.), at most 253 long.
const segment = z
  .string()
  .min(1, 'must not be empty')
  .max(253, 'must be at most 253 characters')
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'must be letters, digits, -, _ or .');

const entityParams = z.object({
  kind: segment,
  namespace: segment,
  name: segment,
});

/** `:kind/:namespace/:name` of a posture route. */
export function parseEntityParams(params: unknown): CompoundEntityRef {
  return parseInput(entityParams, params);
}

const profileQuery = z.object({ profile: singleString });

/** `?profile=` of the posture routes (resolved against the known profiles later). */
export function parseProfileQuery(query: unknown): { profile?: string } {
  const { profile } = parseInput(profileQuery, query ?? {});
  return profile ? { profile } : {};
}

const isoDate = singleString
  .transform((value, ctx) => {
    if (value === undefined) return undefined;
    const date = new Date(value);
    if (Number.isNaN(date.getTime())) {
      ctx.addIssue({
        code: 'custom',
        message: `must be an ISO 8601 date-time, e.g. 2026-06-01T00:00:00Z (got '${value}')`,
      });
      return z.NEVER;
    }
    return date;
  })
  .optional();

const historyQuery = z
  .object({
    from: isoDate,
    to: isoDate,
    limit: boundedInteger({ min: 1, max: 10000 }),
  })
  .superRefine((value, ctx) => {
    if (value.from && value.to && value.from > value.to) {
      ctx.addIssue({
        code: 'custom',
        path: ['from'],
        message: 'must not be after to',
      });
    }
  });

/** `?from=&to=&limit=` of the history route. */
export function parseHistoryQuery(query: unknown): {
  from?: Date;
  to?: Date;
  limit: number;
} {
  const { from, to, limit } = parseInput(historyQuery, query ?? {});
  return {
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    limit: limit ?? 1000,
  };
}
