import { CriterionDefinition } from './criterion';
import { Seal } from './objectives';
import {
  CriterionResult,
  FindingSeverity,
  IndicativeSeal,
  PostureFinding,
} from './report';

const RANK: Record<FindingSeverity, number> = {
  blocking: 0,
  high: 1,
  medium: 2,
  low: 3,
  info: 4,
};

function severityOf(
  result: CriterionResult,
  seal: IndicativeSeal,
): FindingSeverity {
  if (result.status === 'unknown') {
    return seal.couldLower.includes(result.criterionId) ? 'high' : 'info';
  }
  if (seal.binding.includes(result.criterionId)) return 'blocking';
  if (result.sealCap === null) return 'info';
  if (result.sealCap <= 1) return 'high';
  return result.sealCap === 2 ? 'medium' : 'low';
}

/** The next cap up the ladder: what a better answer would lift the level to. */
function nextCap(
  definition: CriterionDefinition,
  cap: Seal | null,
): Seal | undefined {
  if (cap === null) return undefined;
  let next: Seal | undefined;
  for (const a of definition.answers) {
    if (a.cap !== null && a.cap > cap && (next === undefined || a.cap < next))
      next = a.cap;
  }
  return next;
}

function describe(result: CriterionResult): string {
  const parts: string[] = [];
  if (result.status === 'unknown') parts.push('Evidence unknown: scores 0');
  else if (result.answer) parts.push(result.answer.label);
  if (result.detail) parts.push(result.detail);
  if (result.partlyUnknown && result.status !== 'unknown') {
    parts.push('part of the evidence is unknown and scores 0');
  }
  parts.push(
    `${Math.round(result.points * 100) / 100}/${result.maxPoints} points`,
  );
  return parts.join('; ');
}

/**
 * One finding per criterion that is not fully met or not evidenced, most
 * severe first.
 * @public
 */
export function findingsFor(
  results: readonly CriterionResult[],
  definitions: ReadonlyMap<string, CriterionDefinition>,
  seal: IndicativeSeal,
): PostureFinding[] {
  const findings: PostureFinding[] = [];
  for (const result of results) {
    if (result.status === 'na') continue;
    if (result.status === 'pass' && !result.partlyUnknown) continue;
    const definition = definitions.get(result.criterionId)!;
    const finding: PostureFinding = {
      criterionId: result.criterionId,
      objective: result.objective,
      severity: severityOf(result, seal),
      title: definition.title,
      detail: describe(result),
      evidence: result.evidence,
      remediation: definition.remediation,
      frameworkReference: definition.frameworkReference,
      mapping: definition.mapping,
    };
    const raise = nextCap(definition, result.sealCap);
    if (raise !== undefined) finding.wouldRaiseCapTo = raise;
    findings.push(finding);
  }
  return findings.sort((a, b) => RANK[a.severity] - RANK[b.severity]);
}
