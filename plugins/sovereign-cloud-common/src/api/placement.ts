import { SealLevel } from '../entities/vocabulary';

/** One cluster a component runs on, as `GET /placement/...` answers it. */
/** @public */
export type ComponentPlacementCluster = {
  /** Lower-case SovereignCluster entity ref. */
  entityRef: string;
  name: string;
  title?: string;
  provider: string;
  /** Countries of the cluster's locations, from the provider catalogue. */
  countries: string[];
  replicas: number;
  seal: SealLevel;
  score: number;
  /** `assessed`: from the stored assessment; `declared`: from the entity's declared facts. */
  postureSource: 'assessed' | 'declared';
};

/** `GET /placement/:kind/:namespace/:name`: where a component runs and what it needs. */
/** @public */
export type ComponentPlacementResponse = {
  entityRef: string;
  clusters: ComponentPlacementCluster[];
  providers: string[];
  countries: string[];
  replicas: number;
  /** The workload's declared sovereignty constraints (from its annotations). */
  constraints: {
    allowedJurisdictions?: string[];
    dataResidency?: string[];
    excludedProviders?: string[];
    minimumSeal?: string;
    survivesProviderLoss?: { minReplicas: number };
    volumeSizeGiB?: number;
  };
  /** Annotations that could not be read and clusters that could not be found. */
  problems: string[];
};
