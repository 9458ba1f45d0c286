import { CloudProviderEntity } from '../entities/CloudProvider';
import { Fact } from '../entities/facts';
import { Verification } from '../entities/vocabulary';
import { isEuEeaCountry } from '../jurisdictions/countries';
import {
  CertificationRung,
  OwnershipRisk,
  ProviderFact,
  ProviderFactKey,
  ProviderFacts,
} from './evidence';

/**
 * An operator's word on a provider: `confirm` turns catalogue facts
 * (including unverified ones) into declared ones; `facts` overrides values.
 * Both count as `declared`.
 * @public
 */
export type ProviderDeclaration = {
  provider: string;
  confirm?: ProviderFactKey[];
  facts?: Partial<{ [K in ProviderFactKey]: ProviderFacts[K]['value'] }>;
  /** Where the declaration lives, e.g. a file or a legal assessment. */
  source?: string;
};

const STRENGTH: Record<Verification, number> = {
  unverified: 0,
  secondary: 1,
  declared: 2,
  verified: 3,
};

function weakest(...levels: Verification[]): Verification {
  return levels.reduce((a, b) => (STRENGTH[b] < STRENGTH[a] ? b : a));
}

const unknownFact = <T>(note: string): ProviderFact<T> => ({
  value: null,
  provenance: 'unknown',
  note,
});

function derived<T>(
  value: T | null,
  verification: Verification,
  note: string,
): ProviderFact<T> {
  if (value === null) return unknownFact(note);
  return {
    value,
    provenance: 'catalog',
    verification,
    source: 'provider catalogue',
    note,
  };
}

function fromFact<T>(fact: Fact<T>, note?: string): ProviderFact<T> {
  if (fact.value === null)
    return unknownFact(fact.note ?? 'Not in the catalogue');
  const out: ProviderFact<T> = {
    value: fact.value,
    provenance: 'catalog',
    verification: fact.verification,
    source: 'provider catalogue',
  };
  const text = note ?? fact.note;
  if (text) out.note = text;
  return out;
}

/** SC-7.01 rung of one scheme, per the model's mapping (§5.3). */
function rungOf(scheme: string, level = ''): CertificationRung | undefined {
  switch (scheme) {
    case 'secnumcloud':
      return 'secnumcloud-or-eucs-high';
    case 'eucs':
      return /high/i.test(level)
        ? 'secnumcloud-or-eucs-high'
        : 'c5-type2-or-eucs-substantial';
    case 'bsi-c5':
      // Without a stated Type 2, C5 counts like ISO 27001 until confirmed.
      return /type\s*2/i.test(level)
        ? 'c5-type2-or-eucs-substantial'
        : 'iso-27001';
    case 'iso-27001':
    case 'iso-27017':
    case 'iso-27018':
      return 'iso-27001';
    case 'csa-star':
      return 'self-declaration';
    default:
      return undefined;
  }
}

const RUNG_ORDER: CertificationRung[] = [
  'none',
  'self-declaration',
  'iso-27001',
  'c5-type2-or-eucs-substantial',
  'secnumcloud-or-eucs-high',
];

function certificationFact(
  entity: CloudProviderEntity,
): ProviderFact<CertificationRung> {
  let best: { rung: CertificationRung; verification: Verification } | undefined;
  let undecided = false;
  for (const c of entity.spec.certifications) {
    const rung = rungOf(c.scheme, c.level);
    if (!rung) continue;
    if (c.status !== 'held' || c.verification === 'unverified') {
      if (c.status !== 'not-held') undecided = true;
      continue;
    }
    if (!best || RUNG_ORDER.indexOf(rung) > RUNG_ORDER.indexOf(best.rung)) {
      best = { rung, verification: c.verification };
    }
  }
  if (best)
    return derived(
      best.rung,
      best.verification,
      'Best certification held that counts',
    );
  if (undecided) return unknownFact('No security certification confirmed yet');
  return derived<CertificationRung>(
    'none',
    'secondary',
    'No security certification in the catalogue',
  );
}

function ownershipOf(parentEu: boolean | null): OwnershipRisk | null {
  if (parentEu === null) return null;
  return parentEu ? 'eu-anchored' : 'non-eu-parent';
}

/**
 * The provider facts the engine reads, derived from a catalogue entry.
 * Facts the catalogue does not carry (hardware provenance, PUE, energy) are
 * unknown; derived facts keep the weakest verification they rest on; an
 * operator declaration confirms or overrides them (provenance `declared`).
 * @public
 */
export function providerFactsFromCatalogue(
  entity: CloudProviderEntity,
  declaration?: ProviderDeclaration,
): ProviderFacts {
  const spec = entity.spec;
  const parent = spec.parent.value;
  const parentEu =
    parent?.jurisdiction === null || parent === null
      ? null
      : parent.jurisdiction === 'eu-eea';
  const pv = spec.parent.verification;
  const partition = spec.type === 'sovereign-partition';
  const hq = spec.hqCountry.value;

  let control: ProviderFacts['controlJurisdiction']['value'] = null;
  if (parentEu !== null) {
    if (parentEu) control = 'eu-eea';
    else control = partition ? 'mostly-non-eu' : 'non-eu';
  }
  let contract: ProviderFacts['contractLaw']['value'] = null;
  if (hq !== null && parentEu !== null) {
    if (!isEuEeaCountry(hq)) contract = 'non-eu';
    else contract = parentEu ? 'eu' : 'mixed';
  }
  let operations: ProviderFacts['managedOperations']['value'] = null;
  if (parentEu !== null) {
    if (partition) operations = 'eu-resident-staff';
    else operations = parentEu ? 'eu-only-staff' : 'global';
  }

  const facts: ProviderFacts = {
    id: entity.metadata.name,
    title: entity.metadata.title ?? entity.metadata.name,
    controlJurisdiction: derived(
      control,
      pv,
      'From the ultimate parent and provider type',
    ),
    ownership: derived(ownershipOf(parentEu), pv, 'From the ultimate parent'),
    exposure: fromFact(spec.exposureClass),
    contractLaw: derived(
      contract,
      weakest(pv, spec.hqCountry.verification),
      'From the seat of the contracting entity and its parent',
    ),
    managedOperations: derived(
      operations,
      pv,
      'From the parent and provider type',
    ),
    certification: certificationFact(entity),
    hardwareProvenance: unknownFact('Not in the catalogue'),
    pue: unknownFact('Not in the catalogue'),
    energy: unknownFact('Not in the catalogue'),
    globalServices: derived(
      parentEu === null ? null : !parentEu && !partition,
      pv,
      'Standard regions of a non-EU provider keep global services (billing, account management)',
    ),
  };
  return declaration ? applyProviderDeclaration(facts, declaration) : facts;
}

/**
 * Applies an operator's confirmations and overrides.
 * @public
 */
export function applyProviderDeclaration(
  facts: ProviderFacts,
  declaration: ProviderDeclaration,
): ProviderFacts {
  const out: ProviderFacts = { ...facts };
  const source = declaration.source ?? 'operator declaration';
  const set = (key: ProviderFactKey, value: unknown) => {
    (out as Record<string, unknown>)[key] = {
      value,
      provenance: 'declared',
      verification: 'declared',
      source,
    };
  };
  for (const key of declaration.confirm ?? []) {
    if (facts[key].value !== null) set(key, facts[key].value);
  }
  for (const [key, value] of Object.entries(declaration.facts ?? {})) {
    if (value !== undefined) set(key as ProviderFactKey, value);
  }
  return out;
}
