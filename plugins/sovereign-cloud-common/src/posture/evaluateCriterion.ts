import {
  AssessmentContext,
  CriterionAnswer,
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
  decidedBy?: readonly string[],
): Provenance {
  let best: Provenance = 'unknown';
  for (const r of records) {
    if (decidedBy && !decidedBy.includes(r.name)) continue;
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

/** An answer with the `{ key, label }` its results share. */
export type LadderRung = {
  answer: CriterionAnswer;
  summary: Readonly<{ key: string; label: string }>;
};

/** What every result of a criterion reuses, derived once per definition. */
export type CriterionLadder = {
  rungs: ReadonlyMap<string, LadderRung>;
  lowestCap: Seal | null;
};

// Definitions and their answers are static data: index them once, not per
// cluster.
const RUNGS = new WeakMap<
  readonly CriterionAnswer[],
  ReadonlyMap<string, LadderRung>
>();
const LADDERS = new WeakMap<CriterionDefinition, CriterionLadder>();

/** Answers by key, each with the summary its results share. */
export function rungsOf(
  answers: readonly CriterionAnswer[],
): ReadonlyMap<string, LadderRung> {
  let rungs = RUNGS.get(answers);
  if (!rungs) {
    const index = new Map<string, LadderRung>();
    for (const answer of answers) {
      // The first answer with a key wins, as a search of the list would.
      if (index.has(answer.key)) continue;
      index.set(answer.key, {
        answer,
        summary: Object.freeze({ key: answer.key, label: answer.label }),
      });
    }
    rungs = index;
    RUNGS.set(answers, rungs);
  }
  return rungs;
}

/** The ladder of a criterion (answers by key, lowest cap). */
export function ladderOf(definition: CriterionDefinition): CriterionLadder {
  let ladder = LADDERS.get(definition);
  if (!ladder) {
    ladder = {
      rungs: rungsOf(definition.answers),
      lowestCap: lowestCap(definition),
    };
    LADDERS.set(definition, ladder);
  }
  return ladder;
}

function statusOf(credit: number): CriterionStatus {
  if (credit >= 1) return 'pass';
  return credit <= 0 ? 'fail' : 'partial';
}

/*
 * Builds the result in one object literal per set of optional fields, so
 * that no field is added later (which would allocate a second property
 * store for each of the 26 results of every cluster).
 */
function resultOf(
  d: CriterionDefinition,
  status: CriterionStatus,
  credit: number,
  sealCap: Seal | null,
  lowestPossibleCap: Seal | null,
  partlyUnknown: boolean,
  provenance: Provenance,
  evidence: EvidenceRecord[],
  detail: string | undefined,
  answer: { key: string; label: string } | undefined,
): CriterionResult {
  // One object shape for every result (absent detail or answer stay undefined,
  // which JSON leaves out): keeps the engine's hot path monomorphic.
  return {
    criterionId: d.id,
    objective: d.objective,
    title: d.title,
    status,
    credit,
    points: credit * d.maxPoints,
    maxPoints: d.maxPoints,
    sealCap,
    lowestPossibleCap,
    partlyUnknown,
    provenance,
    evidence,
    detail,
    answer,
  };
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
  const ladder = ladderOf(definition);
  const detail = outcome.detail ? outcome.detail : undefined;

  if (outcome.kind === 'unknown') {
    return resultOf(
      definition,
      'unknown',
      0,
      null,
      ladder.lowestCap,
      true,
      'unknown',
      outcome.evidence,
      detail,
      undefined,
    );
  }
  if (outcome.kind === 'na') {
    return resultOf(
      definition,
      'na',
      0,
      null,
      null,
      false,
      'unknown',
      outcome.evidence,
      detail,
      undefined,
    );
  }
  const key = outcome.answer;
  const rung = key === undefined ? undefined : ladder.rungs.get(key);
  if (outcome.kind === 'answer') {
    if (!rung) throw new Error(`${definition.id}: no answer '${key}'`);
    const credit = rung.answer.credit;
    return resultOf(
      definition,
      statusOf(credit),
      credit,
      rung.answer.cap,
      null,
      false,
      strongestProvenance(outcome.evidence, outcome.decidedBy),
      outcome.evidence,
      detail,
      rung.summary,
    );
  }
  const credit = outcome.credit;
  return resultOf(
    definition,
    statusOf(credit),
    credit,
    outcome.cap,
    outcome.partlyUnknown ? ladder.lowestCap : null,
    outcome.partlyUnknown,
    strongestProvenance(outcome.evidence),
    outcome.evidence,
    detail,
    rung?.summary,
  );
}
