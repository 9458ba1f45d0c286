/**
 * Sovereign cloud frontend for Backstage: the sovereignty posture card and
 * tab, the live storage, observability and network cards of clusters, the
 * sovereign fleet page, and the Kubernetes auth provider for sovereign
 * clusters. The new frontend system plugin is in `/alpha`.
 *
 * @packageDocumentation
 */
export {
  SOVEREIGN_CLOUD_KUBERNETES_AUTH_PROVIDER,
  SovereignCloudKubernetesAuthProviders,
} from './kubernetes/SovereignCloudKubernetesAuthProviders';
export * from './api';
export {
  sovereignCloudPlugin,
  SovereignFleetPage,
  EntitySovereigntyPostureCard,
  EntitySovereigntyContent,
  EntityStorageCard,
  EntityObservabilityCard,
  EntityNetworkCard,
  SovereignExitDrillPage,
  EntityPlacementCard,
  EntityEdgeCard,
  EntityComponentLiveCard,
  EntityClusterChangesCard,
} from './plugin';
export {
  SovereignProviderLocationPickerFieldExtension,
  SovereignPosturePreviewFieldExtension,
  SovereignPlacementPreviewFieldExtension,
} from './fieldExtensions';
export type { ProviderPlacement } from './components/SovereignProviderLocationPicker';
export type { PosturePreviewValue } from './components/SovereignPosturePreview';
export type { PlacementPreviewValue } from './components/SovereignPlacementPreview';
export { ExitDrillPage } from './components/ExitDrillPage';
export {
  isSovereigntyAvailable,
  dependsOnSovereignCluster,
} from './lib/isSovereigntyAvailable';
