import {
  AssessmentContext,
  CriterionAnswer,
  CriterionOutcome,
  EvidenceRecord,
} from '../criterion';
import { ProviderFact, ProviderFactKey, ProviderFacts } from '../evidence';
import { isUsableFact, providerRecordOf } from '../evidenceRecords';
import { rungsOf } from '../evaluateCriterion';
import { Seal } from '../objectives';

/** Which provider fact a criterion reads, and its answer for a value. */
export type ProviderLevelOptions<K extends ProviderFactKey> = {
  fact: K;
  share: 'capacity' | 'data';
  answers: readonly CriterionAnswer[];
  answerFor(
    value: NonNullable<ProviderFacts[K]['value']>,
    facts: ProviderFacts,
  ): string;
};

/**
 * Provider-level criteria (§5.4): credit is the share-weighted credit of the
 * providers (allocatable vCPU, or persistent data for data-bearing criteria);
 * the cap is the worst provider's among all providers hosting nodes,
 * persistent data or backups. Unknown provider facts score zero for their
 * share and leave the result partly unknown.
 */
export function evaluateProviderLevel<K extends ProviderFactKey>(
  context: AssessmentContext,
  options: ProviderLevelOptions<K>,
): CriterionOutcome {
  const { topology, providers } = context;
  if (topology.nodes === null) {
    return {
      kind: 'unknown',
      evidence: [{ name: 'nodes', provenance: 'unknown', value: null }],
      detail: 'Nodes are not evidenced, so the providers in use are unknown',
    };
  }
  // Unknown data placement: the data could all sit at the worst provider.
  const dataUnknown =
    options.share === 'data' && context.evidence.persistentData.value === null;
  const shares =
    options.share === 'data' ? topology.dataShare : topology.capacityShare;
  const rungs = rungsOf(options.answers);
  const hosting = topology.hostingProviders;
  const evidence = new Array<EvidenceRecord>(hosting.length);
  // The answer when every provider gives the same one.
  let onlyAnswer: string | undefined;
  let mixedAnswers = false;
  let credit = 0;
  let cap: Seal | null = null;
  let worstCredit = 1;
  let capKnown = false;
  let anyUnknown = false;

  for (let i = 0; i < hosting.length; i++) {
    const id = hosting[i];
    const facts = providers.get(id);
    const fact = facts?.[options.fact] as ProviderFact<unknown> | undefined;
    const share = shares.get(id) ?? 0;
    evidence[i] = providerRecordOf(id, options.fact, fact, share);
    if (!facts || !isUsableFact(fact)) {
      anyUnknown = true;
      if (share > 0) worstCredit = 0;
      continue;
    }
    const answer = rungs.get(
      options.answerFor(
        fact.value as NonNullable<ProviderFacts[K]['value']>,
        facts,
      ),
    )?.answer;
    if (!answer) throw new Error(`No answer for ${id}.${options.fact}`);
    if (onlyAnswer === undefined) onlyAnswer = answer.key;
    else if (onlyAnswer !== answer.key) mixedAnswers = true;
    credit += share * answer.credit;
    if (share > 0) worstCredit = Math.min(worstCredit, answer.credit);
    if (answer.cap !== null) {
      cap = cap === null ? answer.cap : (Math.min(cap, answer.cap) as Seal);
    }
    capKnown = true;
  }

  if (!capKnown) {
    return { kind: 'unknown', evidence, detail: 'No provider fact counts yet' };
  }
  const outcome: CriterionOutcome = {
    kind: 'computed',
    credit: dataUnknown ? Math.min(credit, worstCredit) : credit,
    cap,
    partlyUnknown: anyUnknown || dataUnknown,
    evidence,
  };
  if (onlyAnswer !== undefined && !mixedAnswers) outcome.answer = onlyAnswer;
  return outcome;
}
