import { EEA_COUNTRIES, EU_MEMBER_STATES } from '../jurisdictions/countries';
import { SEAL_LEVELS, SealLevel } from '../entities/vocabulary';
import { FilterResult, PASS } from './filterResult';
import { PlacementFleetCluster, providerName } from './fleet';
import { ParsedPlacementWorkload } from './workloadSchema';

/** The workload's hard constraints in a form cheap to test per cluster. @public */
export type SovereigntyConstraints = {
  allowedCountries?: ReadonlySet<string>;
  dataCountries?: ReadonlySet<string>;
  minimumSeal?: SealLevel;
  excludedProviders: ReadonlySet<string>;
  needsStorage: boolean;
};

function expand(codes: readonly string[] | undefined): Set<string> | undefined {
  if (!codes) return undefined;
  const set = new Set<string>();
  for (const code of codes) {
    if (code === 'EU') EU_MEMBER_STATES.forEach(c => set.add(c));
    else if (code === 'EEA') EEA_COUNTRIES.forEach(c => set.add(c));
    else set.add(code);
  }
  return set;
}

/** @public */
export function sovereigntyConstraintsOf(
  workload: ParsedPlacementWorkload,
): SovereigntyConstraints {
  const s: Partial<NonNullable<ParsedPlacementWorkload['sovereignty']>> =
    workload.sovereignty ?? {};
  const needsStorage = (workload.volumes ?? []).length > 0;
  return {
    allowedCountries: expand(s.allowedJurisdictions),
    dataCountries: needsStorage ? expand(s.dataResidency) : undefined,
    minimumSeal: s.minimumSeal,
    excludedProviders: new Set((s.excludedProviders ?? []).map(providerName)),
    needsStorage,
  };
}

const sealRank = (level: SealLevel) => SEAL_LEVELS.indexOf(level);

const failures = new Map<string, Map<string, FilterResult>>();

/** Failures are shared objects, so a plan can reuse their reason texts. */
function fail(plugin: string, reason: string): FilterResult {
  let byReason = failures.get(plugin);
  if (!byReason) failures.set(plugin, (byReason = new Map()));
  let result = byReason.get(reason);
  if (!result)
    byReason.set(
      reason,
      (result = Object.freeze({ pass: false, plugin, reason })),
    );
  return result;
}

const countryTexts = new Map<string, readonly [string, string]>();

/** Reason texts per country, built once (this runs for every pair). */
function countryText(country: string): readonly [string, string] {
  let texts = countryTexts.get(country);
  if (!texts) {
    texts = [
      `country ${country} is not allowed`,
      `data would be stored in ${country}`,
    ];
    countryTexts.set(country, texts);
  }
  return texts;
}

/** The hard sovereignty constraints Karmada does not have; first failure wins. */
export function filterSovereignty(
  cluster: PlacementFleetCluster,
  constraints: SovereigntyConstraints,
): FilterResult {
  if (cluster.decommissioning) {
    return fail('Lifecycle', 'cluster is being decommissioned');
  }
  for (const provider of cluster.providers) {
    if (constraints.excludedProviders.has(provider)) {
      return fail('ExcludedProvider', `provider ${provider} is excluded`);
    }
  }
  const allowed = constraints.allowedCountries;
  if (allowed) {
    for (const country of cluster.countries) {
      if (country === undefined)
        return fail('Jurisdiction', 'country of a location is unknown');
      if (!allowed.has(country))
        return fail('Jurisdiction', countryText(country)[0]);
    }
  }
  if (constraints.minimumSeal) {
    if (!cluster.seal) return fail('MinimumSeal', 'no SEAL level assessed');
    if (sealRank(cluster.seal) < sealRank(constraints.minimumSeal)) {
      return fail(
        'MinimumSeal',
        `${cluster.seal} is below ${constraints.minimumSeal}`,
      );
    }
  }
  if (constraints.needsStorage) {
    if (!cluster.hasStorage)
      return fail('DataResidency', 'no persistent storage declared');
    const data = constraints.dataCountries;
    if (data) {
      for (const country of cluster.countries) {
        if (country === undefined)
          return fail('DataResidency', 'country of a location is unknown');
        if (!data.has(country))
          return fail('DataResidency', countryText(country)[1]);
      }
      const kms = cluster.kmsCountry;
      if (kms !== undefined && !data.has(kms)) {
        return fail('DataResidency', `volume keys would be held in ${kms}`);
      }
    }
  }
  return PASS;
}
