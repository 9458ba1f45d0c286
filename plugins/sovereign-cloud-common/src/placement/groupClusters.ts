import { compareNames } from './compareNames';
import { KarmadaPlacement, KarmadaScoredCluster } from './karmadaTypes';
import { calcGroupScore } from './groupScore';
import {
  ignoresSpreadConstraints,
  spreadConstraintFor,
} from './replicaStrategy';
import { sortClusters } from './sortClusters';

/** A region, zone or provider with its clusters (Karmada order) and group score. @public */
export type KarmadaGroupInfo<
  T extends KarmadaScoredCluster = KarmadaScoredCluster,
> = {
  name: string;
  score: number;
  clusters: T[];
};

/** @public */
export type KarmadaGroupedClusters<
  T extends KarmadaScoredCluster = KarmadaScoredCluster,
> = {
  clusters: T[];
  regions: KarmadaGroupInfo<T>[];
  zones: KarmadaGroupInfo<T>[];
  providers: KarmadaGroupInfo<T>[];
};

function groupBy<T extends KarmadaScoredCluster>(
  clusters: readonly T[],
  keys: (c: T) => readonly string[],
  placement: KarmadaPlacement | null | undefined,
  minGroups: number,
  replicas: number,
): KarmadaGroupInfo<T>[] {
  const groups = new Map<string, T[]>();
  for (const c of clusters) {
    for (const key of keys(c)) {
      const list = groups.get(key);
      if (list) list.push(c);
      else groups.set(key, [c]);
    }
  }
  return [...groups.entries()]
    .sort(([a], [b]) => compareNames(a, b))
    .map(([name, members]) => ({
      name,
      clusters: members,
      score: calcGroupScore(members, placement, minGroups, replicas),
    }));
}

/**
 * Karmada `GroupClustersWithScore`: the global cluster order, and groups only
 * for fields that carry a spread constraint Karmada does not ignore.
 */
export function groupClustersWithScore<T extends KarmadaScoredCluster>(
  clusters: readonly T[],
  placement: KarmadaPlacement | null | undefined,
  replicas: number,
): KarmadaGroupedClusters<T> {
  const sorted = sortClusters(clusters);
  const result: KarmadaGroupedClusters<T> = {
    clusters: sorted,
    regions: [],
    zones: [],
    providers: [],
  };
  if (ignoresSpreadConstraints(placement)) return result;
  const group = (field: string, keys: (c: T) => readonly string[]) => {
    const constraint = spreadConstraintFor(placement, field);
    return constraint
      ? groupBy(sorted, keys, placement, constraint.minGroups ?? 0, replicas)
      : [];
  };
  result.regions = group('region', c => (c.region ? [c.region] : []));
  result.zones = group('zone', c => c.zones ?? []);
  result.providers = group('provider', c => (c.provider ? [c.provider] : []));
  return result;
}
