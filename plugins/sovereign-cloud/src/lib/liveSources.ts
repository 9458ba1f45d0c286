import { ANNOTATION_SOVEREIGN_CLOUD_KUBERNETES_CLUSTER } from '@sovereign-cloud/plugin-sovereign-cloud-common';

/** What to configure so the backend can read a cluster's Kubernetes API. */
export const KUBERNETES_SOURCE_HINT = `To show what the cluster observes, add it to sovereignCloud.kubernetes.clusters in the backend's app-config and name that entry with the ${ANNOTATION_SOVEREIGN_CLOUD_KUBERNETES_CLUSTER} annotation (or give the SovereignCluster spec.access with an API server in the allowlist).`;

/** What to configure so the backend can read a cluster's Prometheus. */
export const PROMETHEUS_SOURCE_HINT =
  "To show health, usage and alerts, add a prometheus block (url, and token or username/password if it needs them; grafanaUrl and alertmanagerUrl add links) to the cluster's entry in sovereignCloud.kubernetes.clusters.";
