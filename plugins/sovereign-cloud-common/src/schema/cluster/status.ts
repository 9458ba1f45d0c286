import { z } from 'zod';
import { CLUSTER_PHASES } from '../../entities/vocabulary';
import { isoDateTime } from '../formats';
import { text } from '../text';

export const clusterStatusSchema = z
  .strictObject({
    phase: z.enum(CLUSTER_PHASES),
    message: text('a string', { allowEmpty: true }).optional(),
    lastTransitionTime: isoDateTime.optional(),
  })
  .describe(
    'Lifecycle state, set by the catalog (authors normally leave it out).',
  );
