import { z } from 'zod';
import {
  EXPOSURE_CLASSES,
  JURISDICTIONS,
  PROVIDER_TYPES,
} from '../../entities/vocabulary';
import { isEuEeaCountry } from '../../jurisdictions/countries';
import { countryCode, entityRef, identifier, isoDate } from '../formats';
import { rule } from '../rules';
import { text } from '../text';
import { certificationsSchema } from './certifications';
import { factSchema, provenanceFields, unknownIsUnverified } from './facts';
import { locationsSchema } from './locations';
import { provisioningSchema } from './provisioning';

const parentSchema = z
  .strictObject({
    name: text(),
    country: countryCode.nullable(),
    jurisdiction: z.enum(JURISDICTIONS).nullable(),
  })
  .check(
    rule(({ country, jurisdiction }, ctx) => {
      if (country === null || jurisdiction === null) return;
      const expected = isEuEeaCountry(country) ? 'eu-eea' : 'non-eu';
      if (jurisdiction !== expected) {
        ctx.report(
          ['jurisdiction'],
          `must be ${expected} for ${country}, got ${JSON.stringify(
            jurisdiction,
          )}`,
        );
      }
    }),
  );

const nonEuCountries = z.array(countryCode).check(
  rule((countries, ctx) => {
    countries.forEach((country, index) => {
      if (isEuEeaCountry(country)) {
        ctx.report(
          [index],
          `must be a country outside the EU/EEA, got ${JSON.stringify(
            country,
          )}`,
        );
      }
    });
  }),
);

const statementSchema = z
  .strictObject({
    topic: identifier.meta({ examples: ['supply-chain', 'operations'] }),
    value: text().nullable(),
    ...provenanceFields,
  })
  .check(unknownIsUnverified);

export const cloudProviderSpecSchema = z.strictObject({
  type: z.enum(PROVIDER_TYPES),
  owner: entityRef('Group', ['User']).optional(),
  reviewedAt: isoDate.optional(),
  legalEntity: factSchema(text(), 'The contracting legal entity.'),
  hqCountry: factSchema(
    countryCode,
    'Country of the registered seat (ISO 3166-1 alpha-2).',
  ),
  parent: factSchema(
    parentSchema,
    'The ultimate owner and the jurisdiction that controls it.',
  ),
  exposureClass: factSchema(
    z.enum(EXPOSURE_CLASSES),
    'Exposure to non-EU legal reach (input to SOV-2.2).',
  ),
  nonEuPresence: factSchema(
    nonEuCountries,
    'Countries outside the EU/EEA where the group operates or from which it is owned.',
  ),
  certifications: certificationsSchema,
  locations: locationsSchema,
  provisioning: provisioningSchema,
  detection: z
    .strictObject({
      providerIdPrefixes: factSchema(
        z.array(text()),
        'Prefixes of Node.spec.providerID.',
      ).optional(),
      nodeLabelKeys: factSchema(
        z.array(text()),
        'Substrings of node label keys set by the provider.',
      ).optional(),
    })
    .describe('How nodes of this provider are recognised in a cluster.')
    .optional(),
  statements: z.array(statementSchema).optional(),
});
