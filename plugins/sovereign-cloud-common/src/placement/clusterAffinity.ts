import {
  KarmadaBinding,
  KarmadaClusterAffinity,
  KarmadaClusterView,
  KarmadaPlacement,
  KarmadaSelectorRequirement,
} from './karmadaTypes';
import { matchesLabelSelector, matchesRequirement } from './labelSelector';
import { FilterResult, PASS } from './filterResult';

function matchesZones(
  requirement: KarmadaSelectorRequirement,
  zones: readonly string[],
): boolean {
  const values = requirement.values ?? [];
  switch (requirement.operator) {
    case 'In':
      return zones.length > 0 && zones.some(z => values.includes(z));
    case 'NotIn':
      return !zones.some(z => values.includes(z));
    case 'Exists':
      return zones.length > 0;
    case 'DoesNotExist':
      return zones.length === 0;
    default:
      return false;
  }
}

/** Karmada `util.ClusterMatches`: exclude, label selector, field selector, names. */
export function matchesClusterAffinity(
  cluster: KarmadaClusterView,
  affinity: KarmadaClusterAffinity,
): boolean {
  if (affinity.exclude?.includes(cluster.name)) return false;
  if (!matchesLabelSelector(affinity.labelSelector, cluster.labels))
    return false;
  for (const requirement of affinity.fieldSelector?.matchExpressions ?? []) {
    if (requirement.key === 'zone') {
      if (!matchesZones(requirement, cluster.zones ?? [])) return false;
    } else if (requirement.key === 'provider' || requirement.key === 'region') {
      // The Go code builds a label set with both keys, empty values included.
      const fields = {
        provider: cluster.provider ?? '',
        region: cluster.region ?? '',
      };
      if (!matchesRequirement(requirement, fields)) return false;
    } else {
      return false;
    }
  }
  const names = affinity.clusterNames ?? [];
  return names.length === 0 || names.includes(cluster.name);
}

/** The affinities the filter applies: the primary one, or the observed term plus its overflow terms. */
export function activeAffinities(
  placement: KarmadaPlacement | null | undefined,
  observedAffinityName: string | undefined,
  isWorkload: boolean,
): KarmadaClusterAffinity[] {
  if (placement?.clusterAffinity) return [placement.clusterAffinity];
  const term = placement?.clusterAffinities?.find(
    t => t.affinityName === observedAffinityName,
  );
  if (!term) return [];
  return isWorkload ? [term, ...(term.overflowAffinities ?? [])] : [term];
}

const AFFINITY_MISMATCH: FilterResult = Object.freeze({
  pass: false,
  plugin: 'ClusterAffinity',
  reason: 'cluster(s) did not match the placement cluster affinity constraint',
});

/** Karmada `ClusterAffinity` filter plugin. */
export function filterClusterAffinity(
  cluster: KarmadaClusterView,
  placement: KarmadaPlacement | null | undefined,
  options: { observedAffinityName?: string; isWorkload?: boolean } = {},
): FilterResult {
  const affinities = activeAffinities(
    placement,
    options.observedAffinityName,
    options.isWorkload ?? true,
  );
  if (affinities.length === 0) return PASS;
  for (const affinity of affinities) {
    if (matchesClusterAffinity(cluster, affinity)) return PASS;
  }
  return AFFINITY_MISMATCH;
}

/** Whether a binding already runs in the cluster (several plugins let it pass). */
export function inPreviousResult(
  cluster: KarmadaClusterView,
  binding: KarmadaBinding | undefined,
): boolean {
  return binding?.previousClusters?.includes(cluster.name) ?? false;
}
