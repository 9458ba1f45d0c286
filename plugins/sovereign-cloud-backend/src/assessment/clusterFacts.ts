import {
  ClusterEvidence,
  ObjectiveResult,
  PostureReport,
  SOVEREIGNTY_OBJECTIVES,
  SovereigntyObjective,
  WeightProfile,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { ClusterFacts } from './types';

/**
 * Providers, countries and worker capacity of a cluster from its evidence
 * (observed nodes when collected, declared otherwise). `primaryProvider` (the
 * catalogue id of `spec.provider`) comes first.
 */
export function clusterFactsOf(
  evidence: ClusterEvidence,
  primaryProvider?: string,
): ClusterFacts {
  const providers = new Set<string>();
  const countries = new Set<string>();
  const vcpuByProvider: Record<string, number> = {};
  let vcpu = 0;
  if (primaryProvider) providers.add(primaryProvider);
  for (const node of evidence.nodes.value ?? []) {
    providers.add(node.provider);
    if (node.country) countries.add(node.country.toUpperCase());
    if (node.role !== 'worker') continue;
    const capacity = node.vcpu * (node.count ?? 1);
    vcpu += capacity;
    vcpuByProvider[node.provider] =
      (vcpuByProvider[node.provider] ?? 0) + capacity;
  }
  // A primary provider without nodes (e.g. a managed control plane only) still hosts the cluster.
  const cp = evidence.controlPlane.value;
  if (cp?.managed && cp.provider) providers.add(cp.provider);
  return {
    providers: [...providers],
    countries: [...countries].sort(),
    vcpu,
    vcpuByProvider,
  };
}

/** The objective scores of a report, for re-weighting. */
export function objectiveScoresOf(
  report: PostureReport,
): Record<SovereigntyObjective, number> {
  return Object.fromEntries(
    report.objectives.map((o: ObjectiveResult) => [o.objective, o.score]),
  ) as Record<SovereigntyObjective, number>;
}

/**
 * The score of a cluster under another profile. Objective scores do not
 * depend on weights and the level does not depend on them at all, so this is
 * the engine's Σ weight × objective score, rounded to one decimal as the
 * engine displays it (a test checks both agree).
 */
export function scoreUnder(
  objectiveScores: Record<SovereigntyObjective, number>,
  profile: WeightProfile,
): number {
  let exact = 0;
  // Same order of additions as the engine, so float rounding agrees too.
  for (const objective of SOVEREIGNTY_OBJECTIVES) {
    exact += profile.weights[objective] * (objectiveScores[objective] ?? 0);
  }
  return Math.round(exact * 10) / 10;
}
