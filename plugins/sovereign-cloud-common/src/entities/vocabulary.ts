/*
 * Closed vocabularies of the entity formats. Each list is the single source
 * for the TypeScript type, the JSON Schema enum and the validator message.
 */

/**
 * How nodes of a cluster reach each other across sites.
 * `cilium-wireguard`: Cilium transparent encryption; `kilo`: Kilo WireGuard mesh
 * (edge/bare-metal pools joining one cluster); `kubespan`: Talos KubeSpan; `none`: provider network only.
 * @public
 */
export const NETWORK_OVERLAYS = [
  'cilium-wireguard',
  'kilo',
  'kubespan',
  'none',
] as const;
/** @public */
export type NetworkOverlay = (typeof NETWORK_OVERLAYS)[number];

/**
 * Encryption of traffic between nodes.
 * @public
 */
export const NETWORK_ENCRYPTION_MODES = ['wireguard', 'ipsec', 'none'] as const;
/** @public */
export type NetworkEncryptionMode = (typeof NETWORK_ENCRYPTION_MODES)[number];

/**
 * What the encryption covers: pod traffic only, or pod and node (host) traffic.
 * @public
 */
export const NETWORK_ENCRYPTION_SCOPES = ['pod', 'pod-and-node'] as const;
/** @public */
export type NetworkEncryptionScope = (typeof NETWORK_ENCRYPTION_SCOPES)[number];

/**
 * Storage backends the suite can install or observe.
 * @public
 */
export const STORAGE_BACKENDS = [
  'rook-ceph',
  'longhorn',
  'simplyblock',
  'provider-csi',
] as const;
/** @public */
export type StorageBackend = (typeof STORAGE_BACKENDS)[number];

/**
 * Topology level across which storage replicas are spread (Ceph CRUSH types,
 * Kubernetes topology labels).
 * @public
 */
export const FAILURE_DOMAIN_LEVELS = [
  'host',
  'rack',
  'zone',
  'region',
] as const;
/** @public */
export type FailureDomainLevel = (typeof FAILURE_DOMAIN_LEVELS)[number];

/**
 * Lifecycle state of a cluster as the catalog reports it.
 * @public
 */
export const CLUSTER_PHASES = [
  'Planned',
  'Provisioning',
  'Ready',
  'Degraded',
  'Decommissioning',
  'Decommissioned',
  'Unknown',
] as const;
/** @public */
export type ClusterPhase = (typeof CLUSTER_PHASES)[number];

/**
 * Who reconciles a cluster: Cluster API, a GitOps repository, or something outside the suite.
 * @public
 */
export const CLUSTER_MANAGEMENT_TYPES = [
  'cluster-api',
  'gitops',
  'external',
] as const;
/** @public */
export type ClusterManagementType = (typeof CLUSTER_MANAGEMENT_TYPES)[number];

/**
 * Who creates the machines of a node pool. `external` pools (bare metal, edge)
 * are provisioned outside Cluster API and only declared and observed.
 * @public
 */
export const NODE_POOL_MANAGERS = [
  'cluster-api',
  'provider',
  'external',
] as const;
/** @public */
export type NodePoolManager = (typeof NODE_POOL_MANAGERS)[number];

/** @public */
export const TAINT_EFFECTS = [
  'NoSchedule',
  'PreferNoSchedule',
  'NoExecute',
] as const;
/** @public */
export type TaintEffect = (typeof TAINT_EFFECTS)[number];

/**
 * Sovereignty Effectiveness Assurance Levels of the EU Cloud Sovereignty Framework.
 * @public
 */
export const SEAL_LEVELS = [
  'SEAL-0',
  'SEAL-1',
  'SEAL-2',
  'SEAL-3',
  'SEAL-4',
] as const;
/** @public */
export type SealLevel = (typeof SEAL_LEVELS)[number];

/**
 * How Kubernetes Secrets are encrypted at rest (etcd).
 * @public
 */
export const SECRETS_ENCRYPTION_MODES = [
  'kms-v2-customer',
  'kms-provider-cmk',
  'static-key',
  'provider-default',
  'none',
  'unknown',
] as const;
/** @public */
export type SecretsEncryptionMode = (typeof SECRETS_ENCRYPTION_MODES)[number];

/**
 * Who holds the keys of persistent volumes.
 * @public
 */
