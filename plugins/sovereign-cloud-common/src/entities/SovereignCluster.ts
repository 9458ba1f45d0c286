import { Entity } from '@backstage/catalog-model';
import {
  SOVEREIGN_CLOUD_API_VERSION,
  SOVEREIGN_CLUSTER_KIND,
} from './constants';
import {
  AdmissionEngine,
  AdmissionMode,
  AuditLoggingMode,
  ClusterPhase,
  FailureDomainLevel,
  ImageSigner,
  NetworkEncryptionMode,
  NetworkEncryptionScope,
  NetworkOverlay,
  NodePoolManager,
  OperatorRole,
  OtlpProtocol,
  SealLevel,
  SecretsEncryptionMode,
  StorageBackend,
  TaintEffect,
  VolumeKeyCustody,
} from './vocabulary';

/**
 * Where a credential lives: a key of the Backstage app-config, or a key of a
 * Kubernetes Secret. Entities never hold the credential itself.
 * @public
 */
export type CredentialReference =
  | { configKey: string; secretRef?: never }
  | { secretRef: SecretKeyReference; configKey?: never };

/** @public */
export type SecretKeyReference = {
  name: string;
  namespace: string;
  key: string;
};

/** @public */
export type KubernetesDistribution = {
  /** e.g. `kubeadm`, `talos`, `k3s`, `rke2`, `eks`, `kapsule`. */
  name: string;
  /** Kubernetes version, e.g. `1.33.4`. */
  version: string;
};

/**
 * One site of a control plane split across sites or providers.
 * @public
 */
export type ControlPlanePlacement = {
  provider?: string;
  location?: string;
  replicas: number;
};

/**
 * The control plane. Provider and location default to the cluster's
 * (`spec.provider`, first of `spec.locations`); `placements` describes a
 * control plane split across sites or providers (imported clusters).
 * @public
 */
export type ControlPlane = {
  provider?: string;
  location?: string;
  /** Number of control-plane machines; required unless `managed` or `placements` is set. */
  replicas?: number;
  /** True when the provider runs the control plane (EKS, Kapsule, SKE, ...). */
  managed?: boolean;
  /** Instead of `provider`/`location`: where the control-plane machines run. */
  placements?: ControlPlanePlacement[];
};

/** @public */
export type NodeTaint = {
  key: string;
  value?: string;
  effect: TaintEffect;
};

/** @public */
export type NodeAccelerator = {
  /** Extended resource name, e.g. `nvidia.com/gpu`. */
  resource: string;
  /** Per node. */
  count: number;
  model?: string;
};

/**
 * A group of identical nodes. Provider and location default to the cluster's.
 * @public
 */
export type NodePool = {
  name: string;
  provider?: string;
  location?: string;
  machineType: string;
  count: number;
  managedBy?: NodePoolManager;
  labels?: Record<string, string>;
  taints?: NodeTaint[];
  accelerators?: NodeAccelerator[];
};

/** @public */
export type ClusterNetwork = {
  overlay: NetworkOverlay;
  encryption: { mode: NetworkEncryptionMode; scope?: NetworkEncryptionScope };
  /** Reference to a `Resource` of `spec.type: cluster-mesh`. */
  mesh?: string;
  /** e.g. `cilium`, `calico`. */
  cni?: string;
  podCidr?: string;
  serviceCidr?: string;
};

/** @public */
export type StorageClassDeclaration = {
  name: string;
  default?: boolean;
  /** Overrides `storage.replication` for this class. */
  replication?: number;
  failureDomain?: FailureDomainLevel;
  encrypted?: boolean;
  /** CSI provisioner, e.g. `rook-ceph.rbd.csi.ceph.com`. */
  provisioner?: string;
};

/** @public */
export type ClusterStorage = {
  backend: StorageBackend;
  /** Copies of each block of data. */
  replication?: number;
  failureDomain?: FailureDomainLevel;
  /** The domains replicas are spread over, e.g. zones `fr-par-1`, `fr-par-2`. */
  failureDomains?: string[];
  classes?: StorageClassDeclaration[];
};

/** @public */
export type ClusterObservability = {
  prometheus?: { url: string };
  alertmanager?: { url: string };
  grafana?: { url: string };
  otlp?: { endpoint: string; protocol?: OtlpProtocol };
};

