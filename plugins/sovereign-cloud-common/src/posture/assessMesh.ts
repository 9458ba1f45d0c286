import { aggregateResults } from './aggregate';
import { evaluateCluster, reportFromResults, driftOf } from './assessCluster';
import { ClusterEvidence, ProviderFacts } from './evidence';
import { assessProviderLoss, ProviderLossAssessment } from './meshContinuity';
import { PostureReport } from './report';
import { deriveTopology } from './topology';
import {
  validateClusterEvidence,
  validateProviderFacts,
} from './validateInput';
import { resolveWeightProfile, WeightProfileInput } from './weightProfiles';

/**
 * Posture of a mesh: the clusters aggregated by capacity, each cluster's own
 * report, and continuity after losing any one provider.
 * @public
 */
export type MeshPosture = {
  mesh: string;
  report: PostureReport;
  clusters: PostureReport[];
  continuity: ProviderLossAssessment[];
  /** True when the mesh stays covered whichever single provider is lost. */
  survivesLossOfAnyProvider: boolean;
};

/**
 * Assesses the clusters of one mesh. Credit is weighted by each cluster's
 * allocatable vCPU; the level is the worst cluster's (minimum rule).
 * @public
 */
export function assessMesh(input: {
  mesh: string;
  clusters: ClusterEvidence[];
  providers: ProviderFacts[];
  profile?: WeightProfileInput;
  /** Worker vCPU the mesh needs to keep running after a provider loss. */
  requiredVcpu?: number;
}): MeshPosture {
  const profile = resolveWeightProfile(input.profile);
  const providers = validateProviderFacts(input.providers);
  const clusters = input.clusters.map((c, i) =>
    validateClusterEvidence(c, `clusters[${i}]`),
  );
  const members = clusters.map(evidence => ({
    evidence,
    results: evaluateCluster(evidence, providers),
  }));
  const reports = members.map(m =>
    reportFromResults(
      m.evidence.cluster,
      m.results,
      profile,
      driftOf(m.evidence),
    ),
  );
  const aggregated = aggregateResults(
    members.map(m => ({
      subject: m.evidence.cluster,
      weight: deriveTopology(m.evidence).totalVcpu,
      results: m.results,
    })),
  );
  const continuity = assessProviderLoss(clusters, {
    requiredVcpu: input.requiredVcpu,
  });
  return {
    mesh: input.mesh,
    report: reportFromResults(input.mesh, aggregated, profile),
    clusters: reports,
    continuity,
    survivesLossOfAnyProvider:
      continuity.length > 0 && continuity.every(c => c.covered),
  };
}
