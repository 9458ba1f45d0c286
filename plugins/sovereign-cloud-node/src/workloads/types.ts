import type {
  ParsedDeployableWorkload,
  PlacementClusterInput,
  SovereignClusterEntity,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import type { KubernetesObject } from '../kubernetes/types';

/**
 * On a SovereignCluster: its cluster name in Argo CD (defaults to the entity
 * name), used as the destination of generated Applications.
 * @public
 */
export const ANNOTATION_ARGOCD_CLUSTER = 'sovereign-cloud.io/argocd-cluster';

/** Label carrying the digest of the placement the objects were rendered for. @public */
export const LABEL_PLACEMENT = 'sovereign-cloud.io/placement';

/** A cluster given to the renderer: the planner's input or the bare entity. @public */
export type WorkloadClusterInput =
  | PlacementClusterInput
  | SovereignClusterEntity;

/** What one chosen cluster receives. @public */
export type ClusterWorkloadManifests = {
  /** Karmada member name (as in the placement). */
  cluster: string;
  entityRef: string;
  provider: string;
  /** Destination name in Argo CD. */
  argoCdCluster: string;
  replicas: number;
  /** Storage class per volume name. */
  storageClasses: Record<string, string>;
  /** Namespaced objects, workload kind first. */
  objects: KubernetesObject[];
};

/** @public */
export type RenderedWorkload = {
  workload: ParsedDeployableWorkload;
  kind: 'Deployment' | 'StatefulSet';
  /** Value of the `sovereign-cloud.io/placement` label. */
  placementId: string;
  strategy?: string;
  /** Member names of every cluster that passed all filters (hard constraints included), sorted. */
  allowedClusters: string[];
  /** Provider of every allowed cluster, by member name. */
  providerOf: Record<string, string>;
  /** Clusters with replicas, by member name. */
  clusters: ClusterWorkloadManifests[];
};

/** One file of a GitOps repository. @public */
export type WorkloadFile = { path: string; objects: KubernetesObject[] };