export const VOLUME_KEY_CUSTODIES = [
  'customer-kms',
  'provider-kms-cmk',
  'k8s-secret',
  'provider-managed',
  'none',
  'unknown',
] as const;
/** @public */
export type VolumeKeyCustody = (typeof VOLUME_KEY_CUSTODIES)[number];

/** @public */
export const OPERATOR_ROLES = [
  'platform',
  'provider',
  'support',
  'security',
] as const;
/** @public */
export type OperatorRole = (typeof OPERATOR_ROLES)[number];

/** @public */
export const ADMISSION_ENGINES = [
  'kyverno',
  'sigstore-policy-controller',
  'connaisseur',
  'gatekeeper',
  'other',
  'none',
] as const;
/** @public */
export type AdmissionEngine = (typeof ADMISSION_ENGINES)[number];

/** @public */
export const ADMISSION_MODES = ['enforce', 'audit', 'none'] as const;
/** @public */
export type AdmissionMode = (typeof ADMISSION_MODES)[number];

/**
 * Whose keys image signatures are checked against.
 * @public
 */
export const IMAGE_SIGNERS = ['customer', 'upstream', 'none'] as const;
/** @public */
export type ImageSigner = (typeof IMAGE_SIGNERS)[number];

/**
 * Where API audit logs go (the answers of the audit-logging criterion).
 * @public
 */
export const AUDIT_LOGGING_MODES = [
  'realtime-customer-eu',
  'customer-eu',
  'provider-service',
  'incomplete',
  'none',
] as const;
/** @public */
export type AuditLoggingMode = (typeof AUDIT_LOGGING_MODES)[number];

/** @public */
export const OTLP_PROTOCOLS = ['grpc', 'http/protobuf'] as const;
/** @public */
export type OtlpProtocol = (typeof OTLP_PROTOCOLS)[number];

/**
 * What kind of supplier a CloudProvider is.
 * @public
 */
export const PROVIDER_TYPES = [
  'public-cloud',
  'sovereign-partition',
  'private-dc',
] as const;
/** @public */
export type ProviderType = (typeof PROVIDER_TYPES)[number];

/**
 * How far a fact was checked: `verified` read in a primary source; `secondary`
 * only third-party sources; `unverified` not checked (general knowledge,
 * inference, unknown); `declared` stated by the operator.
 * @public
 */
export const VERIFICATION_LEVELS = [
  'verified',
  'secondary',
  'unverified',
  'declared',
] as const;
/** @public */
export type Verification = (typeof VERIFICATION_LEVELS)[number];

/**
 * A provider's exposure to non-EU legal reach (input to criterion SOV-2.2).
 * @public
 */
export const EXPOSURE_CLASSES = [
  'verified-immunity',
  'eu-structural',
  'eu-with-non-eu-subsidiaries',
  'non-eu-parent-eu-structure',
  'non-eu-parent',
] as const;
/** @public */
export type ExposureClass = (typeof EXPOSURE_CLASSES)[number];

/** @public */
export const JURISDICTIONS = ['eu-eea', 'non-eu'] as const;
/** @public */
export type Jurisdiction = (typeof JURISDICTIONS)[number];

/** @public */
export const CERTIFICATION_SCHEMES = [
  'secnumcloud',
  'eucs',
  'bsi-c5',
  'bsi-c3a',
  'iso-27001',
  'iso-27017',
  'iso-27018',
  'iso-27701',
  'hds',
  'csa-star',
  'soc-1',
  'soc-2',
  'gaia-x-label',
  'gaia-x-membership',
  'scs-iaas',
  'scs-kaas',
  'other',
] as const;
/** @public */
export type CertificationScheme = (typeof CERTIFICATION_SCHEMES)[number];

/**
 * `held`: certified, attested or qualified; `in-progress`: in a qualification
 * process; `not-held`: known not to hold it; `unknown`: no source says.
 * @public
 */
export const CERTIFICATION_STATUSES = [
  'held',
  'in-progress',
  'not-held',
  'unknown',
] as const;
/** @public */
export type CertificationStatus = (typeof CERTIFICATION_STATUSES)[number];

/**
 * How clusters are created at a provider: a Cluster API infrastructure
 * provider, a Crossplane provider for the managed Kubernetes service, or not
 * known (no path in the reference).
 * @public
 */
export const PROVISIONING_METHODS = [
  'cluster-api',
  'crossplane',
  'unknown',
] as const;
/** @public */
export type ProvisioningMethod = (typeof PROVISIONING_METHODS)[number];
