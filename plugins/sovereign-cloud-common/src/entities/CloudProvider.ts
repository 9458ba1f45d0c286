import { Entity } from '@backstage/catalog-model';
import { CLOUD_PROVIDER_KIND, SOVEREIGN_CLOUD_API_VERSION } from './constants';
import { Fact, FactSource } from './facts';
import {
  CertificationScheme,
  CertificationStatus,
  ExposureClass,
  Jurisdiction,
  ProviderType,
  Verification,
} from './vocabulary';

/**
 * The ultimate owner of a provider and the jurisdiction that controls it.
 * @public
 */
export type ProviderParent = {
  name: string;
  /** ISO 3166-1 alpha-2, or null when the reference does not state it. */
  country: string | null;
  jurisdiction: Jurisdiction | null;
};

/**
 * A certification, attestation, qualification or membership. It counts only
 * for the service scope its source names.
 * @public
 */
export type ProviderCertification = {
  scheme: CertificationScheme;
  status: CertificationStatus;
  /** e.g. `Type 2`, `3.2`, `27001:2022`. */
  level?: string;
  /** The offering or service covered, e.g. `Bare Metal Pod`. */
  scope: string;
  validFrom?: string;
  validUntil?: string;
  verification: Verification;
  sources: FactSource[];
  note?: string;
};

/**
 * A region, site or location code of a provider, as it appears on nodes and APIs.
 * @public
 */
export type ProviderLocation = {
  /** e.g. `de/fra`, `fr-par`, `eu-central-1`. */
  id: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** Must agree with `country`: the UK and Switzerland are not EU/EEA. */
  euEea: boolean;
  city?: string;
  /** Set when the city carries a weaker mark than the code and country. */
  cityVerification?: Verification;
  /** Availability zones, e.g. `fr-par-1`. */
  zones?: string[];
  /** Other values seen in topology labels or APIs for this location. */
  aliases?: string[];
  /** Separate partition, e.g. `aws-eusc`. */
  partition?: string;
  /** Mark for the code and the country. */
  verification: Verification;
  sources: FactSource[];
  note?: string;
};

/**
 * Clusters created through a Cluster API infrastructure provider.
 * @public
 */
export type ClusterApiProvisioning = {
  method: 'cluster-api';
  /** Short name, e.g. `CAPIC`. */
  infrastructureProvider: string;
  repository: string;
  /** e.g. `infrastructure.cluster.x-k8s.io/v1alpha1`. */
  apiVersion: string;
  /** Infrastructure cluster kind, e.g. `IonosCloudCluster`. */
  clusterKind?: string;
  /** Kind describing the machines: a machine template or a managed machine pool. */
  machineKind: string;
  /** Managed control plane kind, e.g. `ScalewayManagedControlPlane`. */
  controlPlaneKind?: string;
  /** Cluster API contract the provider implements, e.g. `v1beta1`. */
  contract?: string;
  /** Latest release seen in the research, e.g. `v0.6.3`. */
  release?: string;
  /** True for managed control planes offered through Cluster API (EKS, Kapsule). */
  managedControlPlane?: boolean;
  verification: Verification;
  sources: FactSource[];
  note?: string;
};

/**
 * Managed Kubernetes created through a Crossplane provider.
 * @public
 */
export type CrossplaneProvisioning = {
  method: 'crossplane';
  /** The managed Kubernetes service, e.g. `IONOS Managed Kubernetes`. */
  service: string;
  /** Repository of the Crossplane provider. */
  crossplaneProvider: string;
  apiVersion?: string;
  clusterKind?: string;
  nodePoolKind?: string;
  verification: Verification;
  sources: FactSource[];
  note?: string;
};

/**
 * No provisioning path is known; `note` says what is missing.
 * @public
 */
export type UnknownProvisioning = {
  method: 'unknown';
  verification: Verification;
  sources: FactSource[];
  note: string;
};

/** @public */
export type ProvisioningPath =
  | ClusterApiProvisioning
  | CrossplaneProvisioning
  | UnknownProvisioning;

/**
 * How nodes of this provider are recognised in a cluster.
 * @public
 */
export type ProviderDetection = {
  /** Prefixes of `Node.spec.providerID`, e.g. `ionos://`. */
  providerIdPrefixes?: Fact<string[]>;
  /** Substrings of node label keys set by the provider's tooling. */
  nodeLabelKeys?: Fact<string[]>;
};

/**
 * Any other fact worth showing (supply chain, operations, partner offerings).
 * @public
 */
export type ProviderStatement = Fact<string> & {
  /** e.g. `supply-chain`, `operations`, `partner-offering`. */
  topic: string;
};

/**
 * The spec of a CloudProvider.
 * @public
 */
export type CloudProviderSpec = {
  type: ProviderType;
  owner?: string;
  /** Date of the last review of these facts. */
  reviewedAt?: string;
  legalEntity: Fact<string>;
  /** ISO 3166-1 alpha-2 of the registered seat. */
  hqCountry: Fact<string>;
  parent: Fact<ProviderParent>;
  exposureClass: Fact<ExposureClass>;
  /** Countries outside the EU/EEA where the group operates or owns the provider. */
  nonEuPresence: Fact<string[]>;
  certifications: ProviderCertification[];
  locations: ProviderLocation[];
  provisioning: ProvisioningPath[];
  detection?: ProviderDetection;
  statements?: ProviderStatement[];
};

/**
 * A `kind: CloudProvider` entity.
 * @public
 */
export interface CloudProviderEntity extends Entity {
  apiVersion: typeof SOVEREIGN_CLOUD_API_VERSION;
  kind: typeof CLOUD_PROVIDER_KIND;
  spec: CloudProviderSpec;
}
