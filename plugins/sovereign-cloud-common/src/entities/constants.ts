/**
 * The apiVersion of the sovereign-cloud entity kinds.
 * @public
 */
export const SOVEREIGN_CLOUD_API_VERSION = 'sovereign-cloud.io/v1alpha1';

/**
 * Kind of one Kubernetes cluster (one API server) managed or observed by the suite.
 * @public
 */
export const SOVEREIGN_CLUSTER_KIND = 'SovereignCluster';

/**
 * Kind of an infrastructure provider: its legal facts, locations and provisioning paths.
 * @public
 */
export const CLOUD_PROVIDER_KIND = 'CloudProvider';

/**
 * `spec.type` of the `Resource` entity that stands for a mesh: clusters joined
 * by one WireGuard overlay and driven as one unit. Clusters name it in `spec.network.mesh`.
 * @public
 */
export const CLUSTER_MESH_RESOURCE_TYPE = 'cluster-mesh';
