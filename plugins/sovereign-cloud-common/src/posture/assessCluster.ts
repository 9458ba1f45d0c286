import { comparableEvidence } from './comparableEvidence';
import { AssessmentContext, CriterionDefinition } from './criterion';
import { POSTURE_CRITERIA } from './criteria';
import {
  CLUSTER_EVIDENCE_KEYS,
  ClusterEvidence,
  ProviderFacts,
} from './evidence';
import { evaluateCriterion } from './evaluateCriterion';
import { findingsFor } from './findings';
import { CriterionResult, EvidenceDrift, PostureReport } from './report';
import {
  evidenceCoverage,
  indicativeSeal,
  roundScore,
  summariseObjectives,
} from './summarise';
import { deriveTopology } from './topology';
import { WeightProfile } from './weightProfiles';

const DEFINITIONS: ReadonlyMap<string, CriterionDefinition> = new Map(
  POSTURE_CRITERIA.map(c => [c.id, c]),
);

/** The definition of a criterion by id. @public */
export function criterionById(id: string): CriterionDefinition | undefined {
  return DEFINITIONS.get(id);
}

/** Observed values that replaced a different declared value. */
export function driftOf(evidence: ClusterEvidence): EvidenceDrift[] {
  const drift: EvidenceDrift[] = [];
  for (const key of CLUSTER_EVIDENCE_KEYS) {
    const item = evidence[key];
    if (item.declaredValue === undefined) continue;
    const declared = comparableEvidence(key, item.declaredValue);
    const observed = comparableEvidence(key, item.value);
    if (JSON.stringify(declared) !== JSON.stringify(observed)) {
      drift.push({ evidence: key, declared, observed });
    }
  }
  return drift;
}

/**
 * Builds a report from criterion results (of one cluster or an aggregate).
 * @public
 */
export function reportFromResults(
  subject: string,
  results: CriterionResult[],
  profile: WeightProfile,
  drift: EvidenceDrift[] = [],
): PostureReport {
  const objectives = summariseObjectives(results, profile);
  let exactScore = 0;
  for (const o of objectives) exactScore += o.contribution;
  const seal = indicativeSeal(results);
  return {
    subject,
    weightProfile: profile.id,
    score: roundScore(exactScore),
    exactScore,
    seal,
    objectives,
    coverage: evidenceCoverage(results),
    criteria: results,
    findings: findingsFor(results, DEFINITIONS, seal),
    drift,
  };
}

/**
 * Evaluates every criterion for one cluster's (already validated) evidence.
 * @public
 */
export function evaluateCluster(
  evidence: ClusterEvidence,
  providers: ReadonlyMap<string, ProviderFacts>,
): CriterionResult[] {
  const context: AssessmentContext = {
    evidence,
    providers,
    topology: deriveTopology(evidence),
  };
  return POSTURE_CRITERIA.map(c => evaluateCriterion(c, context));
}

/**
 * Assesses one cluster's (already validated) evidence under a weight profile.
 * @public
 */
export function assessClusterEvidence(
  evidence: ClusterEvidence,
  providers: ReadonlyMap<string, ProviderFacts>,
  profile: WeightProfile,
): PostureReport {
  return reportFromResults(
    evidence.cluster,
    evaluateCluster(evidence, providers),
    profile,
    driftOf(evidence),
  );
}
