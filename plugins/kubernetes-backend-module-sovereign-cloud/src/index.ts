/**
 * Kubernetes backend module of the sovereign-cloud suite: feeds SovereignCluster
 * entities to `@backstage/plugin-kubernetes-backend` next to its default cluster
 * supplier, and sends each component's Kubernetes tab to the clusters it depends on.
 *
 * @packageDocumentation
 */

export { kubernetesModuleSovereignCloud as default } from './module';
export {
  AUTH_METADATA_CLUSTER_REF,
  AUTH_METADATA_CREDENTIAL_REF,
  SOVEREIGN_CLOUD_AUTH_PROVIDER,
} from './auth/authMetadataKeys';
