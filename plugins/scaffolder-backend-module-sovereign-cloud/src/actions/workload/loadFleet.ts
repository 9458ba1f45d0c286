import {
  BackstageCredentials,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { InputError } from '@backstage/errors';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  assessDeclaredCluster,
  isSovereignCluster,
  PlacementClusterInput,
  ProviderCatalogue,
  SOVEREIGN_CLUSTER_KIND,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { z as zv3 } from 'zod/v3';

/** Which SovereignClusters of the catalog a workload may be placed on. */
export type FleetFilter = {
  /** Catalog namespaces; default all. */
  namespaces?: string[];
  /** Entity names or refs; default all. */
  clusters?: string[];
  /** Labels every cluster must carry. */
  labels?: Record<string, string>;
};

/** The fleet filter as the scaffolder's JSON schema. */
export const fleetFilterInput = (z: typeof zv3) =>
  z
    .object({
      namespaces: z
        .array(z.string())
        .optional()
        .describe('Catalog namespaces of the clusters. Default all.'),
      clusters: z
        .array(z.string())
        .optional()
        .describe(
          'SovereignCluster names or entity refs to consider. Default all.',
        ),
      labels: z
        .record(z.string())
        .optional()
        .describe('Labels every considered cluster must carry.'),
    })
    .optional()
    .describe(
      'Limits the SovereignClusters of the catalog the workload is planned over.',
    );

const lower = (s: string) => s.toLocaleLowerCase('en-US');

function matchesCluster(
  entity: { metadata: { name: string; namespace?: string } },
  wanted: Set<string>,
): boolean {
  const namespace = entity.metadata.namespace ?? 'default';
  const name = lower(entity.metadata.name);
  return (
    wanted.has(name) ||
    wanted.has(`${lower(namespace)}/${name}`) ||
    wanted.has(`sovereigncluster:${lower(namespace)}/${name}`)
  );
}

/**
 * The SovereignClusters the initiator can see, narrowed by the filter, each
 * with the SEAL level assessed from its declared facts (what the cluster
 * promises; the planner needs a level for minimum-SEAL constraints).
 */
export async function loadPlacementFleet(options: {
  catalog: CatalogService;
  credentials: BackstageCredentials;
  catalogue: ProviderCatalogue;
  filter?: FleetFilter;
  logger: LoggerService;
}): Promise<PlacementClusterInput[]> {
  const { catalog, credentials, catalogue, filter, logger } = options;
  const { items } = await catalog.getEntities(
    {
      filter: {
        kind: SOVEREIGN_CLUSTER_KIND,
        ...(filter?.namespaces?.length
          ? { 'metadata.namespace': filter.namespaces }
          : {}),
      },
    },
    { credentials },
  );
  const wanted = filter?.clusters?.length
    ? new Set(filter.clusters.map(lower))
    : undefined;
  const clusters = items
    .filter(isSovereignCluster)
    .filter(e => !wanted || matchesCluster(e, wanted))
    .filter(e =>
      Object.entries(filter?.labels ?? {}).every(
        ([key, value]) => e.metadata.labels?.[key] === value,
      ),
    );
  if (wanted) {
    const found = new Set(clusters.map(e => lower(e.metadata.name)));
    const missing = filter!.clusters!.filter(
      c => !clusters.some(e => matchesCluster(e, new Set([lower(c)]))),
    );
    if (missing.length) {
      throw new InputError(
        `fleet.clusters: no SovereignCluster ${missing
          .map(m => JSON.stringify(m))
          .join(', ')} in the catalog (found ${
          [...found].join(', ') || 'none'
        })`,
      );
    }
  }
  return clusters.map(entity => {
    try {
      return {
        entity,
        seal: assessDeclaredCluster(entity, catalogue).seal.label,
      };
    } catch (error) {
      // A cluster whose declarations cannot be assessed still plans, without a SEAL level.
      logger.warn(
        `Could not assess the declared posture of ${entity.metadata.name}: ${error}`,
      );
      return { entity };
    }
  });
}
