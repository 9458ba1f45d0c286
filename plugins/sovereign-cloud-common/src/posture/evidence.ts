import {
  AdmissionMode,
  AuditLoggingMode,
  ExposureClass,
  ImageSigner,
  SecretsEncryptionMode,
  Verification,
  VolumeKeyCustody,
} from '../entities/vocabulary';

/**
 * Where a piece of evidence comes from: the cluster's API (`observed`), the
 * provider catalogue (`catalog`), the operator (`declared`), or nowhere.
 * @public
 */
export type Provenance = 'observed' | 'catalog' | 'declared' | 'unknown';

/**
 * One fact the engine reads. `value: null` is unknown evidence. When a
 * collector overrides a declared value, the declared one is kept in
 * `declaredValue` so the mismatch can be reported as drift.
 * @public
 */
export type Evidence<T> = {
  value: T | null;
  provenance: Provenance;
  /** Where it was read, e.g. `kube-system/cilium-config` or `spec.sovereignty.auditLogging`. */
  source?: string;
  /** The declared value this observation replaced, when it differs. */
  declaredValue?: T | null;
  note?: string;
};

/** @public */
export type NodeRole = 'control-plane' | 'worker';

/**
 * A node, or `count` identical nodes. Capacity is allocatable vCPU per node.
 * @public
 */
export type EvidenceNode = {
  name: string;
  role: NodeRole;
  /** Provider id as in the provider facts, e.g. `ionos`. */
  provider: string;
  location?: string;
  /** ISO 3166-1 alpha-2; absent when the location is not evidenced. */
  country?: string;
  vcpu: number;
  count?: number;
  gpus?: number;
  confidentialComputing?: boolean;
};

/**
 * Where persistent data (volumes, Ceph OSDs) or backups live.
 * @public
 */
export type DataPlacement = {
  provider: string;
  location?: string;
  country?: string;
  /** Size used for the persistent-data share; equal shares when absent. */
  sizeGiB?: number;
};

/** @public */
export type ControlPlaneEvidence = {
  /** True when the provider runs the control plane (EKS, Kapsule, SKE…). */
  managed: boolean;
  /** For a managed control plane: the provider operating it. */
  provider?: string;
};

/** @public */
export type InterNodeEncryption = {
  mode: 'wireguard' | 'ipsec' | 'provider-fabric' | 'none';
  scope?: 'pod' | 'pod-and-node';
  /** Overrides the default (nodes on more than one provider span public networks). */
  spansPublicNetworks?: boolean;
};

/**
 * Who could administer the cluster through one authentication path.
 * `eu-entity-of-non-eu-group`: e.g. the IAM of a sovereign partition.
 * @public
 */
export type AdministrationPath = {
  name: string;
  control: 'eu' | 'eu-entity-of-non-eu-group' | 'non-eu';
  privileged: boolean;
};

/** @public */
export type OperatingTeam =
  | 'customer-eu'
  | 'customer-mixed'
  | 'customer-non-eu';

/** @public */
export type SaasAgent = {
  name: string;
  vendorJurisdiction: 'eu' | 'non-eu';
  privileged: boolean;
};

/** @public */
export type ExitReadiness = {
  gitops: boolean;
  backups: boolean;
  restoreTestedElsewhere: boolean;
  providerSpecificApis: string[];
};

/** @public */
export type AdmissionEvidence = {
  mode: AdmissionMode;
  signer: ImageSigner;
  vulnerabilityGate: boolean;
};

/**
 * Images pulled from one registry host and its operator's jurisdiction
 * (`self`: operated by the customer).
 * @public
 */
export type RegistryUse = {
  host: string;
  pods: number;
  jurisdiction: 'self' | 'eu' | 'non-eu' | 'unknown';
};

/** @public */
export type ConformanceEvidence = {
  conformant: boolean;
  scsChecksPass: boolean;
  proprietaryCoupling: 'none' | 'some' | 'heavy' | 'lock-in';
};

/** @public */
export type ComponentGovernance =
  | 'neutral-foundation'
  | 'eu-governed'
  | 'eu-contributed'
  | 'single-vendor-oss'
  | 'source-available'
  | 'proprietary';

/** @public */
export type PlatformComponent = {
  name: string;
  governance: ComponentGovernance;
  criticalPath: boolean;
};

/** @public */
export type SecurityMonitoring =
  | 'immutable-eu-customer'
  | 'customer-eu'
  | 'provider-portal'
  | 'reports'
  | 'provider-only';

/** @public */
export type PatchCurrency = {
  supported: boolean;
  /** Patch ≤ 1 month behind, critical fixes ≤ 2 weeks (scs-0210-v2). */
  current: boolean;
  timing: 'customer' | 'provider';
};

/** @public */
export type HardeningChecks = { passed: number; total: number };

/**
 * Everything the engine reads about one cluster, apart from provider facts.
 * @public
 */
