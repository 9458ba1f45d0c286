import {
  FleetSortField,
  Seal,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { z } from 'zod';
import {
  boundedInteger,
  parseInput,
  singleString,
  stringList,
} from '../validation/zodInput';
import { meshRefOf } from './FleetEntry';

const SORT_FIELDS: readonly FleetSortField[] = [
  'name',
  'score',
  'seal',
  'provider',
  'country',
  'mesh',
  'assessedAt',
];

/** A validated fleet query, with values normalised for matching. */
export interface FleetQuery {
  provider: Set<string>;
  country: Set<string>;
  seal: Set<Seal>;
  mesh: Set<string>;
  q?: string;
  sort: FleetSortField;
  order: 'asc' | 'desc';
  offset: number;
  limit: number;
  profile?: string;
}

const sealList = stringList.transform((values, ctx) => {
  const seals: Seal[] = [];
  for (const value of values ?? []) {
    const match = /^(?:seal-)?([0-4])$/i.exec(value);
    if (!match) {
      ctx.addIssue({
        code: 'custom',
        message: `must be 0..4 or SEAL-0..SEAL-4 (got '${value}')`,
      });
      return z.NEVER;
    }
    seals.push(Number(match[1]) as Seal);
  }
  return seals;
});

const meshList = stringList.transform((values, ctx) => {
  const refs: string[] = [];
  for (const value of values ?? []) {
    const ref = meshRefOf(value);
    if (!ref) {
      ctx.addIssue({
        code: 'custom',
        message: `must be a mesh name or entity reference (got '${value}')`,
      });
      return z.NEVER;
    }
    refs.push(ref);
  }
  return refs;
});

const oneOf = <T extends string>(allowed: readonly T[]) =>
  singleString
    .transform((value, ctx) => {
      if (value === undefined) return undefined;
      if (!(allowed as readonly string[]).includes(value)) {
        ctx.addIssue({
          code: 'custom',
          message: `must be one of ${allowed.join(', ')} (got '${value}')`,
        });
        return z.NEVER;
      }
      return value as T;
    })
    .optional();

const fleetQuerySchema = z.object({
  provider: stringList,
  country: stringList,
  seal: sealList.optional(),
  mesh: meshList.optional(),
  q: singleString
    .refine(v => v === undefined || v.length <= 200, {
      message: 'must be at most 200 characters',
    })
    .optional(),
  sort: oneOf(SORT_FIELDS),
  order: oneOf(['asc', 'desc'] as const),
  offset: boundedInteger({ min: 0, max: Number.MAX_SAFE_INTEGER }),
  limit: boundedInteger({ min: 1, max: 5000 }),
  profile: singleString,
});

/**
 * Validates a fleet query from a URL query string or an action's input.
 * List parameters may repeat or be comma-separated. Throws `InputError`
 * naming each bad field and why.
 */
export function parseFleetQuery(raw: unknown): FleetQuery {
  const parsed = parseInput(fleetQuerySchema, raw ?? {});
  const q = parsed.q?.trim().toLocaleLowerCase('en-US');
  return {
    provider: new Set(
      (parsed.provider ?? []).map(p => p.toLocaleLowerCase('en-US')),
    ),
    country: new Set((parsed.country ?? []).map(c => c.toUpperCase())),
    seal: new Set(parsed.seal ?? []),
    mesh: new Set(parsed.mesh ?? []),
    ...(q ? { q } : {}),
    sort: parsed.sort ?? 'name',
    order: parsed.order ?? 'asc',
    offset: parsed.offset ?? 0,
    limit: parsed.limit ?? 100,
    ...(parsed.profile ? { profile: parsed.profile } : {}),
  };
}
