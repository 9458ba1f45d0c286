import {
  ClusterEvidenceState,
  ObservedEvidence,
  ProviderCatalogue,
  SovereignClusterEntity,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';

/**
 * What a collector read from one cluster's Kubernetes API. `observed` holds
 * only the evidence keys it could establish; the engine merges them over the
 * declared evidence (`mergeObservedEvidence`), so a mismatch becomes drift.
 * @public
 */
export type EvidenceCollection = ClusterEvidenceState & {
  observed: ObservedEvidence;
  durationMs: number;
};

/**
 * Reads sovereignty evidence from a cluster's Kubernetes API. Never throws for
 * an unreachable or misbehaving cluster: that is a `failed` collection with
 * the reason, so one cluster never drops a fleet's answer.
 * @public
 */
export interface ClusterEvidenceCollector {
  collect(
    entity: SovereignClusterEntity,
    options?: {
      signal?: AbortSignal;
      /**
       * Providers to place nodes with (e.g. the shipped catalogue merged with
       * CloudProvider entities); the collector's own catalogue when absent.
       */
      catalogue?: ProviderCatalogue;
    },
  ): Promise<EvidenceCollection>;
}
