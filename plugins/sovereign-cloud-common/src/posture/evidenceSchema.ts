import {
  ADMISSION_MODES,
  AUDIT_LOGGING_MODES,
  EXPOSURE_CLASSES,
  IMAGE_SIGNERS,
  SECRETS_ENCRYPTION_MODES,
  VERIFICATION_LEVELS,
  VOLUME_KEY_CUSTODIES,
} from '../entities/vocabulary';
import {
  arrayOf,
  bool,
  Check,
  nullable,
  num,
  objectOf,
  oneOf,
  optional,
  pattern,
  str,
} from './check';

/*
 * Input checks of the engine: what a collector, a declaration or a pipeline
 * hands in. They mirror the types in evidence.ts.
 */

const PROVENANCES = ['observed', 'catalog', 'declared', 'unknown'];

const isProvenance = (v: unknown) =>
  v === 'observed' || v === 'catalog' || v === 'declared' || v === 'unknown';

/**
 * The check of an `Evidence<T>` wrapper, field by field.
 * @internal
 */
export const evidenceOfFully = (value: Check): Check =>
  objectOf({
    value: nullable(value),
    provenance: oneOf(PROVENANCES),
    source: optional(str()),
    declaredValue: optional(nullable(value)),
    note: optional(str()),
  });

/**
 * The same check, faster for the common wrapper (20 per cluster); see the
 * test that compares the two.
 * @internal
 */
export const evidenceOf = (value: Check): Check => {
  const full = evidenceOfFully(value);
  const valueCheck = nullable(value);
  // Fast path: every field but the value is plainly valid, so only the
  // value can fail, exactly as the full check would report it.
  return v => {
    const e = v as any;
    if (
      typeof e !== 'object' ||
      e === null ||
      Array.isArray(e) ||
      !isProvenance(e.provenance) ||
      (e.source !== undefined && typeof e.source !== 'string') ||
      e.declaredValue !== undefined ||
      (e.note !== undefined && typeof e.note !== 'string')
    ) {
      return full(v);
    }
    const failure = valueCheck(e.value);
    if (failure) failure.path.push('value');
    return failure;
  };
};

