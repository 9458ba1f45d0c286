import { createApiRef } from '@backstage/core-plugin-api';
import { CompoundEntityRef } from '@backstage/catalog-model';
import {
  ClusterChangesResponse,
  ComponentEdgeResponse,
  ComponentPlacementResponse,
  EntityPostureResponse,
  FleetSummaryQuery,
  FleetSummaryResponse,
  NetworkReport,
  ObservabilityReport,
  PostureHistoryResponse,
  ProviderExitPlan,
  StorageReport,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';

/**
 * An entity reference as a string (`sovereigncluster:default/ionos-fra-prod`)
 * or parsed.
 * @public
 */
export type PostureEntityRef = string | CompoundEntityRef;

/**
 * Options of the live card reads.
 * @public
 */
export type LiveReportOptions = {
  /** Collect again now instead of answering from the backend's cache. */
  refresh?: boolean;
};

/**
 * Reads the sovereignty posture of entities and the fleet summary from the
 * sovereign-cloud backend.
 * @public
 */
export interface SovereignCloudApi {
  /** The latest posture of a cluster, mesh or component, scored with `profile` (default: the backend's). */
  getPosture(
    entityRef: PostureEntityRef,
    options?: { profile?: string },
  ): Promise<EntityPostureResponse>;
  /** Past assessments, oldest first. */
  getHistory(entityRef: PostureEntityRef): Promise<PostureHistoryResponse>;
  /** Collects evidence and assesses now. */
  assess(
    entityRef: PostureEntityRef,
    options?: { profile?: string },
  ): Promise<EntityPostureResponse>;
  /** One page of the fleet summary, with facets over the filtered set. */
  getFleet(query?: FleetSummaryQuery): Promise<FleetSummaryResponse>;
  /** A SovereignCluster's storage as its Kubernetes API shows it. */
  getStorage(
    entityRef: PostureEntityRef,
    options?: LiveReportOptions,
  ): Promise<StorageReport>;
  /** A SovereignCluster's overlay, encryption, mesh and nodes per location. */
  getNetwork(
    entityRef: PostureEntityRef,
    options?: LiveReportOptions,
  ): Promise<NetworkReport>;
  /** A SovereignCluster's health, usage and alerts from its Prometheus. */
  getObservability(
    entityRef: PostureEntityRef,
    options?: LiveReportOptions,
  ): Promise<ObservabilityReport>;
  /** The exit drill: every placed workload re-planned without `provider` (name or CloudProvider ref). */
  getExitPlan(provider: string): Promise<ProviderExitPlan>;
  /** The clusters, providers, countries and replicas of a component. */
  getPlacement(
    entityRef: PostureEntityRef,
  ): Promise<ComponentPlacementResponse>;
  /** A SovereignCluster's planned and past changes, newest first, and the drift after the newest. */
  getClusterChanges(
    entityRef: PostureEntityRef,
  ): Promise<ClusterChangesResponse>;
  /** A component's entry point: edge posture and the health of the clusters behind it. */
  getEdge(entityRef: PostureEntityRef): Promise<ComponentEdgeResponse>;
}

/**
 * The {@link SovereignCloudApi}.
 * @public
 */
export const sovereignCloudApiRef = createApiRef<SovereignCloudApi>({
  id: 'plugin.sovereign-cloud.service',
});
