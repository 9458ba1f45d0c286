import { EvidenceRecord } from './criterion';
import { Evidence, ProviderFact } from './evidence';

/** The record a finding shows for a piece of cluster evidence. */
export function recordOf<T>(
  name: string,
  evidence: Evidence<T>,
): EvidenceRecord {
  const record: EvidenceRecord = {
    name,
    provenance: evidence.value === null ? 'unknown' : evidence.provenance,
    value: evidence.value,
  };
  if (evidence.source) record.source = evidence.source;
  if (evidence.note) record.note = evidence.note;
  return record;
}

/**
 * Whether a provider fact counts: known, and not an unverified catalogue
 * fact (those count only once an operator confirms them).
 */
export function isUsableFact<T>(
  fact: ProviderFact<T> | undefined,
): fact is ProviderFact<T> & { value: T } {
  return (
    fact !== undefined &&
    fact.value !== null &&
    fact.provenance !== 'unknown' &&
    !(fact.provenance === 'catalog' && fact.verification === 'unverified')
  );
}

/** The record of a provider fact; unusable facts show as unknown, with why. */
export function providerRecordOf<T>(
  provider: string,
  key: string,
  fact: ProviderFact<T> | undefined,
): EvidenceRecord {
  const name = `provider:${provider}.${key}`;
  if (!fact) {
    return {
      name,
      provenance: 'unknown',
      value: null,
      note: 'Provider not in the catalogue',
    };
  }
  const usable = isUsableFact(fact);
  const record: EvidenceRecord = {
    name,
    provenance: usable ? fact.provenance : 'unknown',
    value: fact.value,
  };
  if (fact.source) record.source = fact.source;
  const note =
    !usable && fact.value !== null
      ? 'Unverified catalogue fact: counts once an operator confirms it'
      : fact.note;
  if (note) record.note = note;
  return record;
}
