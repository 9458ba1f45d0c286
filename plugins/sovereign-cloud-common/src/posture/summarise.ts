import { SEAL_LEVELS } from '../entities/vocabulary';
import { Provenance } from './evidence';
import { Seal, SOVEREIGNTY_OBJECTIVES } from './objectives';
import { CriterionResult, IndicativeSeal, ObjectiveResult } from './report';
import { WeightProfile } from './weightProfiles';

const OBJECTIVE_INDEX: ReadonlyMap<string, number> = new Map(
  SOVEREIGNTY_OBJECTIVES.map((o, i) => [o, i]),
);

const counts = (r: CriterionResult) => r.status !== 'na';
const capCounts = (r: CriterionResult) =>
  r.status !== 'na' && r.status !== 'unknown' && r.sealCap !== null;

function minCap(results: readonly CriterionResult[]): Seal | null {
  let level: Seal | null = null;
  for (const r of results) {
    if (capCounts(r) && (level === null || r.sealCap! < level))
      level = r.sealCap;
  }
  return level;
}

/**
 * Score per objective (Σ points / Σ max, N/A removed), weighted into the
 * overall score; level per objective is the minimum cap of its criteria.
 * @public
 */
export function summariseObjectives(
  results: readonly CriterionResult[],
  profile: WeightProfile,
): ObjectiveResult[] {
  // One pass over the results for all objectives (sums in result order).
  const n = SOVEREIGNTY_OBJECTIVES.length;
  const points = new Array<number>(n).fill(0);
  const max = new Array<number>(n).fill(0);
  const levels = new Array<Seal | null>(n).fill(null);
  const bindingCounts = new Array<number>(n).fill(0);
  for (const r of results) {
    const o = OBJECTIVE_INDEX.get(r.objective);
    if (o === undefined || !counts(r)) continue;
    points[o] += r.points;
    max[o] += r.maxPoints;
    if (capCounts(r)) {
      const level = levels[o];
      if (level === null || r.sealCap! < level) {
        levels[o] = r.sealCap;
        bindingCounts[o] = 1;
      } else if (r.sealCap === level) bindingCounts[o]++;
    }
  }
  return SOVEREIGNTY_OBJECTIVES.map((objective, o) => {
    const level = levels[o];
    const binding = new Array<string>(bindingCounts[o]);
    if (binding.length > 0) {
      let next = 0;
      for (const r of results) {
        if (r.objective === objective && capCounts(r) && r.sealCap === level)
          binding[next++] = r.criterionId;
      }
    }
    const score = max[o] > 0 ? points[o] / max[o] : 0;
    const weight = profile.weights[objective];
    return {
      objective,
      score,
      weight,
      contribution: weight * score,
      level,
      binding,
    };
  });
}

/** Ids of the matching results, in an array of exactly their number. */
function idsWhere(
  results: readonly CriterionResult[],
  predicate: (r: CriterionResult) => boolean,
): string[] {
  let count = 0;
  for (const r of results) if (predicate(r)) count++;
  const ids = new Array<string>(count);
  if (count === 0) return ids;
  let next = 0;
  for (const r of results) if (predicate(r)) ids[next++] = r.criterionId;
  return ids;
}

/**
 * The indicative SEAL: minimum over known caps; provisional when an unknown
 * (or partly unknown) criterion could still go lower.
 * @public
 */
export function indicativeSeal(
  results: readonly CriterionResult[],
): IndicativeSeal {
  const level = minCap(results) ?? 4;
  const binding = idsWhere(results, r => capCounts(r) && r.sealCap === level);
  const couldLower = idsWhere(
    results,
    r =>
      r.partlyUnknown &&
      r.lowestPossibleCap !== null &&
      r.lowestPossibleCap < level,
  );
  return {
    level,
    label: SEAL_LEVELS[level],
    provisional: couldLower.length > 0,
    binding,
    couldLower,
  };
}

/**
 * Share of the maximum points evidenced by each provenance (N/A removed).
 * @public
 */
export function evidenceCoverage(
  results: readonly CriterionResult[],
): Record<Provenance, number> {
  const coverage: Record<Provenance, number> = {
    observed: 0,
    catalog: 0,
    declared: 0,
    unknown: 0,
  };
  let total = 0;
  for (const r of results) {
    if (!counts(r)) continue;
    coverage[r.provenance] += r.maxPoints;
    total += r.maxPoints;
  }
  if (total > 0) {
    for (const key of Object.keys(coverage) as Provenance[])
      coverage[key] /= total;
  }
  return coverage;
}

/** Rounds a score as it is displayed (one decimal). */
export function roundScore(score: number): number {
  return Math.round(score * 10) / 10;
}
