import {
  EvidenceCollectionStatus,
  PostureHistoryPoint,
  Seal,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { AssessmentSummaryRow, StoredAssessment } from '../assessment/types';

/** A history point as written: the subject and its score and level at one time. */
export interface HistoryPointInput {
  entityRef: string;
  assessedAt: string;
  profile: string;
  score: number;
  seal: Seal;
  provisional: boolean;
  evidenceStatus: EvidenceCollectionStatus;
}

/** Persistence of assessments and posture history. */
export interface PostureStore {
  /**
   * Replaces the latest assessment of a cluster and records a history point
   * when the posture changed or the last point is older than `historyMinIntervalMs`.
   */
  saveAssessment(
    assessment: StoredAssessment,
    options: { historyMinIntervalMs: number },
  ): Promise<{ historyWritten: boolean }>;
  /** Records a history point for a subject without a stored assessment (a mesh). */
  recordHistory(
    point: HistoryPointInput,
    options: { historyMinIntervalMs: number },
  ): Promise<{ historyWritten: boolean }>;
  getAssessments(entityRefs: string[]): Promise<Map<string, StoredAssessment>>;
  /** Every stored assessment without the JSON of evidence and report. */
  listSummaries(): Promise<AssessmentSummaryRow[]>;
  /** Removes the latest assessments of clusters that left the catalog. */
  deleteAssessments(entityRefs: string[]): Promise<number>;
  /** Points of one subject in a time range, oldest first. */
  listHistory(
    entityRef: string,
    options: { from?: Date; to?: Date; limit: number },
  ): Promise<PostureHistoryPoint[]>;
  /** Applies retention: deletes points older than `before`. */
  deleteHistoryBefore(before: Date): Promise<number>;
}
