import { z } from 'zod';
import {
  NETWORK_ENCRYPTION_MODES,
  NETWORK_ENCRYPTION_SCOPES,
  NETWORK_OVERLAYS,
} from '../../entities/vocabulary';
import { cidr, entityRef } from '../formats';
import { rule } from '../rules';
import { text } from '../text';

// These overlays are WireGuard by construction; any other mode is a contradiction.
const WIREGUARD_OVERLAYS = new Set(['cilium-wireguard', 'kilo', 'kubespan']);

export const networkSchema = z
  .strictObject({
    overlay: z.enum(NETWORK_OVERLAYS),
    encryption: z.strictObject({
      mode: z.enum(NETWORK_ENCRYPTION_MODES),
      scope: z.enum(NETWORK_ENCRYPTION_SCOPES).optional(),
    }),
    mesh: entityRef('Resource')
      .describe('Reference to a Resource entity of spec.type cluster-mesh.')
      .optional(),
    cni: text()
      .meta({ examples: ['cilium', 'calico'] })
      .optional(),
    podCidr: cidr.optional(),
    serviceCidr: cidr.optional(),
  })
  .check(
    rule(
      ({ overlay, encryption: { mode } }, ctx) => {
        if (WIREGUARD_OVERLAYS.has(overlay) && mode !== 'wireguard') {
          ctx.report(
            ['encryption', 'mode'],
            `must be wireguard with overlay ${overlay}, got ${JSON.stringify(
              mode,
            )}`,
          );
        }
      },
      ['overlay', 'encryption'],
    ),
  )
  .describe(
    'How nodes reach each other across sites, and how that traffic is protected.',
  );
