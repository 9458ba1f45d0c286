export {
  CLUSTER_RENDERERS,
  renderClusterManifests,
  rendererForProvider,
} from './renderClusterManifests';
export {
  CLUSTER_RENDERER_IDS,
  INFRASTRUCTURE_PROVIDERS,
  PROVIDER_RENDERERS,
  type ClusterRendererId,
  type InfrastructureProviderFacts,
  type ProviderFactVerification,
} from './providers';
export type {
  ClusterRenderer,
  ClusterRenderOptions,
  RenderContext,
  RenderedPool,
} from './types';
export { providerTableMarkdown } from './providerTable';
