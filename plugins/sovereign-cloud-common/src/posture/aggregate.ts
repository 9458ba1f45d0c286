import { EvidenceRecord } from './criterion';
import { Provenance } from './evidence';
import { Seal } from './objectives';
import { CriterionResult, CriterionStatus } from './report';

const STRENGTH: Record<Provenance, number> = {
  observed: 3,
  catalog: 2,
  declared: 1,
  unknown: 0,
};

/**
 * One cluster's results with its weight in an aggregate (mesh: allocatable
 * vCPU; component: its share of the component's replicas).
 * @public
 */
export type WeightedResults = {
  subject: string;
  weight: number;
  results: readonly CriterionResult[];
};

function statusOf(
  credit: number,
  all: readonly CriterionResult[],
): CriterionStatus {
  if (all.every(r => r.status === 'unknown')) return 'unknown';
  if (credit >= 1) return 'pass';
  return credit <= 0 ? 'fail' : 'partial';
}

/**
 * Aggregates criterion results over clusters, as §5.4 does over providers:
 * credit is weighted by each cluster's weight (N/A clusters left out), the
 * cap is the worst known cap, and any unknown part stays visible.
 * @public
 */
export function aggregateResults(
  members: readonly WeightedResults[],
): CriterionResult[] {
  if (members.length === 0) return [];
  const totalWeight = members.reduce((s, m) => s + Math.max(0, m.weight), 0);
  // Equal weights when no member has a known weight.
  const weightOf = (m: WeightedResults) =>
    totalWeight > 0 ? Math.max(0, m.weight) : 1;

  return members[0].results.map((first, index) => {
    const rows = members.map(m => ({ member: m, result: m.results[index] }));
    const counted = rows.filter(r => r.result.status !== 'na');
    if (counted.length === 0) {
      return {
        ...first,
        evidence: [],
        detail: 'Not applicable in any cluster',
      };
    }
    let weight = 0;
    let credit = 0;
    let cap: Seal | null = null;
    let lowest: Seal | null = null;
    let partlyUnknown = false;
    let provenance: Provenance = 'unknown';
    const evidence: EvidenceRecord[] = [];
    const perCluster: string[] = [];
    for (const { member, result } of counted) {
      const w = weightOf(member);
      weight += w;
      credit += w * result.credit;
      if (result.status !== 'unknown' && result.sealCap !== null) {
        cap =
          cap === null
            ? result.sealCap
            : (Math.min(cap, result.sealCap) as Seal);
      }
      if (result.partlyUnknown) {
        partlyUnknown = true;
        if (result.lowestPossibleCap !== null) {
          lowest =
            lowest === null
              ? result.lowestPossibleCap
              : (Math.min(lowest, result.lowestPossibleCap) as Seal);
        }
      }
      if (STRENGTH[result.provenance] > STRENGTH[provenance])
        provenance = result.provenance;
      for (const r of result.evidence)
        evidence.push({ ...r, name: `${member.subject}: ${r.name}` });
      const label =
        result.status === 'unknown'
          ? 'unknown'
          : result.answer?.label ?? `credit ${result.credit.toFixed(2)}`;
      perCluster.push(
        `${member.subject}: ${label}${
          result.sealCap === null ? '' : ` (SEAL-${result.sealCap})`
        }`,
      );
    }
    const aggregatedCredit = weight > 0 ? credit / weight : 0;
    const allUnknown = counted.every(r => r.result.status === 'unknown');
    const aggregated: CriterionResult = {
      criterionId: first.criterionId,
      objective: first.objective,
      title: first.title,
      status: statusOf(
        aggregatedCredit,
        counted.map(r => r.result),
      ),
      credit: aggregatedCredit,
      points: aggregatedCredit * first.maxPoints,
      maxPoints: first.maxPoints,
      sealCap: allUnknown ? null : cap,
      lowestPossibleCap: partlyUnknown ? lowest : null,
      partlyUnknown,
      provenance,
      evidence,
      detail: perCluster.join('; '),
    };
    return aggregated;
  });
}
