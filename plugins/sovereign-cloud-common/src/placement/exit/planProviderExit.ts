import { SealLevel, SEAL_LEVELS } from '../../entities/vocabulary';
import { SovereignClusterEntity } from '../../entities/SovereignCluster';
import { ProviderCatalogue } from '../../catalogue/ProviderCatalogue';
import { assessDeclaredCluster } from '../../posture/posturePreview';
import {
  PlacementClusterInput,
  PlacementFleet,
  preparePlacementFleet,
  providerName,
} from '../fleet';
import { planPlacement } from '../planPlacement';
import { PlacementAssignment, PlacementPlan } from '../planTypes';
import { PlacedWorkload } from './placedWorkloadOf';

/** What keeps a workload from moving. @public */
export type ExitBlocker =
  | 'capacity'
  | 'jurisdiction'
  | 'storage'
  | 'posture'
  | 'provider-loss'
  | 'edge'
  | 'no-cluster';

/** @public */
export type WorkloadExit = {
  entityRef: string;
  name: string;
  source: PlacedWorkload['source'];
  status: 'unaffected' | 'moves' | 'cannot-move';
  /** Replicas per cluster now. */
  before: PlacementAssignment[];
  /** Replicas per cluster after the exit; empty when it cannot move. */
  after: PlacementAssignment[];
  /** Replicas that leave the provider's clusters. */
  movingReplicas: number;
  blocker?: ExitBlocker;
  reason?: string;
  problems: string[];
};

/** @public */
export type FleetPostureSummary = {
  clusters: number;
  providers: string[];
  averageScore: number;
  sealCounts: Record<SealLevel, number>;
};

/** @public */
export type ProviderExitPlan = {
  provider: string;
  /** SovereignClusters (entity refs) that run on the provider, any pool counted. */
  clustersLeft: string[];
  workloads: WorkloadExit[];
  summary: { unaffected: number; moves: number; cannotMove: number };
  posture: { before: FleetPostureSummary; after: FleetPostureSummary };
};

const lower = (ref: string) => ref.toLocaleLowerCase('en-US');

const BLOCKERS: Record<string, ExitBlocker> = {
  Jurisdiction: 'jurisdiction',
  ExcludedProvider: 'jurisdiction',
  DataResidency: 'storage',
  MinimumSeal: 'posture',
};

/** The filter that turned most clusters away, as a category a person acts on. */
function blockerOf(plan: PlacementPlan): ExitBlocker {
  if (
    plan.providerLoss &&
    !plan.providerLoss.rebalanced &&
    plan.assignments.length
  )
    return 'provider-loss';
  const counts = new Map<ExitBlocker, number>();
  for (const d of plan.decisions) {
    if (d.outcome !== 'filtered' || !d.filteredBy) continue;
    const blocker = BLOCKERS[d.filteredBy];
    if (blocker) counts.set(blocker, (counts.get(blocker) ?? 0) + 1);
  }
  const top = [...counts].sort((a, b) => b[1] - a[1])[0];
  if (top) return top[0];
  return plan.decisions.some(d => d.outcome !== 'filtered')
    ? 'capacity'
    : 'no-cluster';
}

/**
 * Why the workload's only entry point would not survive leaving the provider,
 * wherever its replicas go: DNS answered only there, or an anycast address
 * no cluster it runs on afterwards can announce.
 */
function edgeBlocker(
  placed: PlacedWorkload,
  leaving: string | undefined,
  after: readonly { provider: string }[],
  providerType: (provider: string) => string | undefined,
): string | undefined {
  const edge = placed.edge;
  if (!edge) return undefined;
  const hosts = edge.hostnames.join(', ');
  if (leaving && edge.dns && edge.dns.providers.every(p => p === leaving)) {
    return `its only entry ${hosts} is answered by ${edge.dns.service}, which runs only at ${leaving}: move the DNS zone first`;
  }
  if (
    edge.strategy === 'anycast' &&
    !after.some(a => providerType(a.provider) === 'private-dc')
  ) {
    return `its only entry ${hosts} is an anycast address announced from private sites, and none of the clusters it would run on afterwards can announce it`;
  }
  return undefined;
}

const refOf = (entity: SovereignClusterEntity) =>
  lower(
    `sovereigncluster:${entity.metadata.namespace ?? 'default'}/${
      entity.metadata.name
    }`,
  );

