import {
  ClusterEvidence,
  ClusterEvidenceState,
  EvidenceCollectionStatus,
  ObservedEvidence,
  PostureReport,
  Seal,
  SovereigntyObjective,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';

/**
 * What the fleet shows of a cluster, besides its name: where it runs and its
 * posture under the profile it was assessed with.
 */
export interface ClusterFacts {
  /** Provider ids hosting nodes, the cluster's own provider first. */
  providers: string[];
  countries: string[];
  /** Worker vCPU (declared nodes count one each until observed). */
  vcpu: number;
  vcpuByProvider: Record<string, number>;
}

/** The summary of an assessment kept in columns, enough for the fleet. */
export interface AssessmentSummary extends ClusterFacts {
  score: number;
  seal: Seal;
  provisional: boolean;
  binding: string[];
  /** 0..1 per objective: with a profile's weights they give its score. */
  objectiveScores: Record<SovereigntyObjective, number>;
  evidenceStatus: EvidenceCollectionStatus;
  evidenceReason?: string;
}

/** The latest assessment of one cluster, as stored. */
export interface StoredAssessment {
  /** Lower-case entity reference. */
  entityRef: string;
  /** Of the entity and provider catalogue it was assessed from. */
  fingerprint: string;
  /** Weight profile of `summary` and `report`. */
  profile: string;
  assessedAt: string;
  summary: AssessmentSummary;
  state: ClusterEvidenceState;
  /** Only what the collector observed. */
  observed: ObservedEvidence;
  /** Declared evidence with the observations merged in. */
  evidence: ClusterEvidence;
  report: PostureReport;
}

/** A stored assessment without the large JSON columns. */
export type AssessmentSummaryRow = Pick<
  StoredAssessment,
  'entityRef' | 'fingerprint' | 'profile' | 'assessedAt' | 'summary'
>;
