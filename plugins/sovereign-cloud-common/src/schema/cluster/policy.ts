import { z } from 'zod';
import { SEAL_LEVELS } from '../../entities/vocabulary';
import { entityRef, jurisdiction } from '../formats';
import { itself, uniqueBy } from '../uniqueness';

export const policySchema = z
  .strictObject({
    minimumSeal: z.enum(SEAL_LEVELS).optional(),
    allowedJurisdictions: z
      .array(jurisdiction)
      .check(uniqueBy(itself))
      .optional(),
    excludedProviders: z.array(entityRef('CloudProvider')).optional(),
  })
  .describe('Hard constraints for plans and placements of this cluster.');
