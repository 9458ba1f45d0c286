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

const evidenceOf = (value: Check) =>
  objectOf({
    value: nullable(value),
    provenance: oneOf(PROVENANCES),
    source: optional(str()),
    declaredValue: optional(nullable(value)),
    note: optional(str()),
  });

const share = num({ min: 0, max: 1 });
const nonNegative = num({ min: 0 });
const country = pattern(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code');

const node = objectOf({
  name: str(),
  role: oneOf(['control-plane', 'worker']),
  provider: str(1),
  location: optional(str()),
  country: optional(country),
  vcpu: nonNegative,
  count: optional(num({ min: 1, int: true })),
  gpus: optional(num({ min: 0, int: true })),
  confidentialComputing: optional(bool),
});

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
  nodes: evidenceOf(arrayOf(node)),
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
