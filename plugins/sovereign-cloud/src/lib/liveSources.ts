import { ANNOTATION_SOVEREIGN_CLOUD_KUBERNETES_CLUSTER } from '@sovereign-cloud/plugin-sovereign-cloud-common';

/** What to configure so the backend can read a cluster's Kubernetes API. */
export const KUBERNETES_SOURCE_HINT = `To show what the cluster observes, give the SovereignCluster spec.access (its API server and an auth provider with a stored credential), or the ${ANNOTATION_SOVEREIGN_CLOUD_KUBERNETES_CLUSTER} annotation naming a cluster of the Kubernetes plugin's configuration.`;

/** What to configure so the backend can read a cluster's Prometheus. */
export const PROMETHEUS_SOURCE_HINT =
  'To show health, usage and alerts, set spec.observability.prometheus.url of the SovereignCluster to its Prometheus (reachable from the Backstage backend); spec.observability.grafana.url and alertmanager.url add links.';
