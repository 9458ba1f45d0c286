import { KarmadaPlacement, KarmadaSpreadConstraint } from './karmadaTypes';

/** @public */
export type KarmadaAssignStrategy =
  | 'Duplicated'
  | 'Aggregated'
  | 'StaticWeight'
  | 'DynamicWeight';

/** Absent or null `replicaScheduling` means Duplicated. */
export function isDuplicated(placement: KarmadaPlacement | null | undefined) {
  const scheduling = placement?.replicaScheduling;
  return !scheduling || scheduling.replicaSchedulingType === 'Duplicated';
}

/** Karmada `getAssignStrategy`; undefined = unsupported. */
export function assignStrategyOf(
  placement: KarmadaPlacement | null | undefined,
): KarmadaAssignStrategy | undefined {
  if (isDuplicated(placement)) return 'Duplicated';
  const scheduling = placement!.replicaScheduling!;
  switch (scheduling.replicaDivisionPreference) {
    case 'Aggregated':
      return 'Aggregated';
    case 'Weighted':
      return scheduling.weightPreference?.dynamicWeight
        ? 'DynamicWeight'
        : 'StaticWeight';
    default:
      return undefined;
  }
}

/** Static weighting makes Karmada select every feasible cluster, ignoring spread constraints. */
export function ignoresSpreadConstraints(
  placement: KarmadaPlacement | null | undefined,
): boolean {
  const scheduling = placement?.replicaScheduling;
  if (
    !scheduling ||
    scheduling.replicaSchedulingType !== 'Divided' ||
    scheduling.replicaDivisionPreference !== 'Weighted'
  ) {
    return false;
  }
  const preference = scheduling.weightPreference;
  if (!preference) return true;
  return (
    (preference.staticWeightList ?? []).length > 0 && !preference.dynamicWeight
  );
}

/** The constraint spreading by `field`, if any. */
export function spreadConstraintFor(
  placement: KarmadaPlacement | null | undefined,
  field: string,
): KarmadaSpreadConstraint | undefined {
  return placement?.spreadConstraints?.find(c => c.spreadByField === field);
}
