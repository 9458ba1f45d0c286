/**
 * Sovereign cloud frontend for Backstage.
 *
 * @packageDocumentation
 */
export {
  SOVEREIGN_CLOUD_KUBERNETES_AUTH_PROVIDER,
  SovereignCloudKubernetesAuthProviders,
} from './kubernetes/SovereignCloudKubernetesAuthProviders';
