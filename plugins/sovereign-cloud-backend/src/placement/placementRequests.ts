import { z } from 'zod';
import { parseInput, singleString } from '../validation/zodInput';

const exitPlanQuery = z.object({
  provider: singleString.pipe(
    z
      .string({
        message: 'is required: the CloudProvider to leave, e.g. ionos',
      })
      .max(253, 'must be at most 253 characters')
      .regex(
        /^(cloudprovider:)?([A-Za-z0-9][A-Za-z0-9._-]*\/)?[A-Za-z0-9][A-Za-z0-9._-]*$/i,
        'must be a CloudProvider name or reference, e.g. ionos or cloudprovider:default/ionos',
      ),
  ),
});

/** `?provider=` of `GET /exit-plan`. */
export function parseExitPlanQuery(query: unknown): { provider: string } {
  return parseInput(exitPlanQuery, query ?? {});
}
