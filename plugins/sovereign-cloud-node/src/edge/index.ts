/** Edge of placed workloads: Gateway API, cert-manager and the global entry (k8gb, external-dns, anycast). */
export {
  edgeRequestSchema,
  parseEdgeRequest,
  type EdgeGlobalEntry,
  type EdgeRequest,
  type EdgeRequestInput,
} from './edgeRequest';
export { LABEL_EDGE_GATEWAY, renderEdge } from './renderEdge';
export { edgeResilience } from './edgeResilience';
export { edgeAnnotationsOf } from './edgeAnnotations';
export type {
  ClusterEdgeManifests,
  RenderEdgeOptions,
  RenderedEdge,
} from './types';
