import { CriterionDefinition } from './criterion';
import { ladderOf } from './evaluateCriterion';
import { Seal } from './objectives';
import {
  CriterionResult,
  FindingSeverity,
  IndicativeSeal,
  PostureFinding,
} from './report';

// Most severe first; findings of equal severity keep the criteria order.
const SEVERITIES: readonly FindingSeverity[] = [
  'blocking',
  'high',
  'medium',
  'low',
  'info',
];
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

/*
 * Per criterion, what its findings reuse: the next cap for each cap, and the
 * descriptions already written. A description depends only on the answer,
 * the status, the partly-unknown flag and the points when a result has no
 * detail of its own, so reports share those strings instead of keeping a
 * copy each. The caches are bounded: computed credits can take any value.
 */
type FindingParts = {
  nextCaps: readonly (Seal | undefined)[];
  /** By answer (or status), then points; fully and partly evidenced. */
  descriptions: Map<unknown, Map<number, string>>;
  partlyUnknownDescriptions: Map<unknown, Map<number, string>>;
};
const PARTS = new WeakMap<CriterionDefinition, FindingParts>();
const MAX_DESCRIPTIONS = 64;
const UNKNOWN = Symbol('unknown');
const NO_ANSWER = Symbol('no answer');

function partsOf(definition: CriterionDefinition): FindingParts {
  let parts = PARTS.get(definition);
  if (!parts) {
    parts = {
      nextCaps: ([0, 1, 2, 3, 4] as const).map(cap => nextCap(definition, cap)),
      descriptions: new Map(),
      partlyUnknownDescriptions: new Map(),
    };
    PARTS.set(definition, parts);
  }
  return parts;
}

// What a description depends on besides the points and the partly-unknown
// flag; undefined: the result's own (a detail, or an answer not from the
// criterion's ladder).
function descriptionKey(
  result: CriterionResult,
  definition: CriterionDefinition,
): unknown {
  if (result.detail || result.maxPoints !== definition.maxPoints) {
    return undefined;
  }
  if (result.status === 'unknown') return UNKNOWN;
  if (!result.answer) return NO_ANSWER;
  const rung = ladderOf(definition).rungs.get(result.answer.key);
  return rung?.summary === result.answer ? rung.summary : undefined;
}

function descriptionOf(
  result: CriterionResult,
  definition: CriterionDefinition,
  parts: FindingParts,
): string {
  const key = descriptionKey(result, definition);
  if (key === undefined) return describe(result);
  const cache =
    result.partlyUnknown && key !== UNKNOWN
      ? parts.partlyUnknownDescriptions
      : parts.descriptions;
  let byPoints = cache.get(key);
  if (!byPoints) {
    byPoints = new Map();
    cache.set(key, byPoints);
  }
  let text = byPoints.get(result.points);
  if (text === undefined) {
    text = describe(result);
    if (byPoints.size < MAX_DESCRIPTIONS) byPoints.set(result.points, text);
  }
  return text;
}

function nextCapOf(
  result: CriterionResult,
  definition: CriterionDefinition,
  parts: FindingParts,
): Seal | undefined {
  const cap = result.sealCap;
  if (cap === null) return undefined;
  return Number.isInteger(cap) && cap >= 0 && cap <= 4
    ? parts.nextCaps[cap]
    : nextCap(definition, cap);
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
  // Severity per result (undefined: no finding), then findings by severity.
  const severities = new Array<FindingSeverity | undefined>(results.length);
  const counts = [0, 0, 0, 0, 0];
  let total = 0;
  for (let i = 0; i < results.length; i++) {
    const result = results[i];
    if (result.status === 'na') continue;
    if (result.status === 'pass' && !result.partlyUnknown) continue;
    const severity = severityOf(result, seal);
    severities[i] = severity;
    counts[RANK[severity]]++;
    total++;
  }
  const findings = new Array<PostureFinding>(total);
  let next = 0;
  for (let rank = 0; rank < SEVERITIES.length; rank++) {
    if (counts[rank] === 0) continue;
    const severity = SEVERITIES[rank];
    for (let i = 0; i < results.length; i++) {
      if (severities[i] !== severity) continue;
      const result = results[i];
      const definition = definitions.get(result.criterionId)!;
      const parts = partsOf(definition);
      findings[next++] = findingOf(
        result,
        definition,
        severity,
        descriptionOf(result, definition, parts),
        nextCapOf(result, definition, parts),
      );
    }
  }
  return findings;
}

// One object literal per shape (see evaluateCriterion's resultOf).
function findingOf(
  result: CriterionResult,
  definition: CriterionDefinition,
  severity: FindingSeverity,
  detail: string,
  wouldRaiseCapTo: Seal | undefined,
): PostureFinding {
  if (wouldRaiseCapTo === undefined) {
    return {
      criterionId: result.criterionId,
      objective: result.objective,
      severity,
      title: definition.title,
      detail,
      evidence: result.evidence,
      remediation: definition.remediation,
      frameworkReference: definition.frameworkReference,
      mapping: definition.mapping,
    };
  }
  return {
    criterionId: result.criterionId,
    objective: result.objective,
    severity,
    title: definition.title,
    detail,
    evidence: result.evidence,
    remediation: definition.remediation,
    frameworkReference: definition.frameworkReference,
    mapping: definition.mapping,
    wouldRaiseCapTo,
  };
}
