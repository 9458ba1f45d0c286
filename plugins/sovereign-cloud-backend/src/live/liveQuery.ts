import { z } from 'zod';
import { parseInput, singleString } from '../validation/zodInput';

const liveQuery = z.object({
  refresh: singleString.transform((value, ctx) => {
    if (value === undefined || value === 'false') return false;
    if (value === 'true') return true;
    ctx.addIssue({
      code: 'custom',
      message: `must be true or false (got '${value}')`,
    });
    return z.NEVER;
  }),
});

/** `?refresh=true` of the live routes: collect again instead of answering from the cache. */
export function parseLiveQuery(query: unknown): { refresh: boolean } {
  return parseInput(liveQuery, query ?? {});
}