export type ClusterEvidence = {
  /** Entity reference of the SovereignCluster. */
  cluster: string;
  mesh?: string;
  nodes: Evidence<EvidenceNode[]>;
  controlPlane: Evidence<ControlPlaneEvidence>;
  persistentData: Evidence<DataPlacement[]>;
  backups: Evidence<DataPlacement[]>;
  secretsEncryption: Evidence<SecretsEncryptionMode>;
  /** `no-persistent-volumes` for stateless clusters. */
  volumeKeys: Evidence<VolumeKeyCustody | 'no-persistent-volumes'>;
  network: Evidence<InterNodeEncryption>;
  auditLogging: Evidence<AuditLoggingMode>;
  administration: Evidence<AdministrationPath[]>;
  operatingTeam: Evidence<OperatingTeam>;
  saasAgents: Evidence<SaasAgent[]>;
  exit: Evidence<ExitReadiness>;
  admission: Evidence<AdmissionEvidence>;
  registries: Evidence<RegistryUse[]>;
  /** Share (0..1) of running images with an SBOM. */
  sbomCoverage: Evidence<number>;
  conformance: Evidence<ConformanceEvidence>;
  components: Evidence<PlatformComponent[]>;
  monitoring: Evidence<SecurityMonitoring>;
  patching: Evidence<PatchCurrency>;
  hardening: Evidence<HardeningChecks>;
};

/** @public */
export type ClusterEvidenceKey = Exclude<
  keyof ClusterEvidence,
  'cluster' | 'mesh'
>;

/**
 * A provider fact as the engine reads it: from the catalogue (with its
 * verification flag) or declared by the operator. Unverified catalogue facts
 * count only once an operator confirms them (they become `declared`).
 * @public
 */
export type ProviderFact<T> = {
  value: T | null;
  provenance: 'catalog' | 'declared' | 'unknown';
  verification?: Verification;
  source?: string;
  note?: string;
};

/**
 * Where the bodies with decisive authority over a provider sit (CSF SOV-1.1
 * answers). `mostly-non-eu`: e.g. EU entities of a non-EU group.
 * @public
 */
export type ControlJurisdiction =
  | 'eu-eea'
  | 'mostly-eu'
  | 'mostly-non-eu'
  | 'non-eu';
/** @public */
export type OwnershipRisk =
  | 'eu-anchored'
  | 'eu-listed-free-float'
  | 'non-eu-financial-owner'
  | 'non-eu-parent';
/** @public */
export type ContractLaw = 'eu' | 'mixed' | 'non-eu';
/** @public */
export type ManagedOperations =
  | 'eu-only-staff'
  | 'eu-resident-staff'
  | 'mixed'
  | 'global';
/**
 * The SOV-7.1 rung of the best certification held for the service used
 * (the scheme → rung mapping is the model's, §5.3 SC-7.01).
 * @public
 */
export type CertificationRung =
  | 'secnumcloud-or-eucs-high'
  | 'c5-type2-or-eucs-substantial'
  | 'iso-27001'
  | 'self-declaration'
  | 'none';
/** @public */
export type HardwareProvenance =
  | 'eu-certified'
  | 'full'
  | 'transparent-with-exceptions'
  | 'partial'
  | 'none';
/** @public */
export type EnergySourcing =
  | 'green-eu-only'
  | 'eu-only'
  | 'mix-eu-non-eu'
  | 'non-traceable';

/**
 * The facts of one provider that the provider-level criteria read.
 * @public
 */
export type ProviderFacts = {
  /** Provider id as nodes name it, e.g. `ionos`. */
  id: string;
  title?: string;
  controlJurisdiction: ProviderFact<ControlJurisdiction>;
  ownership: ProviderFact<OwnershipRisk>;
  exposure: ProviderFact<ExposureClass>;
  contractLaw: ProviderFact<ContractLaw>;
  managedOperations: ProviderFact<ManagedOperations>;
  certification: ProviderFact<CertificationRung>;
  hardwareProvenance: ProviderFact<HardwareProvenance>;
  /** Power usage effectiveness of the sites used. */
  pue: ProviderFact<number>;
  energy: ProviderFact<EnergySourcing>;
  /** Provider services outside the EU in the path of every account (billing, IAM). */
  globalServices: ProviderFact<boolean>;
};

/** @public */
export type ProviderFactKey = Exclude<keyof ProviderFacts, 'id' | 'title'>;

/**
 * Every evidence field of a cluster, in a stable order.
 * @public
 */
export const CLUSTER_EVIDENCE_KEYS: readonly ClusterEvidenceKey[] = [
  'nodes',
  'controlPlane',
  'persistentData',
  'backups',
  'secretsEncryption',
  'volumeKeys',
  'network',
  'auditLogging',
  'administration',
  'operatingTeam',
  'saasAgents',
  'exit',
  'admission',
  'registries',
  'sbomCoverage',
  'conformance',
  'components',
  'monitoring',
  'patching',
  'hardening',
];
