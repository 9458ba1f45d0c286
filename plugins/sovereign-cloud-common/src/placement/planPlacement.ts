import { ProviderCatalogue } from '../catalogue/ProviderCatalogue';
import { applyProviderLoss } from './applyProviderLoss';
import { assignReplicas } from './assignReplicas';
import { compareNames } from './compareNames';
import { estimateAvailableReplicas } from './estimateReplicas';
import { filterForPlacement, placementFilterStage } from './filterStage';
import {
  PlacementClusterInput,
  PlacementFleet,
  preparePlacementFleet,
} from './fleet';
import { KARMADA_MAX_REPLICAS, KarmadaScoredCluster } from './karmadaTypes';
import {
  FeasibleCluster,
  feasibleDecisions,
  filteredDecisionFactory,
  mergeDecisions,
  summariseFiltered,
} from './planDecisions';
import { PlacementDecision, PlacementPlan } from './planTypes';
import { assignStrategyOf } from './replicaStrategy';
import { scoreCluster } from './score';
import { selectClusters } from './selectBestClusters';
import {
  ParsedPlacementWorkload,
  parsePlacementWorkload,
} from './workloadSchema';

/** @public */
export type PlacementOptions = { catalogue?: ProviderCatalogue };

function isFleet(value: unknown): value is PlacementFleet {
  return (
    !Array.isArray(value) &&
    typeof value === 'object' &&
    value !== null &&
    'byName' in value
  );
}

function unschedulable(
  workload: ParsedPlacementWorkload,
  reason: string,
  decisions: PlacementDecision[],
  strategy: PlacementPlan['strategy'],
): PlacementPlan {
  return {
    workload: workload.name,
    replicas: workload.replicas,
    schedulable: false,
    reason,
    strategy,
    assignments: [],
    decisions,
  };
}

/**
 * Plans one workload over SovereignClusters: hard sovereignty constraints,
 * then Karmada's filter → score → select → divide, then the provider-loss
 * requirement. Pure and deterministic (cluster order does not matter); an
 * unplaceable workload gives `schedulable: false` with the reason. Throws
 * `PlacementInputError` only for malformed input. Pass a fleet from
 * `preparePlacementFleet` to plan many workloads over the same clusters.
 * @public
 */
export function planPlacement(
  workloadInput: unknown,
  clusters: readonly PlacementClusterInput[] | PlacementFleet,
  options: PlacementOptions = {},
): PlacementPlan {
  const workload = parsePlacementWorkload(workloadInput);
  const fleet = isFleet(clusters)
    ? clusters
    : preparePlacementFleet(clusters, options);
  const stage = placementFilterStage(workload);
  const placement = workload.placement;
  const strategy = assignStrategyOf(placement);
  const previous = new Map(
    (workload.previous ?? []).map(p => [p.cluster, p.replicas]),
  );

  // Filter and score.
  const filtered: PlacementDecision[] = [];
  const feasible: FeasibleCluster[] = [];
  const filteredDecision = filteredDecisionFactory();
  for (const cluster of fleet.clusters) {
    const result = filterForPlacement(cluster, stage);
    if (!result.pass) {
      filtered.push(filteredDecision(cluster, result));
      continue;
    }
    const estimate = estimateAvailableReplicas(cluster, workload);
    feasible.push({
      ...cluster.view,
      fleet: cluster,
      estimate,
      score: scoreCluster(cluster.view, stage.binding),
      // Karmada's select step counts replicas already there as available.
      availableReplicas: Math.min(
        estimate + (previous.get(cluster.view.name) ?? 0),
        KARMADA_MAX_REPLICAS,
      ),
    });
  }
  if (feasible.length === 0) {
    const why = summariseFiltered(filtered) || 'empty fleet';
    return unschedulable(
      workload,
      `no cluster passes the filters (${fleet.clusters.length} clusters; ${why})`,
      filtered,
      strategy,
    );
  }

  // Select and divide.
  const selected = selectClusters(
    feasible,
    placement,
    workload.replicas,
    workload.observedAffinityName,
  );
  const chosen: KarmadaScoredCluster[] = selected.ok ? selected.value : [];
  const decisionsOf = (
    replicasOf: Map<string, number> = new Map(),
    notes: Map<string, string> = new Map(),
  ) =>
    mergeDecisions(
      filtered,
      feasibleDecisions(feasible, chosen, replicasOf, notes, strategy),
    );
  if (!selected.ok) {
    return unschedulable(
      workload,
      `select: ${selected.message}`,
      decisionsOf(),
      strategy,
    );
  }
  const divided = assignReplicas({
    replicas: workload.replicas,
    placement,
    clusters: selected.value.map(c => ({
      ...c,
      availableReplicas: c.estimate,
    })),
    previous: (workload.previous ?? []).map(p => ({
      name: p.cluster,
      replicas: p.replicas,
    })),
    uid: workload.uid,
    hasReplicaRequirements: workload.resources !== undefined,
    observedAffinityName: workload.observedAffinityName,
  });
  if (!divided.ok) {
    return unschedulable(
      workload,
      `divide: ${divided.message}`,
      decisionsOf(),
      strategy,
    );
  }

  // Sovereignty on top of Karmada's answer.
  let assignment = divided.value;
  let notes = new Map<string, string>();
  let providerLoss: PlacementPlan['providerLoss'];
  const minReplicas = workload.sovereignty?.survivesProviderLoss?.minReplicas;
  if (minReplicas !== undefined) {
    const applied = applyProviderLoss(
      assignment,
      feasible,
      minReplicas,
      strategy,
    );
    ({ assignment, notes, providerLoss } = applied);
    if (!applied.providerLoss.survives) {
      const { worstProvider, worstCaseReplicas } = applied.providerLoss;
      return {
        ...unschedulable(
          workload,
          `losing provider ${worstProvider} would leave ${worstCaseReplicas} of the required ${minReplicas} replicas, and the feasible clusters cannot be rebalanced to avoid it`,
          decisionsOf(),
          strategy,
        ),
        providerLoss,
      };
    }
  }

  const replicasOf = new Map(assignment.map(t => [t.name, t.replicas]));
  const assignments = assignment
    .map(t => {
      const cluster = fleet.byName.get(t.name)!;
      return {
        cluster: t.name,
        entityRef: cluster.entityRef,
        provider: cluster.view.provider!,
        replicas: t.replicas,
      };
    })
    .sort((a, b) => compareNames(a.cluster, b.cluster));
  return {
    workload: workload.name,
    replicas: workload.replicas,
    schedulable: true,
    strategy,
    assignments,
    decisions: decisionsOf(replicasOf, notes),
    ...(providerLoss ? { providerLoss } : {}),
  };
}
