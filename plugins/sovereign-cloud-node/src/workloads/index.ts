/** Rendering and delivery of placed workloads (Karmada, Argo CD, direct apply). */
export {
  renderWorkload,
  karmadaMemberOf,
  argoCdClusterOf,
} from './renderWorkload';
export { renderKarmadaDelivery } from './karmadaDelivery';
export {
  renderArgoCdDelivery,
  type ArgoCdDelivery,
  type ArgoCdDeliveryOptions,
} from './argoCdDelivery';
export {
  renderDirectDelivery,
  type DirectClusterDelivery,
} from './directDelivery';
export {
  selectStorageClass,
  type StorageRequirement,
} from './selectStorageClass';
export {
  ANNOTATION_ARGOCD_CLUSTER,
  LABEL_PLACEMENT,
  type ClusterWorkloadManifests,
  type RenderedWorkload,
  type WorkloadClusterInput,
  type WorkloadFile,
} from './types';
