import { z } from 'zod';
import { NODE_POOL_MANAGERS, TAINT_EFFECTS } from '../../entities/vocabulary';
import {
  dnsLabel,
  entityRef,
  labelKey,
  labelValue,
  locationId,
  resourceName,
} from '../formats';
import { positiveInteger, text } from '../text';
import { keyOf, uniqueBy } from '../uniqueness';

const providerRef = entityRef('CloudProvider');

const taint = z.strictObject({
  key: labelKey,
  value: labelValue.optional(),
  effect: z.enum(TAINT_EFFECTS),
});

const accelerator = z.strictObject({
  resource: resourceName.meta({ examples: ['nvidia.com/gpu'] }),
  count: positiveInteger().describe('Accelerators per node.'),
  model: text().optional(),
});

export const nodePoolSchema = z
  .strictObject({
    name: dnsLabel,
    provider: providerRef.optional(),
    location: locationId.optional(),
    machineType: text()
      .max(128)
      .meta({ examples: ['cx33', 'PRO2-S'] }),
    count: positiveInteger().describe('Number of nodes.'),
    managedBy: z.enum(NODE_POOL_MANAGERS).optional(),
    labels: z.record(labelKey, labelValue).optional(),
    taints: z
      .array(taint)
      .check(uniqueBy(item => keyOf(item, 'key', 'effect')))
      .optional(),
    accelerators: z
      .array(accelerator)
      .check(uniqueBy(item => keyOf(item, 'resource'), ['resource']))
      .optional(),
  })
  .describe(
    "A group of identical nodes. Provider and location default to the cluster's (spec.provider and the first of spec.locations).",
  );
