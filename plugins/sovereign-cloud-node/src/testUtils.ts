/**
 * Test utilities of the sovereign-cloud suite: a logger that keeps its lines, and a Kubernetes API server that
 * `@kubernetes/client-node` talks to over HTTP.
 *
 * @packageDocumentation
 */

export {
  KubernetesTestServer,
  type KubernetesTestServerOptions,
} from './testServer/KubernetesTestServer';
export { crdsFor } from './testServer/crdsFor';
export type { KubernetesTestServerVersion } from './testServer/http/discovery';
export {
  KubernetesTestFaults,
  type KubernetesTestFault,
} from './testServer/http/FaultInjector';
export type { RecordedKubernetesRequest } from './testServer/http/RecordedRequest';
export { CapturingLogger } from './testing/CapturingLogger';
export {
  startPrometheusTestServer,
  prometheusInstalled,
  type PrometheusTestServer,
} from './testing/prometheus/PrometheusTestServer';
export {
  loadDemoClusterFixtures,
  demoClusterObjects,
  DEMO_CLUSTER_NAME,
} from './live/__fixtures__/demoCluster';