/** The cluster's assessed posture, else one assessed from its declared facts (cached). */
function postureOf(
  entity: SovereignClusterEntity,
  catalogue: ProviderCatalogue,
  scores: Map<string, { score: number; seal: SealLevel }>,
): { score: number; seal: SealLevel } {
  const key = refOf(entity);
  let posture = scores.get(key);
  if (!posture) {
    const report = assessDeclaredCluster(entity, catalogue);
    posture = { score: report.score, seal: report.seal.label };
    scores.set(key, posture);
  }
  return posture;
}

function summariseFleet(
  clusters: readonly PlacementClusterInput[],
  catalogue: ProviderCatalogue,
  scores: Map<string, { score: number; seal: SealLevel }>,
): FleetPostureSummary {
  const sealCounts = Object.fromEntries(SEAL_LEVELS.map(l => [l, 0])) as Record<
    SealLevel,
    number
  >;
  const providers = new Set<string>();
  let total = 0;
  for (const { entity } of clusters) {
    const posture = postureOf(entity, catalogue, scores);
    sealCounts[posture.seal] += 1;
    total += posture.score;
    providers.add(providerName(entity.spec.provider));
  }
  return {
    clusters: clusters.length,
    providers: [...providers].sort(),
    averageScore: clusters.length
      ? Math.round((total / clusters.length) * 10) / 10
      : 0,
    sealCounts,
  };
}

/** The fleet prepared once for re-planning, every cluster with a SEAL level (assessed, else declared). */
function prepareExitFleet(
  fleet: readonly PlacementClusterInput[],
  catalogue: ProviderCatalogue,
  scores: Map<string, { score: number; seal: SealLevel }>,
): PlacementFleet {
  // Minimum-SEAL constraints need a level for every cluster: assessed, else declared.
  const withSeal = fleet.map(input => ({
    ...input,
    seal: input.seal ?? postureOf(input.entity, catalogue, scores).seal,
  }));
  return preparePlacementFleet(withSeal, { catalogue });
}

/** Provider type (`private-dc`, `public-cloud`, ...) by provider name. */
function providerTypes(
  catalogue: ProviderCatalogue,
): (provider: string) => string | undefined {
  const typeOf = new Map(
    catalogue.providers.map(p => [providerName(p.metadata.name), p.spec.type]),
  );
  return provider => typeOf.get(provider);
}

/**
 * Re-plans every workload without the clusters in `left` (lower-case entity
 * refs): workloads keep the replicas they have elsewhere ("prefer where it
 * already runs") and move the rest; the ones that cannot move say why.
 * `excludedProvider` is added to each workload's excluded providers.
 */
function replanWithout(
  workloads: readonly PlacedWorkload[],
  prepared: PlacementFleet,
  left: ReadonlySet<string>,
  providerType: (provider: string) => string | undefined,
  excludedProvider?: string,
): WorkloadExit[] {
  const byRef = new Map(prepared.clusters.map(c => [lower(c.entityRef), c]));
  return workloads.map((placed): WorkloadExit => {
    const before = placed.current.map(c => {
      const cluster = byRef.get(lower(c.entityRef));
      return {
        cluster: cluster?.view.name ?? c.entityRef,
        entityRef: lower(c.entityRef),
        provider: cluster?.view.provider ?? 'unknown',
        replicas: c.replicas,
      };
    });
    const base = {
      entityRef: placed.entityRef,
      name: placed.workload.name,
      source: placed.source,
      before,
      problems: placed.problems,
    };
    const movingReplicas = before
      .filter(a => left.has(a.entityRef))
      .reduce((sum, a) => sum + a.replicas, 0);
    const blockedAt = (after: readonly { provider: string }[]) => {
      const reason = edgeBlocker(placed, excludedProvider, after, providerType);
      return (
        reason && {
          ...base,
          status: 'cannot-move' as const,
          after: [],
          movingReplicas,
          blocker: 'edge' as const,
          reason,
        }
      );
    };
    if (movingReplicas === 0) {
      return (
        blockedAt(before) || {
          ...base,
          status: 'unaffected',
          after: before,
          movingReplicas,
        }
      );
    }
    const excluded = placed.workload.sovereignty?.excludedProviders ?? [];
    const plan = planPlacement(
      {
        ...placed.workload,
        ...(excludedProvider
          ? {
              sovereignty: {
                ...placed.workload.sovereignty,
                excludedProviders: [...excluded, excludedProvider],
              },
            }
          : {}),
        previous: before
          .filter(a => !left.has(a.entityRef))
          .map(a => ({ cluster: a.cluster, replicas: a.replicas })),
      },
      prepared,
    );
    if (!plan.schedulable) {
      return {
        ...base,
        status: 'cannot-move',
        after: [],
        movingReplicas,
        blocker: blockerOf(plan),
        reason: plan.reason,
      };
    }
    const after = plan.assignments.map(a => ({
      ...a,
      entityRef: lower(a.entityRef),
    }));
    return (
      blockedAt(after) || { ...base, status: 'moves', after, movingReplicas }
    );
  });
}

