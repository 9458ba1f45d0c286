import {
  BackstageCredentials,
  LoggerService,
} from '@backstage/backend-plugin-api';
import { Entity, RELATION_DEPENDS_ON } from '@backstage/catalog-model';
import { CatalogService } from '@backstage/plugin-catalog-node';
import {
  ClusterExitPlan,
  PlacedWorkload,
  placedWorkloadOf,
  planClusterExit,
  ProviderCatalogue,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { loadPlacementFleet } from '../workload/loadFleet';

/** A workload that keeps a cluster from being decommissioned. */
export type DecommissionBlocker = {
  /** The Component's entity ref. */
  entityRef: string;
  /** Replicas it runs on the cluster. */
  replicas: number;
};

const lower = (s: string) => s.toLocaleLowerCase('en-US');

/**
 * The component with the SovereignClusters its `dependsOn` relations point at
 * added to `spec.dependsOn`: the catalog may hold a relation another
 * processor derived, and `placedWorkloadOf` reads the spec.
 */
function withRelatedClusters(component: Entity): Entity {
  const related = (component.relations ?? [])
    .filter(r => r.type === RELATION_DEPENDS_ON)
    .map(r => r.targetRef)
    .filter(ref => lower(ref).startsWith('sovereigncluster:'));
  if (related.length === 0) return component;
  const declared = component.spec?.dependsOn;
  return {
    ...component,
    spec: {
      ...component.spec,
      dependsOn: [...(Array.isArray(declared) ? declared : []), ...related],
    },
  };
}

/**
 * The Components of the catalog placed on the cluster: they depend on it
 * (spec or relations) or name it in their cluster annotation. Sorted by ref.
 */
export async function workloadsPlacedOn(options: {
  catalog: CatalogService;
  credentials: BackstageCredentials;
  clusterRef: string;
}): Promise<PlacedWorkload[]> {
  const ref = lower(options.clusterRef);
  const { items } = await options.catalog.getEntities(
    { filter: { kind: 'Component' } },
    { credentials: options.credentials },
  );
  return items
    .map(component => placedWorkloadOf(withRelatedClusters(component)))
    .filter(
      (w): w is PlacedWorkload =>
        w !== undefined && w.current.some(c => c.entityRef === ref),
    )
    .sort((a, b) => a.entityRef.localeCompare(b.entityRef));
}

/** Each workload with the replicas it runs on the cluster. */
export function blockersOf(
  workloads: readonly PlacedWorkload[],
  clusterRef: string,
): DecommissionBlocker[] {
  const ref = lower(clusterRef);
  return workloads.map(w => ({
    entityRef: w.entityRef,
    replicas: w.current.find(c => c.entityRef === ref)?.replicas ?? 0,
  }));
}

/** `default/payments-api (3 replicas), default/shop (1 replica)`. */
export function describeBlockers(blockers: readonly DecommissionBlocker[]) {
  return blockers
    .map(
      b =>
        `${b.entityRef.replace(/^component:/, '')} (${b.replicas} ${
          b.replicas === 1 ? 'replica' : 'replicas'
        })`,
    )
    .join(', ');
}

/**
 * The exit drill's re-plan of exactly these workloads without the cluster;
 * a fleet the planner cannot read gives the reason instead of failing the
 * refusal it explains.
 */
export async function replanWithoutCluster(options: {
  catalog: CatalogService;
  credentials: BackstageCredentials;
  catalogue: ProviderCatalogue;
  clusterRef: string;
  workloads: readonly PlacedWorkload[];
  logger: LoggerService;
}): Promise<{ plan?: ClusterExitPlan; error?: string }> {
  try {
    const fleet = await loadPlacementFleet({
      catalog: options.catalog,
      credentials: options.credentials,
      catalogue: options.catalogue,
      logger: options.logger,
    });
    return {
      plan: planClusterExit(options.clusterRef, options.workloads, fleet, {
        catalogue: options.catalogue,
      }),
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    options.logger.warn(`Could not re-plan the workloads: ${message}`);
    return { error: message };
  }
}
