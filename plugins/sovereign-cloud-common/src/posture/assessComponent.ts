import { aggregateResults } from './aggregate';
import { driftOf, evaluateCluster, reportFromResults } from './assessCluster';
import { ClusterEvidence, ProviderFacts } from './evidence';
import { assessProviderLoss, ProviderLossAssessment } from './meshContinuity';
import { PostureReport } from './report';
import {
  validateClusterEvidence,
  validateProviderFacts,
} from './validateInput';
import { resolveWeightProfile, WeightProfileInput } from './weightProfiles';

/**
 * A cluster a component depends on, with the component's share there
 * (e.g. replicas); equal shares when left out.
 * @public
 */
export type ComponentPlacement = { evidence: ClusterEvidence; weight?: number };

/** @public */
export type ComponentPosture = {
  component: string;
  report: PostureReport;
  clusters: PostureReport[];
  continuity: ProviderLossAssessment[];
};

/**
 * Posture of a component over the clusters it depends on: credit weighted by
 * the component's share per cluster, level of the worst cluster (its data
 * and traffic can be on any of them).
 * @public
 */
export function assessComponent(input: {
  component: string;
  clusters: ComponentPlacement[];
  providers: ProviderFacts[];
  profile?: WeightProfileInput;
}): ComponentPosture {
  const profile = resolveWeightProfile(input.profile);
  const providers = validateProviderFacts(input.providers);
  const members = input.clusters.map((placement, i) => {
    const evidence = validateClusterEvidence(
      placement.evidence,
      `clusters[${i}].evidence`,
    );
    return {
      evidence,
      weight: placement.weight ?? 1,
      results: evaluateCluster(evidence, providers),
    };
  });
  const aggregated = aggregateResults(
    members.map(m => ({
      subject: m.evidence.cluster,
      weight: m.weight,
      results: m.results,
    })),
  );
  return {
    component: input.component,
    report: reportFromResults(input.component, aggregated, profile),
    clusters: members.map(m =>
      reportFromResults(
        m.evidence.cluster,
        m.results,
        profile,
        driftOf(m.evidence),
      ),
    ),
    continuity: assessProviderLoss(members.map(m => m.evidence)),
  };
}
