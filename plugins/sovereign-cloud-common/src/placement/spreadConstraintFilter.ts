import { KarmadaClusterView, KarmadaPlacement } from './karmadaTypes';
import { FilterResult, PASS } from './filterResult';

/** Karmada `SpreadConstraint` filter plugin: spreading by a field needs the field. */
export function filterSpreadConstraint(
  cluster: KarmadaClusterView,
  placement: KarmadaPlacement | null | undefined,
): FilterResult {
  for (const constraint of placement?.spreadConstraints ?? []) {
    const field = constraint.spreadByField;
    const missing =
      (field === 'provider' && !cluster.provider) ||
      (field === 'region' && !cluster.region) ||
      (field === 'zone' && (cluster.zones ?? []).length === 0);
    if (missing) {
      const property = field === 'zone' ? 'zones' : field;
      return {
        pass: false,
        plugin: 'SpreadConstraint',
        reason: `cluster(s) did not have ${property} property`,
      };
    }
  }
  return PASS;
}
