import {
  CLUSTER_REQUEST_KIND,
  ClusterRequest,
  cloudProviderRefKey,
  EntityValidationError,
  EU_MEMBER_STATES,
  findProviderLocation,
  isEuEeaCountry,
  ProviderCatalogue,
  ValidationProblem,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';

const EU = new Set(EU_MEMBER_STATES);

/** True when a country is inside one of the policy's jurisdictions (`EU`, `EEA` or a country code). */
export function countryIsAllowed(
  country: string,
  allowed: readonly string[],
): boolean {
  return allowed.some(jurisdiction => {
    if (jurisdiction === 'EU') return EU.has(country);
    if (jurisdiction === 'EEA') return isEuEeaCountry(country);
    return jurisdiction === country;
  });
}

/**
 * Checks every location the request places machines in against
 * `policy.allowedJurisdictions`, by the country the provider catalogue gives
 * for it. A location whose country the catalogue does not know fails too: a
 * policy that cannot be checked is not met.
 */
export function checkJurisdictions(
  request: ClusterRequest,
  catalogue: ProviderCatalogue,
): void {
  const allowed = request.policy?.allowedJurisdictions;
  if (!allowed || allowed.length === 0) return;
  const problems: ValidationProblem[] = [];
  const list = allowed.join(', ');
  const check = (providerRef: string, location: string, path: string) => {
    const provider = catalogue.find(providerRef);
    const country = provider
      ? findProviderLocation(provider, location)?.country
      : undefined;
    const where = `location ${JSON.stringify(location)} at ${
      provider?.metadata.name ?? providerRef
    }`;
    if (!country) {
      problems.push({
        path,
        message: `${where} has no country in the provider catalogue, so policy.allowedJurisdictions (${list}) cannot be met`,
      });
    } else if (!countryIsAllowed(country, allowed)) {
      problems.push({
        path,
        message: `${where} is in ${country}, outside policy.allowedJurisdictions (${list})`,
      });
    }
  };
  request.locations.forEach((location, i) =>
    check(request.provider, location, `locations[${i}]`),
  );
  const own = cloudProviderRefKey(request.provider);
  request.nodePools.forEach((pool, i) => {
    // Pools at the cluster's provider sit in one of `locations`, checked above.
    if (!pool.provider || cloudProviderRefKey(pool.provider) === own) return;
    check(pool.provider, pool.location, `nodePools[${i}].location`);
  });
  if (problems.length) {
    throw new EntityValidationError(
      CLUSTER_REQUEST_KIND,
      request.name,
      problems,
    );
  }
}