/** @public */
export type ClusterAuth = {
  /** Auth strategy key of the Kubernetes plugin: `oidc`, `serviceAccount`, `aws`, or a custom one. */
  provider: string;
  /** Required for `serviceAccount`. */
  credential?: CredentialReference;
  /** OIDC token provider of the frontend, e.g. `microsoft`. */
  oidcTokenProvider?: string;
};

/** @public */
export type ClusterAccess = {
  /** https URL of the API server. */
  apiServer: string;
  certificateAuthority?: CredentialReference;
  auth: ClusterAuth;
  dashboardUrl?: string;
};

/**
 * Who reconciles the cluster.
 * @public
 */
export type ClusterManagement =
  | {
      type: 'cluster-api';
      /** Reference to the SovereignCluster that runs Cluster API. */
      managementCluster: string;
      namespace: string;
      /** Name of the Cluster API `Cluster` object; defaults to the entity name. */
      clusterName?: string;
      clusterClass?: string;
    }
  | { type: 'gitops'; repository: string; path?: string; branch?: string }
  | { type: 'external'; description?: string };

/** @public */
export type ClusterKeyManagement = {
  secretsEncryption: SecretsEncryptionMode;
  volumeKeys?: VolumeKeyCustody;
  /** Where the KMS runs and who operates it. */
  kms?: { operator: string; country?: string };
};

/** @public */
export type ClusterOperator = {
  name: string;
  role: OperatorRole;
  country?: string;
  hasAdminAccess?: boolean;
};

/** @public */
export type ImageRegistryDeclaration = {
  host: string;
  operator?: string;
  country?: string;
  /** True when the registry mirrors public registries. */
  mirror?: boolean;
};

/** @public */
export type AdmissionPolicyDeclaration = {
  engine: AdmissionEngine;
  mode: AdmissionMode;
  imageSignatures?: ImageSigner;
  vulnerabilityGate?: boolean;
};

/** @public */
export type AuditLoggingDeclaration = {
  mode: AuditLoggingMode;
  destination?: string;
  retentionDays?: number;
};

/**
 * Sovereignty facts the operator declares (shown as declared; a mismatch
 * with what is observed is a finding).
 * @public
 */
export type ClusterSovereigntyDeclarations = {
  keyManagement?: ClusterKeyManagement;
  operators?: ClusterOperator[];
  imageRegistries?: ImageRegistryDeclaration[];
  admissionPolicies?: AdmissionPolicyDeclaration;
  auditLogging?: AuditLoggingDeclaration;
};

/** @public */
export type ClusterPolicy = {
  minimumSeal?: SealLevel;
  /** `EU`, `EEA` or ISO 3166-1 alpha-2 codes. */
  allowedJurisdictions?: string[];
  /** CloudProvider references that must not host this cluster or its workloads. */
  excludedProviders?: string[];
};

/**
 * Lifecycle state, set by the catalog (authors normally leave it out).
 * @public
 */
export type ClusterStatus = {
  phase: ClusterPhase;
  message?: string;
  lastTransitionTime?: string;
};

/**
 * The spec of a SovereignCluster.
 * @public
 */
export type SovereignClusterSpec = {
  owner: string;
  lifecycle: string;
  system?: string;
  /** Reference to the CloudProvider of the control plane and Cluster API pools. */
  provider: string;
  /** Location ids at `provider` that the cluster spans; the first is the default. */
  locations: string[];
  distribution: KubernetesDistribution;
  controlPlane: ControlPlane;
  nodePools: NodePool[];
  network: ClusterNetwork;
  storage?: ClusterStorage;
  observability?: ClusterObservability;
  access?: ClusterAccess;
  management: ClusterManagement;
  sovereignty?: ClusterSovereigntyDeclarations;
  policy?: ClusterPolicy;
  status?: ClusterStatus;
};

/**
 * A `kind: SovereignCluster` entity.
 * @public
 */
export interface SovereignClusterEntity extends Entity {
  apiVersion: typeof SOVEREIGN_CLOUD_API_VERSION;
  kind: typeof SOVEREIGN_CLUSTER_KIND;
  spec: SovereignClusterSpec;
}
