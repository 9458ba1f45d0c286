import { CloudProviderEntity } from '../entities/CloudProvider';
import { cloudProviderRefKey } from '../entities/references';
import { SovereignClusterEntity } from '../entities/SovereignCluster';
import { formatPath, PathSegment } from '../schema/path';
import { isRecord } from '../schema/values';
import { ValidationProblem } from '../validation/ValidationProblem';
import {
  createProviderCatalogue,
  findProviderLocation,
  ProviderCatalogue,
} from './ProviderCatalogue';

const MAX_LISTED = 12;
const NOT_VALIDATED =
  'could not be checked against the provider catalogue (validate it first)';

function offered(ids: string[]): string {
  return ids.length > MAX_LISTED
    ? `${ids.slice(0, MAX_LISTED).join(', ')}, … (${ids.length} in all)`
    : ids.join(', ');
}

/**
 * Checks a (valid) cluster against a provider catalogue: every provider that
 * hosts part of it exists, and every location it uses is offered by the
 * provider of that placement (by id, zone or alias). Policy exclusions of
 * providers the catalogue does not list are harmless and not reported.
 * Returns the problems; never throws. The catalog processor calls this with
 * the catalogue it serves (a {@link ProviderCatalogue} or a plain list).
 * @public
 */
export function checkClusterAgainstCatalogue(
  cluster: SovereignClusterEntity,
  providers: ProviderCatalogue | readonly CloudProviderEntity[],
): ValidationProblem[] {
  const catalogue = isCatalogue(providers)
    ? providers
    : createProviderCatalogue(providers);
  const problems: ValidationProblem[] = [];
  const report = (path: PathSegment[], message: string) =>
    problems.push({ path: formatPath(path), message });
  // Typed input, but the processor may hand over anything: check the parts we walk.
  const spec = cluster?.spec;

  const checkProvider = (ref: string, path: PathSegment[]) => {
    const provider = catalogue.find(ref);
    if (!provider)
      report(
        path,
        `provider ${JSON.stringify(ref)} is not in the provider catalogue`,
      );
    return provider;
  };
  const checkLocation = (
    ref: string,
    location: string,
    path: PathSegment[],
  ) => {
    const provider = catalogue.find(ref);
    if (!provider || findProviderLocation(provider, location)) return;
    report(
      path,
      `location ${JSON.stringify(location)} is not offered by provider ${
        provider.metadata.name
      } (offered: ${
        offered(provider.spec.locations.map(l => l.id)) || 'none'
      })`,
    );
  };

  if (
    !isRecord(spec) ||
    typeof spec.provider !== 'string' ||
    !Array.isArray(spec.locations) ||
    !Array.isArray(spec.nodePools) ||
    !isRecord(spec.controlPlane)
  ) {
    report([], NOT_VALIDATED);
    return problems;
  }
  try {
    checkProvider(spec.provider, ['spec', 'provider']);
    spec.locations.forEach((location, i) =>
      checkLocation(spec.provider, location, ['spec', 'locations', i]),
    );

    const controlPlane = spec.controlPlane;
    const cpPlacements = controlPlane.placements
      ? controlPlane.placements.map((p, i) => ({
          ...p,
          path: ['spec', 'controlPlane', 'placements', i],
        }))
      : [{ ...controlPlane, path: ['spec', 'controlPlane'] }];
    const pools = spec.nodePools.map((p, i) => ({
      ...p,
      path: ['spec', 'nodePools', i],
    }));

    for (const placement of [...cpPlacements, ...pools]) {
      const path = placement.path as PathSegment[];
      if (placement.provider !== undefined) {
        checkProvider(placement.provider, [...path, 'provider']);
      }
      // Locations at the cluster's provider are among spec.locations, checked above.
      const elsewhere =
        placement.provider !== undefined &&
        cloudProviderRefKey(placement.provider) !==
          cloudProviderRefKey(spec.provider);
      if (elsewhere && placement.location !== undefined) {
        checkLocation(placement.provider!, placement.location, [
          ...path,
          'location',
        ]);
      }
    }
  } catch {
    // Only reachable with input that bypassed validation; say so instead of throwing.
    report([], NOT_VALIDATED);
  }
  return problems;
}

function isCatalogue(
  providers: ProviderCatalogue | readonly CloudProviderEntity[],
): providers is ProviderCatalogue {
  return !Array.isArray(providers);
}
