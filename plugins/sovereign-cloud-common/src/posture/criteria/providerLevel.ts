import {
  AssessmentContext,
  CriterionAnswer,
  CriterionOutcome,
  EvidenceRecord,
} from '../criterion';
import { ProviderFact, ProviderFactKey, ProviderFacts } from '../evidence';
import { isUsableFact, providerRecordOf } from '../evidenceRecords';
import { Seal } from '../objectives';

const ANSWER_INDEX = new WeakMap<
  readonly CriterionAnswer[],
  Map<string, CriterionAnswer>
>();

// Built once per criterion, not once per cluster.
function answersByKey(
  answers: readonly CriterionAnswer[],
): Map<string, CriterionAnswer> {
  let index = ANSWER_INDEX.get(answers);
  if (!index) {
    index = new Map(answers.map(a => [a.key, a]));
    ANSWER_INDEX.set(answers, index);
  }
  return index;
}

/**
 * Provider-level criteria (§5.4): credit is the share-weighted credit of the
 * providers (allocatable vCPU, or persistent data for data-bearing criteria);
 * the cap is the worst provider's among all providers hosting nodes,
 * persistent data or backups. Unknown provider facts score zero for their
 * share and leave the result partly unknown.
 */
export function evaluateProviderLevel<K extends ProviderFactKey>(
  context: AssessmentContext,
  options: {
    fact: K;
    share: 'capacity' | 'data';
    answers: readonly CriterionAnswer[];
    answerFor(
      value: NonNullable<ProviderFacts[K]['value']>,
      facts: ProviderFacts,
    ): string;
  },
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
  const byKey = answersByKey(options.answers);
  const evidence: EvidenceRecord[] = [];
  const answersSeen = new Set<string>();
  let credit = 0;
  let cap: Seal | null = null;
  let worstCredit = 1;
  let capKnown = false;
  let anyUnknown = false;

  for (const id of topology.hostingProviders) {
    const facts = providers.get(id);
    const fact = facts?.[options.fact] as ProviderFact<unknown> | undefined;
    const record = providerRecordOf(id, options.fact, fact);
    const share = shares.get(id) ?? 0;
    record.share = share;
    evidence.push(record);
    if (!facts || !isUsableFact(fact)) {
      anyUnknown = true;
      if (share > 0) worstCredit = 0;
      continue;
    }
    const answer = byKey.get(
      options.answerFor(
        fact.value as NonNullable<ProviderFacts[K]['value']>,
        facts,
      ),
    );
    if (!answer) throw new Error(`No answer for ${id}.${options.fact}`);
    answersSeen.add(answer.key);
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
  if (answersSeen.size === 1) outcome.answer = [...answersSeen][0];
  return outcome;
}
