/**
 * Entity kinds, provider catalogue, permissions and validators shared by the
 * sovereign-cloud plugin suite. Pure and isomorphic: no I/O, no Node-only APIs.
 *
 * @packageDocumentation
 */

export * from './entities/constants';
export * from './entities/vocabulary';
export type * from './entities/facts';
export type * from './entities/CloudProvider';
export type * from './entities/SovereignCluster';
export * from './entities/typeGuards';
export * from './entities/references';
export * from './entities/placement';
export * from './annotations';
export * from './relations';
export * from './permissions';
export {
  EEA_COUNTRIES,
  EU_MEMBER_STATES,
  isEuEeaCountry,
  isIsoCountryCode,
} from './jurisdictions/countries';
export {
  sovereignClusterEntityV1alpha1Schema,
  cloudProviderEntityV1alpha1Schema,
} from './schema/kinds';
export * from './validation/ValidationProblem';
export * from './validation/EntityValidationError';
export * from './validation/validateEntities';
export * from './validation/kindValidators';
export * from './catalogue/ProviderCatalogue';
export * from './catalogue/checkClusterAgainstCatalogue';
export { defaultCloudProviders, PROVIDER_CATALOGUE_VERSION } from './providers';
export * from './posture';
export * from './placement';
export * from './edge';
export type * from './api/types';
export type * from './api/provisioning';
export type * from './api/placement';
export type * from './api/clusterChanges';
export type * from './api/edge';
export { PROVISIONING_RECORDS_TOPIC } from './api/provisioning';
export type * from './live/status';
export type * from './live/observability';
export type * from './live/storage';
export type * from './live/network';
export {
  clusterRequestSchema,
  parseClusterRequest,
  clusterRequestToSpec,
  CLUSTER_REQUEST_KIND,
  type ClusterRequest,
} from './provisioning/clusterRequest';
export {
  clusterRequestFromEntity,
  type ClusterRequestOverrides,
} from './provisioning/change/clusterRequestFromEntity';
export {
  applyClusterChange,
  clusterChangeSchema,
  describeClusterChange,
  parseClusterChange,
  CLUSTER_CHANGE_KIND,
  type ClusterChange,
  type ClusterChangeOptions,
} from './provisioning/change/clusterChange';
export {
  CLUSTER_CLASS_KUBERNETES_SUPPORT,
  kubernetesSupportOf,
  type ClusterClassKubernetesSupport,
} from './provisioning/change/kubernetesVersions';
