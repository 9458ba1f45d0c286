import { z } from 'zod';
import { VERIFICATION_LEVELS } from '../../entities/vocabulary';
import { isEuEeaCountry } from '../../jurisdictions/countries';
import { countryCode, locationId } from '../formats';
import { PathSegment } from '../path';
import { rule } from '../rules';
import { text } from '../text';
import { provenanceFields } from './facts';

const locationSchema = z
  .strictObject({
    id: locationId,
    country: countryCode,
    euEea: z.boolean().describe('True when the country is in the EU/EEA.'),
    city: text().optional(),
    cityVerification: z.enum(VERIFICATION_LEVELS).optional(),
    zones: z.array(locationId).optional(),
    aliases: z.array(locationId).optional(),
    partition: text().optional(),
    ...provenanceFields,
  })
  .check(
    rule(({ country, euEea }, ctx) => {
      const expected = isEuEeaCountry(country);
      if (euEea !== expected) {
        ctx.report(
          ['euEea'],
          `must be ${expected} for ${country} (${
            expected ? 'in' : 'not in'
          } the EU/EEA), got ${euEea}`,
        );
      }
    }),
  )
  .describe('A region, site or location code as it appears on nodes and APIs.');

/**
 * Ids, zones and aliases are all looked up by the same value on nodes, so
 * each must name one location only.
 */
const eachNameOnce = rule<z.infer<typeof locationSchema>[]>(
  (locations, ctx) => {
    const firstUse = new Map<string, PathSegment[]>();
    locations.forEach((location, index) => {
      const names: [string, PathSegment[]][] = [[location.id, [index, 'id']]];
      for (const field of ['zones', 'aliases'] as const) {
        (location[field] ?? []).forEach((name, i) =>
          names.push([name, [index, field, i]]),
        );
      }
      for (const [name, at] of names) {
        const first = firstUse.get(name);
        if (first) {
          ctx.report(
            at,
            pathOf =>
              `must be unique, but ${JSON.stringify(
                name,
              )} is already used by ${pathOf(first)}`,
          );
        } else {
          firstUse.set(name, at);
        }
      }
    });
  },
);

export const locationsSchema = z.array(locationSchema).check(eachNameOnce);
