import { z } from 'zod';
import {
  CERTIFICATION_SCHEMES,
  CERTIFICATION_STATUSES,
} from '../../entities/vocabulary';
import { isoDate } from '../formats';
import { rule } from '../rules';
import { text } from '../text';
import { provenanceFields } from './facts';

const certificationSchema = z
  .strictObject({
    scheme: z.enum(CERTIFICATION_SCHEMES),
    status: z.enum(CERTIFICATION_STATUSES),
    level: text()
      .meta({ examples: ['Type 2', '3.2', '27001:2022'] })
      .optional(),
    scope: text(),
    validFrom: isoDate.optional(),
    validUntil: isoDate.optional(),
    ...provenanceFields,
  })
  .check(
    rule(({ validFrom, validUntil }, ctx) => {
      // ISO dates compare as strings.
      if (validFrom && validUntil && validUntil < validFrom) {
        ctx.report(
          ['validUntil'],
          `must not be before validFrom (${validFrom}), got ${JSON.stringify(
            validUntil,
          )}`,
        );
      }
    }),
  )
  .describe(
    'A certification, attestation, qualification or membership; it counts only for the scope its source names.',
  );

export const certificationsSchema = z.array(certificationSchema);
