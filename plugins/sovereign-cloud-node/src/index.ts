/**
 * Node.js library of the sovereign-cloud plugin suite: Kubernetes API access,
 * SovereignCluster connection resolution and live evidence collection for the
 * backend plugin and its modules.
 *
 * @packageDocumentation
 */

export type {
  ClusterConnection,
  ClusterCredentials,
  KubernetesSecretReference,
} from './kubernetes/ClusterConnection';
export type {
  KubernetesManagedFieldsEntry,
  KubernetesObject,
  KubernetesObjectMetadata,
  KubernetesObjectReference,
} from './kubernetes/types';
export type {
  KubernetesApiGroup,
  KubernetesApiResource,
  KubernetesApplyOptions,
  KubernetesClusterClient,
  KubernetesDeleteOptions,
  KubernetesDiscovery,
  KubernetesListOptions,
  KubernetesObjectList,
  KubernetesRequestOptions,
  KubernetesServerVersion,
} from './kubernetes/KubernetesClusterClient';
export type {
  ConfiguredClusterSummary,
  KubernetesClientFactory,
} from './kubernetes/KubernetesClientFactory';
export { DefaultKubernetesClientFactory } from './kubernetes/DefaultKubernetesClientFactory';
export { kubernetesClientFactoryServiceRef } from './kubernetes/kubernetesClientFactoryServiceRef';
export {
  readKubernetesAccessConfig,
  type KubernetesAccessConfig,
} from './kubernetes/access/readKubernetesAccessConfig';
export {
  ApiServerNotAllowedError,
  ApplyConflictError,
  ClusterAccessDeniedError,
  ClusterCredentialsError,
  ClusterTimeoutError,
  ClusterUnreachableError,
  KubernetesApiError,
  KubernetesConflictError,
  KubernetesInvalidError,
  KubernetesNotFoundError,
  KubernetesRequestAbortedError,
  KubernetesServerError,
  type ApplyFieldConflict,
  type KubernetesErrorContext,
  type KubernetesStatusCause,
} from './kubernetes/errors/KubernetesApiError';
export type {
  ClusterEvidenceCollector,
  EvidenceCollection,
} from './evidence/ClusterEvidenceCollector';
export { clusterEvidenceCollectorServiceRef } from './evidence/clusterEvidenceCollectorServiceRef';
export {
  KubernetesEvidenceCollector,
  type ProviderCatalogueSource,
} from './evidence/KubernetesEvidenceCollector';
export {
  readEvidenceCollectionConfig,
  type EvidenceCollectionSettings,
} from './evidence/readEvidenceCollectionConfig';
export {
  ClusterConnectionResolver,
  type ClusterConnectionResolution,
} from './access/ClusterConnectionResolver';
export {
  readClusterAccess,
  type ClusterAccessReading,
} from './access/readClusterAccess';
export {
  apiServerPolicyOf,
  type ApiServerDecision,
  type ApiServerPolicy,
} from './access/ApiServerPolicy';
export type { CredentialResolver } from './access/credentials/CredentialResolver';
export { ConfigCredentialReader } from './access/credentials/ConfigCredentialReader';
export { SecretCredentialReader } from './access/credentials/SecretCredentialReader';
export { DefaultCredentialResolver } from './access/credentials/DefaultCredentialResolver';
export { readCredentialConfigPrefixes } from './access/credentials/readCredentialConfigPrefixes';
export {
  describeCredentialReference,
  parseCredentialReference,
  type ParsedCredentialReference,
} from './access/credentials/credentialReference';
export { SecretRedactor } from './kubernetes/SecretRedactor';
export * from './provisioning/addons';
export * from './provisioning/clusterapi';
export * from './provisioning/records';
export { diffObjects } from './provisioning/diff/diffObjects';
export { diffManifestFiles } from './provisioning/diff/diffManifestFiles';
export { summariseDiff } from './provisioning/diff/summariseDiff';
export { liveFields } from './provisioning/diff/liveFields';
export {
  KubernetesStorageCollector,
  type StorageCollector,
} from './live/storage/KubernetesStorageCollector';
export {
  KubernetesNetworkCollector,
  type NetworkCollector,
} from './live/network/KubernetesNetworkCollector';
export {
  LiveKubernetesReader,
  type LiveCollectOptions,
} from './live/storage/LiveKubernetesReader';
export {
  PrometheusClient,
  type PrometheusConnection,
  type PrometheusCredentials,
} from './live/prometheus/PrometheusClient';
export * from './live/prometheus/PrometheusErrors';
export {
  PrometheusObservabilityCollector,
  DEFAULT_PROMETHEUS_OBSERVABILITY_SETTINGS,
  type PrometheusObservabilityTarget,
  type PrometheusObservabilitySettings,
} from './live/observability/PrometheusObservabilityCollector';
export { readPrometheusTarget } from './live/observability/readPrometheusTarget';
export * from './workloads';
export * from './edge';
