import { KARMADA_MAX_REPLICAS } from './karmadaTypes';
import { compareNames } from './compareNames';
import { FilterResult } from './filterResult';
import { PlacementFleetCluster } from './fleet';
import { KarmadaScoredCluster } from './karmadaTypes';
import { PlacementDecision, PlacementPlan } from './planTypes';

/** A cluster that passed every filter, with its score and estimates. */
export type FeasibleCluster = KarmadaScoredCluster & {
  fleet: PlacementFleetCluster;
  /** Estimator answer, not counting replicas already there. */
  estimate: number;
};

/** Builds decisions of filtered clusters; reason texts are shared per failure. */
export function filteredDecisionFactory() {
  const texts = new Map<FilterResult, readonly string[]>();
  return (
    cluster: PlacementFleetCluster,
    result: FilterResult & { pass: false },
  ): PlacementDecision => {
    let reasons = texts.get(result);
    if (!reasons) {
      reasons = Object.freeze([`${result.plugin}: ${result.reason}`]);
      texts.set(result, reasons);
    }
    return {
      cluster: cluster.view.name,
      entityRef: cluster.entityRef,
      provider: cluster.view.provider!,
      outcome: 'filtered',
      replicas: 0,
      filteredBy: result.plugin,
      reasons: reasons as string[],
    };
  };
}

/** `3 by Jurisdiction, 1 by MinimumSeal`. */
export function summariseFiltered(
  decisions: readonly PlacementDecision[],
): string {
  const counts = new Map<string, number>();
  for (const d of decisions) {
    counts.set(d.filteredBy!, (counts.get(d.filteredBy!) ?? 0) + 1);
  }
  return [...counts]
    .sort(([a], [b]) => compareNames(a, b))
    .map(([plugin, n]) => `${n} by ${plugin}`)
    .join(', ');
}

/** Merges two decision lists that are each in fleet (name) order. */
export function mergeDecisions(
  a: readonly PlacementDecision[],
  b: readonly PlacementDecision[],
): PlacementDecision[] {
  const out: PlacementDecision[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (
      j >= b.length ||
      (i < a.length && compareNames(a[i].cluster, b[j].cluster) < 0)
    ) {
      out.push(a[i++]);
    } else {
      out.push(b[j++]);
    }
  }
  return out;
}

/** Decisions of the feasible clusters: score, capacity, and what happened. */
export function feasibleDecisions(
  feasible: readonly FeasibleCluster[],
  selected: readonly KarmadaScoredCluster[],
  replicasOf: ReadonlyMap<string, number>,
  notes: ReadonlyMap<string, string>,
  strategy: PlacementPlan['strategy'],
): PlacementDecision[] {
  const chosen = new Set(selected.map(c => c.name));
  return feasible.map(c => {
    const replicas = replicasOf.get(c.name) ?? 0;
    const located = c.score > 0 ? ' (already runs here)' : '';
    const reasons = [
      `score ${c.score}${located}, ${
        c.availableReplicas >= KARMADA_MAX_REPLICAS
          ? 'capacity not estimated'
          : `${c.availableReplicas} replicas available`
      }`,
    ];
    let outcome: PlacementDecision['outcome'] = 'not-selected';
    if (replicasOf.has(c.name)) {
      outcome = 'selected';
      reasons.push(`${replicas} replicas by ${strategy}`);
    } else if (chosen.has(c.name)) {
      reasons.push(`selected, but ${strategy} gave it no replicas`);
    } else {
      reasons.push('feasible, not chosen by the spread constraints');
    }
    const note = notes.get(c.name);
    if (note) reasons.push(note);
    return {
      cluster: c.name,
      entityRef: c.fleet.entityRef,
      provider: c.provider!,
      outcome,
      replicas,
      score: c.score,
      availableReplicas: c.availableReplicas,
      reasons,
    };
  });
}
