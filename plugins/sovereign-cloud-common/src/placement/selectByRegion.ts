import { KarmadaScoredCluster, KarmadaSpreadConstraint } from './karmadaTypes';
import { KarmadaGroupInfo } from './groupClusters';
import { selectGroups } from './selectGroups';
import { StageResult, stageError, stageOk } from './selectResult';
import { sortClusters } from './sortClusters';

/**
 * Karmada `selectBestClustersByRegion` over regions with their group scores:
 * choose regions, take each region's best cluster, then fill up to the
 * cluster constraint's maxGroups with the other clusters of those regions.
 */
export function selectBestClustersByRegion<T extends KarmadaScoredCluster>(
  spreadConstraints: readonly KarmadaSpreadConstraint[],
  regions: readonly KarmadaGroupInfo<T>[],
): StageResult<T[]> {
  const region =
    spreadConstraints.find(c => c.spreadByField === 'region') ?? {};
  const cluster =
    spreadConstraints.find(c => c.spreadByField === 'cluster') ?? {};
  if (regions.length < (region.minGroups ?? 0)) {
    return stageError(
      'the number of feasible region is less than spreadConstraint.MinGroups',
      true,
    );
  }
  const byName = new Map(regions.map(r => [r.name, r]));
  const groups = selectGroups(
    regions.map(r => ({
      name: r.name,
      value: r.clusters.length,
      weight: r.score,
    })),
    region.minGroups ?? 0,
    region.maxGroups ?? 0,
    cluster.minGroups ?? 0,
  );
  if (!groups || groups.length === 0) {
    return stageError(
      'the number of clusters is less than the cluster spreadConstraint.MinGroups',
      true,
    );
  }
  const chosen: T[] = [];
  const candidates: T[] = [];
  for (const group of groups) {
    const members = byName.get(group.name)!.clusters;
    if (members.length === 0) continue;
    chosen.push(members[0]);
    candidates.push(...members.slice(1));
  }
  const total = Math.min(
    chosen.length + candidates.length,
    cluster.maxGroups ?? 0,
  );
  const more = total - chosen.length;
  if (more > 0) chosen.push(...sortClusters(candidates).slice(0, more));
  return stageOk(chosen);
}