const share = num({ min: 0, max: 1 });
const nonNegative = num({ min: 0 });
const country = pattern(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code');

const isCountryCode = (v: unknown) =>
  typeof v === 'string' &&
  v.length === 2 &&
  v.charCodeAt(0) >= 65 &&
  v.charCodeAt(0) <= 90 &&
  v.charCodeAt(1) >= 65 &&
  v.charCodeAt(1) <= 90;

/**
 * A fast path for the hottest shape (one record per node, ~50 per cluster):
 * true only for nodes the field-by-field check accepts too (see the test);
 * anything else takes that check, which names the failing field.
 * @internal
 */
export function isPlainValidNode(n: any): boolean {
  return (
    typeof n === 'object' &&
    n !== null &&
    !Array.isArray(n) &&
    typeof n.name === 'string' &&
    (n.role === 'worker' || n.role === 'control-plane') &&
    typeof n.provider === 'string' &&
    n.provider.length > 0 &&
    (n.location === undefined || typeof n.location === 'string') &&
    (n.country === undefined || isCountryCode(n.country)) &&
    typeof n.vcpu === 'number' &&
    n.vcpu >= 0 &&
    n.vcpu < Infinity &&
    (n.count === undefined || (Number.isInteger(n.count) && n.count >= 1)) &&
    (n.gpus === undefined || (Number.isInteger(n.gpus) && n.gpus >= 0)) &&
    (n.confidentialComputing === undefined ||
      typeof n.confidentialComputing === 'boolean')
  );
}

const NODE_FIELDS: Record<string, Check> = {
  name: str(),
  role: oneOf(['control-plane', 'worker']),
  provider: str(1),
  location: optional(str()),
  country: optional(country),
  vcpu: nonNegative,
  count: optional(num({ min: 1, int: true })),
  gpus: optional(num({ min: 0, int: true })),
  confidentialComputing: optional(bool),
};

/**
 * Checks one node field by field; `checkNode` is the same check with the
 * fast path.
 * @internal
 */
export const checkNodeFully = objectOf(NODE_FIELDS);
/** @internal */
export const checkNode = objectOf(NODE_FIELDS, undefined, isPlainValidNode);

const placement = objectOf({
  provider: str(1),
  location: optional(str()),
  country: optional(country),
  sizeGiB: optional(nonNegative),
});

/**
 * Checks one cluster's evidence (see `ClusterEvidence`).
 * @internal
 */
export const checkClusterEvidence: Check = objectOf({
  cluster: str(1),
  mesh: optional(str()),
  nodes: evidenceOf(arrayOf(checkNode)),
  controlPlane: evidenceOf(
    objectOf({ managed: bool, provider: optional(str()) }),
  ),
  persistentData: evidenceOf(arrayOf(placement)),
  backups: evidenceOf(arrayOf(placement)),
  secretsEncryption: evidenceOf(oneOf(SECRETS_ENCRYPTION_MODES)),
  volumeKeys: evidenceOf(
    oneOf([...VOLUME_KEY_CUSTODIES, 'no-persistent-volumes']),
  ),
  network: evidenceOf(
    objectOf({
      mode: oneOf(['wireguard', 'ipsec', 'provider-fabric', 'none']),
      scope: optional(oneOf(['pod', 'pod-and-node'])),
      spansPublicNetworks: optional(bool),
    }),
  ),
  auditLogging: evidenceOf(oneOf(AUDIT_LOGGING_MODES)),
  administration: evidenceOf(
    arrayOf(
      objectOf({
        name: str(),
        control: oneOf(['eu', 'eu-entity-of-non-eu-group', 'non-eu']),
        privileged: bool,
      }),
    ),
  ),
  operatingTeam: evidenceOf(
    oneOf(['customer-eu', 'customer-mixed', 'customer-non-eu']),
  ),
  saasAgents: evidenceOf(
    arrayOf(
      objectOf({
        name: str(),
        vendorJurisdiction: oneOf(['eu', 'non-eu']),
        privileged: bool,
      }),
    ),
  ),
  exit: evidenceOf(
    objectOf({
      gitops: bool,
      backups: bool,
      restoreTestedElsewhere: bool,
      providerSpecificApis: arrayOf(str()),
    }),
  ),
  admission: evidenceOf(
    objectOf({
      mode: oneOf(ADMISSION_MODES),
      signer: oneOf(IMAGE_SIGNERS),
      vulnerabilityGate: bool,
    }),
  ),
  registries: evidenceOf(
    arrayOf(
      objectOf({
        host: str(),
        pods: nonNegative,
        jurisdiction: oneOf(['self', 'eu', 'non-eu', 'unknown']),
      }),
    ),
  ),
  sbomCoverage: evidenceOf(share),
  conformance: evidenceOf(
    objectOf({
      conformant: bool,
      scsChecksPass: bool,
      proprietaryCoupling: oneOf(['none', 'some', 'heavy', 'lock-in']),
    }),
  ),
  components: evidenceOf(
    arrayOf(
      objectOf({
        name: str(),
        governance: oneOf([
          'neutral-foundation',
          'eu-governed',
          'eu-contributed',
          'single-vendor-oss',
          'source-available',
          'proprietary',
        ]),
        criticalPath: bool,
      }),
    ),
  ),
  monitoring: evidenceOf(
    oneOf([
      'immutable-eu-customer',
      'customer-eu',
      'provider-portal',
      'reports',
      'provider-only',
    ]),
  ),
  patching: evidenceOf(
    objectOf({
      supported: bool,
      current: bool,
      timing: oneOf(['customer', 'provider']),
    }),
  ),
  hardening: evidenceOf(
    objectOf({ passed: nonNegative, total: nonNegative }, h =>
      h.passed > h.total ? 'passed must not exceed total' : undefined,
    ),
  ),
});

const providerFactOf = (value: Check) =>
  objectOf({
    value: nullable(value),
    provenance: oneOf(['catalog', 'declared', 'unknown']),
    verification: optional(oneOf(VERIFICATION_LEVELS)),
    source: optional(str()),
    note: optional(str()),
  });

/**
 * Checks one provider's facts (see `ProviderFacts`).
 * @internal
 */
export const checkProviderFacts: Check = objectOf({
  id: str(1),
  title: optional(str()),
  controlJurisdiction: providerFactOf(
    oneOf(['eu-eea', 'mostly-eu', 'mostly-non-eu', 'non-eu']),
  ),
  ownership: providerFactOf(
    oneOf([
      'eu-anchored',
      'eu-listed-free-float',
      'non-eu-financial-owner',
      'non-eu-parent',
    ]),
  ),
  exposure: providerFactOf(oneOf(EXPOSURE_CLASSES)),
  contractLaw: providerFactOf(oneOf(['eu', 'mixed', 'non-eu'])),
  managedOperations: providerFactOf(
    oneOf(['eu-only-staff', 'eu-resident-staff', 'mixed', 'global']),
  ),
  certification: providerFactOf(
    oneOf([
      'secnumcloud-or-eucs-high',
      'c5-type2-or-eucs-substantial',
      'iso-27001',
      'self-declaration',
      'none',
    ]),
  ),
  hardwareProvenance: providerFactOf(
    oneOf([
      'eu-certified',
      'full',
      'transparent-with-exceptions',
      'partial',
      'none',
    ]),
  ),
  pue: providerFactOf(num({ min: 1 })),
  energy: providerFactOf(
    oneOf(['green-eu-only', 'eu-only', 'mix-eu-non-eu', 'non-traceable']),
  ),
  globalServices: providerFactOf(bool),
});
