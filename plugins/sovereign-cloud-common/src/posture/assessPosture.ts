import { assessClusterEvidence } from './assessCluster';
import { PostureInputError } from './PostureInputError';
import { ClusterEvidence, ProviderFacts } from './evidence';
import { PostureReport } from './report';
import {
  validateClusterEvidenceAt,
  validateProviderFacts,
} from './validateInput';
import { resolveWeightProfile, WeightProfileInput } from './weightProfiles';

/**
 * Exactly what the engine takes: evidence of clusters, provider facts and a
 * weight profile. Plain data, so it can come from JSON.
 * @public
 */
export type PostureInput = {
  clusters: ClusterEvidence[];
  providers: ProviderFacts[];
  profile?: WeightProfileInput;
};

/**
 * Validates the input and assesses every cluster. Throws `PostureInputError`
 * (an `InputError`) naming the field for malformed evidence or weights.
 * @public
 */
export function assessPosture(input: PostureInput): PostureReport[] {
  if (typeof input !== 'object' || input === null) {
    throw new PostureInputError('input', 'must be an object');
  }
  const profile = resolveWeightProfile(input.profile);
  const providers = validateProviderFacts(input.providers);
  if (!Array.isArray(input.clusters)) {
    throw new PostureInputError('clusters', 'must be an array');
  }
  return input.clusters.map((cluster, i) =>
    assessClusterEvidence(
      validateClusterEvidenceAt(cluster, 'clusters', i),
      providers,
      profile,
    ),
  );
}

/**
 * Validates and assesses one cluster.
 * @public
 */
export function assessCluster(input: {
  cluster: ClusterEvidence;
  providers: ProviderFacts[];
  profile?: WeightProfileInput;
}): PostureReport {
  return assessPosture({
    clusters: [input.cluster],
    providers: input.providers,
    profile: input.profile,
  })[0];
}
