import { z } from 'zod';
import { entityRef, locationId } from '../formats';
import { rule } from '../rules';
import { positiveInteger } from '../text';

const providerRef = entityRef('CloudProvider');

const placement = z.strictObject({
  provider: providerRef.optional(),
  location: locationId.optional(),
  replicas: positiveInteger(),
});

export const controlPlaneSchema = z
  .strictObject({
    provider: providerRef.optional(),
    location: locationId.optional(),
    replicas: positiveInteger().optional(),
    managed: z
      .boolean()
      .describe('True when the provider runs the control plane.')
      .optional(),
    placements: z.array(placement).min(1).optional(),
  })
  .check(
    rule((controlPlane, ctx) => {
      const { placements, replicas } = controlPlane;
      if (!placements) {
        if (controlPlane.managed !== true && replicas === undefined)
          ctx.report(['replicas'], 'is required unless managed is true');
        return;
      }
      for (const field of ['provider', 'location'] as const) {
        if (controlPlane[field] !== undefined) {
          ctx.report(
            [field],
            'must not be set together with placements; set it on each placement',
          );
        }
      }
      const sum = placements.reduce((total, p) => total + p.replicas, 0);
      if (replicas !== undefined && replicas !== sum) {
        ctx.report(
          ['replicas'],
          `must equal the sum of placements[].replicas (${sum}), got ${replicas}`,
        );
      }
    }),
  )
  .describe(
    "The control plane. Provider and location default to the cluster's; `placements` describes a control plane split across sites or providers (imported clusters). Replicas are required unless the provider manages the control plane.",
  );
