import { KarmadaAssignStrategy } from './replicaStrategy';
import { ProviderLossCheck } from './providerLoss';

/** Why one cluster got (or did not get) replicas. @public */
export type PlacementDecision = {
  /** Karmada member name. */
  cluster: string;
  entityRef: string;
  provider: string;
  outcome: 'filtered' | 'selected' | 'not-selected';
  replicas: number;
  /** The filter plugin or sovereignty constraint that rejected the cluster. */
  filteredBy?: string;
  score?: number;
  availableReplicas?: number;
  reasons: string[];
};

/** @public */
export type PlacementAssignment = {
  cluster: string;
  entityRef: string;
  provider: string;
  replicas: number;
};

/** @public */
export type PlacementPlan = {
  workload: string;
  replicas: number;
  schedulable: boolean;
  /** Why the workload cannot be placed (only when not schedulable). */
  reason?: string;
  strategy?: KarmadaAssignStrategy;
  /** Clusters with replicas, by member name. */
  assignments: PlacementAssignment[];
  /** One per cluster of the fleet, by member name. */
  decisions: PlacementDecision[];
  providerLoss?: ProviderLossCheck & {
    minReplicas: number;
    rebalanced: boolean;
  };
};
