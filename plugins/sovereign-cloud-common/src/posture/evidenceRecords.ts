import { EvidenceRecord } from './criterion';
import { Evidence, Provenance, ProviderFact } from './evidence';

/*
 * A record in one object literal per set of optional fields: adding a field
 * later would allocate a second property store, and every report keeps
 * dozens of records.
 */
function record(
  name: string,
  provenance: Provenance,
  value: unknown,
  source: string | undefined,
  note: string | undefined,
  share: number | undefined,
): EvidenceRecord {
  if (share === undefined) {
    if (source === undefined) {
      return note === undefined
        ? { name, provenance, value }
        : { name, provenance, value, note };
    }
    return note === undefined
      ? { name, provenance, value, source }
      : { name, provenance, value, source, note };
  }
  if (source === undefined) {
    return note === undefined
      ? { name, provenance, value, share }
      : { name, provenance, value, note, share };
  }
  return note === undefined
    ? { name, provenance, value, source, share }
    : { name, provenance, value, source, note, share };
}

/** The record a finding shows for a piece of cluster evidence. */
export function recordOf<T>(
  name: string,
  evidence: Evidence<T>,
): EvidenceRecord {
  return record(
    name,
    evidence.value === null ? 'unknown' : evidence.provenance,
    evidence.value,
    evidence.source ? evidence.source : undefined,
    evidence.note ? evidence.note : undefined,
    undefined,
  );
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

// `provider:<id>.<fact>`, built once per provider and fact.
const NAMES = new Map<string, Map<string, string>>();
const MAX_CACHED_PROVIDERS = 256;

function providerRecordName(provider: string, key: string): string {
  let byProvider = NAMES.get(key);
  if (!byProvider) {
    byProvider = new Map();
    NAMES.set(key, byProvider);
  }
  let name = byProvider.get(provider);
  if (name === undefined) {
    name = `provider:${provider}.${key}`;
    if (byProvider.size < MAX_CACHED_PROVIDERS) byProvider.set(provider, name);
  }
  return name;
}

/**
 * The record of a provider fact; unusable facts show as unknown, with why.
 * `share` is the provider's share in the cluster, for provider-level criteria.
 */
export function providerRecordOf<T>(
  provider: string,
  key: string,
  fact: ProviderFact<T> | undefined,
  share?: number,
): EvidenceRecord {
  const name = providerRecordName(provider, key);
  if (!fact) {
    return record(
      name,
      'unknown',
      null,
      undefined,
      'Provider not in the catalogue',
      share,
    );
  }
  const usable = isUsableFact(fact);
  const note =
    !usable && fact.value !== null
      ? 'Unverified catalogue fact: counts once an operator confirms it'
      : fact.note;
  return record(
    name,
    usable ? fact.provenance : 'unknown',
    fact.value,
    fact.source ? fact.source : undefined,
    note ? note : undefined,
    share,
  );
}
