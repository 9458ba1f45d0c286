import { SealLevel } from '../entities/vocabulary';
import { CriterionMapping, EvidenceRecord } from './criterion';
import { Provenance } from './evidence';
import { Seal, SovereigntyObjective } from './objectives';

/** @public */
export type CriterionStatus = 'pass' | 'partial' | 'fail' | 'unknown' | 'na';

/**
 * The result of one criterion for one cluster (or an aggregate).
 * @public
 */
export type CriterionResult = {
  criterionId: string;
  objective: SovereigntyObjective;
  title: string;
  status: CriterionStatus;
  answer?: { key: string; label: string };
  credit: number;
  points: number;
  maxPoints: number;
  /** The cap from known evidence; null when score only or unknown. */
  sealCap: Seal | null;
  /** Set when part of the evidence is unknown: the lowest cap it could still reach. */
  lowestPossibleCap: Seal | null;
  partlyUnknown: boolean;
  /** The strongest provenance among the evidence read (observed › catalog › declared). */
  provenance: Provenance;
  evidence: EvidenceRecord[];
  detail?: string;
};

/** @public */
export type FindingSeverity = 'blocking' | 'high' | 'medium' | 'low' | 'info';

/**
 * What to fix, and why: names the criterion, the evidence with its
 * provenance and value, the remediation and the framework reference.
 * @public
 */
export type PostureFinding = {
  criterionId: string;
  objective: SovereigntyObjective;
  severity: FindingSeverity;
  title: string;
  detail: string;
  evidence: EvidenceRecord[];
  remediation: string;
  frameworkReference: string;
  mapping: CriterionMapping;
  /** The next cap a better answer would give. */
  wouldRaiseCapTo?: Seal;
};

/**
 * Evidence whose observed value differs from the declared one.
 * @public
 */
export type EvidenceDrift = {
  evidence: string;
  declared: unknown;
  observed: unknown;
};

/** @public */
export type ObjectiveResult = {
  objective: SovereigntyObjective;
  /** 0..1 */
  score: number;
  weight: number;
  /** weight × score, in points of the overall score. */
  contribution: number;
  level: Seal | null;
  binding: string[];
};

/**
 * The indicative SEAL: the minimum over criteria caps.
 * @public
 */
export type IndicativeSeal = {
  level: Seal;
  label: SealLevel;
  provisional: boolean;
  /** Criteria whose cap equals the level. */
  binding: string[];
  /** Unknown criteria that could still lower the level. */
  couldLower: string[];
};

/**
 * The posture of one cluster, or an aggregate over clusters.
 * @public
 */
export type PostureReport = {
  subject: string;
  weightProfile: string;
  /** Rounded to one decimal, as displayed. */
  score: number;
  exactScore: number;
  seal: IndicativeSeal;
  objectives: ObjectiveResult[];
  coverage: Record<Provenance, number>;
  criteria: CriterionResult[];
  findings: PostureFinding[];
  drift: EvidenceDrift[];
};
