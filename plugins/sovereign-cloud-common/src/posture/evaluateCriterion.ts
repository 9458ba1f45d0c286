import {
  AssessmentContext,
  CriterionDefinition,
  EvidenceRecord,
} from './criterion';
import { Provenance } from './evidence';
import { Seal } from './objectives';
import { CriterionResult, CriterionStatus } from './report';

const PROVENANCE_STRENGTH: Record<Provenance, number> = {
  observed: 3,
  catalog: 2,
  declared: 1,
  unknown: 0,
};

/**
 * The strongest provenance among the evidence that decided the answer: a
 * criterion decided by an observation and a declaration counts as observed.
 */
export function strongestProvenance(
  records: readonly EvidenceRecord[],
): Provenance {
  let best: Provenance = 'unknown';
  for (const r of records) {
    if (PROVENANCE_STRENGTH[r.provenance] > PROVENANCE_STRENGTH[best])
      best = r.provenance;
  }
  return best;
}

/** The lowest cap any answer of the criterion carries (null: score only). */
export function lowestCap(definition: CriterionDefinition): Seal | null {
  let low: Seal | null = null;
  for (const a of definition.answers) {
    if (a.cap !== null && (low === null || a.cap < low)) low = a.cap;
  }
  return low;
}

function statusOf(credit: number): CriterionStatus {
  if (credit >= 1) return 'pass';
  return credit <= 0 ? 'fail' : 'partial';
}

/**
 * Runs one criterion and applies its ladder: points = credit × max.
 * @public
 */
export function evaluateCriterion(
  definition: CriterionDefinition,
  context: AssessmentContext,
): CriterionResult {
  const outcome = definition.evaluate(context);
  const result: CriterionResult = {
    criterionId: definition.id,
    objective: definition.objective,
    title: definition.title,
    status: 'unknown',
    credit: 0,
    points: 0,
    maxPoints: definition.maxPoints,
    sealCap: null,
    lowestPossibleCap: null,
    partlyUnknown: false,
    provenance: 'unknown',
    evidence: outcome.evidence,
  };
  if (outcome.detail) result.detail = outcome.detail;

  if (outcome.kind === 'unknown') {
    result.lowestPossibleCap = lowestCap(definition);
    result.partlyUnknown = true;
    return result;
  }
  if (outcome.kind === 'na') {
    result.status = 'na';
    return result;
  }
  const key = outcome.answer;
  const answer =
    key === undefined ? undefined : definition.answers.find(a => a.key === key);
  if (outcome.kind === 'answer') {
    if (!answer) throw new Error(`${definition.id}: no answer '${key}'`);
    result.credit = answer.credit;
    result.sealCap = answer.cap;
    const decidedBy = outcome.decidedBy;
    result.provenance = strongestProvenance(
      decidedBy
        ? outcome.evidence.filter(r => decidedBy.includes(r.name))
        : outcome.evidence,
    );
  } else {
    result.credit = outcome.credit;
    result.sealCap = outcome.cap;
    result.partlyUnknown = outcome.partlyUnknown;
    if (outcome.partlyUnknown) result.lowestPossibleCap = lowestCap(definition);
    result.provenance = strongestProvenance(outcome.evidence);
  }
  if (answer) result.answer = { key: answer.key, label: answer.label };
  result.points = result.credit * definition.maxPoints;
  result.status = statusOf(result.credit);
  return result;
}
