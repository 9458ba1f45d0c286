import { cloudProviderRefKey } from '../../entities/references';
import { SovereignClusterSpec } from '../../entities/SovereignCluster';
import { PathSegment } from '../path';
import { RuleContext } from '../rules';

/*
 * Rules over where the machines of a cluster run: the control plane (or its
 * placements) and the node pools, each with an optional provider and location.
 */

/** What the rules read; the spec's other fields may still be invalid. */
type PlacedSpec = Pick<
  SovereignClusterSpec,
  'provider' | 'locations' | 'controlPlane' | 'nodePools' | 'policy'
>;

interface Placement {
  /** Relative to the spec. */
  path: PathSegment[];
  provider?: string;
  location?: string;
  /** Comparable key of `provider`, when set. */
  providerKey?: string;
}

function placementsOf(spec: PlacedSpec): Placement[] {
  const { controlPlane, nodePools } = spec;
  const placement = (
    at: { provider?: string; location?: string },
    path: PathSegment[],
  ): Placement => ({
    path,
    provider: at.provider,
    location: at.location,
    providerKey: at.provider && cloudProviderRefKey(at.provider),
  });
  return [
    ...(controlPlane.placements
      ? controlPlane.placements.map((p, index) =>
          placement(p, ['controlPlane', 'placements', index]),
        )
      : [placement(controlPlane, ['controlPlane'])]),
    ...nodePools.map((pool, index) => placement(pool, ['nodePools', index])),
  ];
}

/**
 * Machines at the cluster's provider must sit in one of its declared
 * locations; machines elsewhere must say where, since the default location
 * belongs to another provider.
 */
function checkLocations(
  spec: PlacedSpec,
  clusterProvider: string | undefined,
  placements: Placement[],
  ctx: RuleContext,
) {
  for (const { path, provider, location, providerKey } of placements) {
    const atClusterProvider =
      provider === undefined || providerKey === clusterProvider;
    if (
      atClusterProvider &&
      location !== undefined &&
      !spec.locations.includes(location)
    ) {
      ctx.report(
        [...path, 'location'],
        `must be one of spec.locations (${spec.locations.join(
          ', ',
        )}) at the cluster's provider, got ${JSON.stringify(location)}`,
      );
    }
    if (!atClusterProvider && location === undefined) {
      ctx.report(
        [...path, 'location'],
        `is required when the provider (${provider}) differs from spec.provider`,
      );
    }
  }
}

/** A policy that excludes a provider the cluster itself runs on contradicts itself. */
function checkExcludedProviders(
  spec: PlacedSpec,
  clusterProvider: string | undefined,
  placements: Placement[],
  ctx: RuleContext,
) {
  const excluded = spec.policy?.excludedProviders;
  if (!excluded) return;
  const firstUse = new Map<string, PathSegment[]>();
  const note = (key: string | undefined, at: PathSegment[]) => {
    if (key && !firstUse.has(key)) firstUse.set(key, at);
  };
  note(clusterProvider, ['provider']);
  for (const { providerKey, path } of placements) {
    note(providerKey, [...path, 'provider']);
  }
  excluded.forEach((ref, index) => {
    const where = firstUse.get(cloudProviderRefKey(ref) ?? '');
    if (where) {
      ctx.report(
        ['policy', 'excludedProviders', index],
        pathOf =>
          `excludes ${JSON.stringify(ref)}, but ${pathOf(
            where,
          )} places the cluster there`,
      );
    }
  });
}

/** Every rule about where the cluster's machines run. */
export function checkPlacements(spec: PlacedSpec, ctx: RuleContext) {
  const clusterProvider = cloudProviderRefKey(spec.provider);
  const placements = placementsOf(spec);
  checkLocations(spec, clusterProvider, placements, ctx);
  checkExcludedProviders(spec, clusterProvider, placements, ctx);
}