function summaryOf(exits: readonly WorkloadExit[]) {
  const count = (status: WorkloadExit['status']) =>
    exits.filter(e => e.status === status).length;
  return {
    unaffected: count('unaffected'),
    moves: count('moves'),
    cannotMove: count('cannot-move'),
  };
}

/**
 * The exit drill: every placed workload re-planned without one provider.
 * Workloads with replicas on the provider's clusters keep the replicas they
 * have elsewhere ("prefer where it already runs") and move the rest; the
 * ones that cannot move say why. Pure: the same input gives the same plan.
 * @public
 */
export function planProviderExit(
  provider: string,
  workloads: readonly PlacedWorkload[],
  fleet: readonly PlacementClusterInput[],
  options: {
    catalogue: ProviderCatalogue;
    /** Assessed posture by lower-case cluster entity ref; declared facts are assessed otherwise. */
    posture?: ReadonlyMap<string, { score: number; seal: SealLevel }>;
  },
): ProviderExitPlan {
  const leaving = providerName(provider);
  const scores = new Map(options.posture ?? []);
  const prepared = prepareExitFleet(fleet, options.catalogue, scores);
  const clustersLeft = prepared.clusters
    .filter(c => c.providers.includes(leaving))
    .map(c => lower(c.entityRef));
  const left = new Set(clustersLeft);
  const remaining = fleet.filter(({ entity }) => !left.has(refOf(entity)));
  const exits = replanWithout(
    workloads,
    prepared,
    left,
    providerTypes(options.catalogue),
    leaving,
  );
  return {
    provider: leaving,
    clustersLeft,
    workloads: exits,
    summary: summaryOf(exits),
    posture: {
      before: summariseFleet(fleet, options.catalogue, scores),
      after: summariseFleet(remaining, options.catalogue, scores),
    },
  };
}

/** The exit drill for one cluster (decommissioning). @public */
export type ClusterExitPlan = {
  /** Lower-case entity ref of the SovereignCluster left. */
  cluster: string;
  workloads: WorkloadExit[];
  summary: { unaffected: number; moves: number; cannotMove: number };
  posture: { before: FleetPostureSummary; after: FleetPostureSummary };
};

/**
 * The exit drill for one cluster: every placed workload re-planned without
 * `clusterRef`, as {@link planProviderExit} does for a provider. The cluster
 * stays in the fleet as decommissioning, so the planner's decisions say why
 * it was passed over; the other clusters of its provider stay eligible.
 * Pure: the same input gives the same plan.
 * @public
 */
export function planClusterExit(
  clusterRef: string,
  workloads: readonly PlacedWorkload[],
  fleet: readonly PlacementClusterInput[],
  options: {
    catalogue: ProviderCatalogue;
    /** Assessed posture by lower-case cluster entity ref; declared facts are assessed otherwise. */
    posture?: ReadonlyMap<string, { score: number; seal: SealLevel }>;
  },
): ClusterExitPlan {
  const leaving = lower(clusterRef);
  const scores = new Map(options.posture ?? []);
  const prepared = prepareExitFleet(fleet, options.catalogue, scores);
  const clusters = prepared.clusters.map(c =>
    lower(c.entityRef) === leaving ? { ...c, decommissioning: true } : c,
  );
  const withoutCluster: PlacementFleet = {
    clusters,
    byName: new Map(clusters.map(c => [c.view.name, c])),
  };
  const exits = replanWithout(
    workloads,
    withoutCluster,
    new Set([leaving]),
    providerTypes(options.catalogue),
  );
  const remaining = fleet.filter(({ entity }) => refOf(entity) !== leaving);
  return {
    cluster: leaving,
    workloads: exits,
    summary: summaryOf(exits),
    posture: {
      before: summariseFleet(fleet, options.catalogue, scores),
      after: summariseFleet(remaining, options.catalogue, scores),
    },
  };
}
