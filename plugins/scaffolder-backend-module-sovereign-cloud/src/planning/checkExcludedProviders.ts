import {
  CLUSTER_REQUEST_KIND,
  ClusterRequest,
  cloudProviderRefKey,
  EntityValidationError,
  ValidationProblem,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';

/** Fails when the cluster or one of its pools uses a provider the policy excludes. */
export function checkExcludedProviders(request: ClusterRequest): void {
  const excluded = new Set(
    (request.policy?.excludedProviders ?? [])
      .map(cloudProviderRefKey)
      .filter((key): key is string => key !== undefined),
  );
  if (excluded.size === 0) return;
  const problems: ValidationProblem[] = [];
  const check = (ref: string, path: string) => {
    const key = cloudProviderRefKey(ref);
    if (key !== undefined && excluded.has(key)) {
      problems.push({
        path,
        message: `provider ${JSON.stringify(
          ref,
        )} is in policy.excludedProviders`,
      });
    }
  };
  check(request.provider, 'provider');
  request.nodePools.forEach((pool, i) => {
    if (pool.provider) check(pool.provider, `nodePools[${i}].provider`);
  });
  if (problems.length) {
    throw new EntityValidationError(
      CLUSTER_REQUEST_KIND,
      request.name,
      problems,
    );
  }
}
