import { SEAL_LEVELS } from '../entities/vocabulary';
import { Provenance } from './evidence';
import { Seal, SOVEREIGNTY_OBJECTIVES } from './objectives';
import { CriterionResult, IndicativeSeal, ObjectiveResult } from './report';
import { WeightProfile } from './weightProfiles';

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
  return SOVEREIGNTY_OBJECTIVES.map(objective => {
    let points = 0;
    let max = 0;
    let level: Seal | null = null;
    for (const r of results) {
      if (r.objective !== objective || !counts(r)) continue;
      points += r.points;
      max += r.maxPoints;
      if (capCounts(r) && (level === null || r.sealCap! < level))
        level = r.sealCap;
    }
    const binding: string[] = [];
    for (const r of results) {
      if (r.objective === objective && capCounts(r) && r.sealCap === level) {
        binding.push(r.criterionId);
      }
    }
    const score = max > 0 ? points / max : 0;
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

/**
 * The indicative SEAL: minimum over known caps; provisional when an unknown
 * (or partly unknown) criterion could still go lower.
 * @public
 */
export function indicativeSeal(
  results: readonly CriterionResult[],
): IndicativeSeal {
  const level = minCap(results) ?? 4;
  const binding = results
    .filter(r => capCounts(r) && r.sealCap === level)
    .map(r => r.criterionId);
  const couldLower = results
    .filter(
      r =>
        r.partlyUnknown &&
        r.lowestPossibleCap !== null &&
        r.lowestPossibleCap < level,
    )
    .map(r => r.criterionId);
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
