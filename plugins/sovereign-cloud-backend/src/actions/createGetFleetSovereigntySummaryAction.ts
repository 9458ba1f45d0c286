import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { parseFleetQuery } from '../fleet/fleetQuery';
import { FleetService } from '../fleet/FleetService';

/**
 * Registers `get-fleet-sovereignty-summary`: the same answer as `GET /fleet`,
 * with the caller's credentials.
 */
export function createGetFleetSovereigntySummaryAction(options: {
  actionsRegistry: ActionsRegistryService;
  fleet: FleetService;
}) {
  const { actionsRegistry, fleet } = options;
  actionsRegistry.register({
    name: 'get-fleet-sovereignty-summary',
    title: 'Get fleet sovereignty summary',
    description: `Lists the SovereignClusters the caller may see with their sovereignty score, indicative SEAL level (0..4), providers, countries, mesh and whether live evidence could be collected; with facet counts (provider, country, SEAL, mesh) and each provider's share of worker vCPU over all matching clusters. Filter lists accept several values (any matches). Clusters not assessed yet have score and seal null and evidenceStatus "pending".`,
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: z => {
        const list = z.union([z.string(), z.array(z.string())]).optional();
        return z.object({
          provider: list.describe('Provider ids, e.g. ionos, scaleway'),
          country: list.describe('ISO 3166-1 alpha-2 codes, e.g. DE, FR'),
          seal: z
            .union([
              z.number(),
              z.string(),
              z.array(z.union([z.number(), z.string()])),
            ])
            .optional()
            .describe('SEAL levels 0..4 (or SEAL-0..SEAL-4)'),
          mesh: list.describe('Mesh names or entity references'),
          q: z
            .string()
            .optional()
            .describe('Case-insensitive text in name, title or entity ref'),
          sort: z
            .enum([
              'name',
              'score',
              'seal',
              'provider',
              'country',
              'mesh',
              'assessedAt',
            ])
            .optional(),
          order: z.enum(['asc', 'desc']).optional(),
          offset: z.number().int().min(0).optional(),
          limit: z
            .number()
            .int()
            .min(1)
            .max(5000)
            .optional()
            .describe('Default 100'),
          profile: z.string().optional().describe('Weight profile id'),
        });
      },
      output: z =>
        z
          .object({
            items: z.array(
              z
                .object({
                  entityRef: z.string(),
                  name: z.string(),
                  score: z.number().nullable(),
                  seal: z.number().nullable(),
                  evidenceStatus: z.string(),
                })
                .passthrough(),
            ),
            totalItems: z.number(),
            offset: z.number(),
            limit: z.number(),
            weightProfile: z.string(),
            facets: z.object({}).passthrough(),
            providerConcentration: z.array(z.object({}).passthrough()),
          })
          .passthrough(),
    },
    action: async ({ input, credentials }) => {
      const output = await fleet.getFleet(parseFleetQuery(input), {
        credentials,
      });
      return { output };
    },
  });
}
