/**
 * The subset of Karmada's API (policy.karmada.io/v1alpha1 `Placement`,
 * cluster.karmada.io/v1alpha1 `Cluster`) the scheduler stages read. Field
 * names follow the Karmada JSON, so a PropagationPolicy's `placement` can be
 * passed as it is.
 */

/** @public */
export type KarmadaSelectorRequirement = {
  key: string;
  operator: string;
  values?: string[];
};

/** @public */
export type KarmadaLabelSelector = {
  matchLabels?: Record<string, string>;
  matchExpressions?: KarmadaSelectorRequirement[];
};

/** @public */
export type KarmadaClusterAffinity = {
  labelSelector?: KarmadaLabelSelector | null;
  fieldSelector?: { matchExpressions?: KarmadaSelectorRequirement[] } | null;
  clusterNames?: string[];
  exclude?: string[];
};

/** @public */
export type KarmadaClusterAffinityTerm = KarmadaClusterAffinity & {
  affinityName?: string;
  overflowAffinities?: KarmadaClusterAffinityTerm[];
};

/** @public */
export type KarmadaToleration = {
  key?: string;
  operator?: string;
  value?: string;
  effect?: string;
};

/** @public */
export type KarmadaTaint = { key: string; value?: string; effect: string };

/** @public */
export type KarmadaSpreadField = 'cluster' | 'region' | 'zone' | 'provider';

/** @public */
export type KarmadaSpreadConstraint = {
  spreadByField?: KarmadaSpreadField | string;
  spreadByLabel?: string;
  minGroups?: number;
  maxGroups?: number;
};

/** @public */
export type KarmadaStaticWeight = {
  targetCluster: KarmadaClusterAffinity;
  weight: number;
};

/** @public */
export type KarmadaReplicaScheduling = {
  replicaSchedulingType?: 'Duplicated' | 'Divided' | string;
  replicaDivisionPreference?: 'Aggregated' | 'Weighted' | string;
  weightPreference?: {
    staticWeightList?: KarmadaStaticWeight[];
    dynamicWeight?: string;
  } | null;
};

/** @public */
export type KarmadaPlacement = {
  clusterAffinity?: KarmadaClusterAffinity | null;
  clusterAffinities?: KarmadaClusterAffinityTerm[];
  clusterTolerations?: KarmadaToleration[];
  spreadConstraints?: KarmadaSpreadConstraint[];
  replicaScheduling?: KarmadaReplicaScheduling | null;
};

/**
 * What the scheduler sees of a member cluster.
 * @public
 */
export type KarmadaClusterView = {
  name: string;
  labels?: Record<string, string>;
  provider?: string;
  region?: string;
  zones?: string[];
  taints?: KarmadaTaint[];
  apiEnablements?: { groupVersion: string; resources?: { kind: string }[] }[];
};

/**
 * A feasible cluster after scoring, with the estimator's answer.
 * @public
 */
export type KarmadaScoredCluster = KarmadaClusterView & {
  score: number;
  availableReplicas: number;
  /** 0 = primary affinity term, k = k-th overflow affinity. */
  overflowOrder?: number;
};

/**
 * The parts of a ResourceBinding the filter and score plugins read.
 * @public
 */
export type KarmadaBinding = {
  resource?: { apiVersion: string; kind: string };
  /** Clusters of the previous scheduling result (where it already runs). */
  previousClusters?: string[];
  gracefulEvictionTasks?: { fromCluster: string }[];
};

/** @public */
export type KarmadaTargetCluster = { name: string; replicas: number };

/** Karmada's value for "not estimated" (non-workloads): MaxInt32. @public */
export const KARMADA_MAX_REPLICAS = 2147483647;
