import { ClusterEvidence, ClusterEvidenceKey, Evidence } from './evidence';

/**
 * Observations of a collector; any key may be missing.
 * @public
 */
export type ObservedEvidence = Partial<
  Pick<ClusterEvidence, ClusterEvidenceKey>
>;

/**
 * Lets observed evidence override declared evidence. A known observation
 * wins; when a known declared value differs, it is kept in `declaredValue`
 * and the report lists it as drift. Unknown observations never erase a
 * declaration.
 * @public
 */
export function mergeObservedEvidence(
  declaredEvidence: ClusterEvidence,
  observed: ObservedEvidence,
): ClusterEvidence {
  const merged: ClusterEvidence = { ...declaredEvidence };
  for (const key of Object.keys(observed) as ClusterEvidenceKey[]) {
    const seen = observed[key] as Evidence<unknown> | undefined;
    if (!seen || seen.value === null) continue;
    const before = declaredEvidence[key] as Evidence<unknown>;
    const item: Evidence<unknown> = { ...seen, provenance: 'observed' };
    if (
      before.value !== null &&
      JSON.stringify(before.value) !== JSON.stringify(seen.value)
    ) {
      item.declaredValue = before.value;
    }
    (merged as Record<string, unknown>)[key] = item;
  }
  return merged;
}
