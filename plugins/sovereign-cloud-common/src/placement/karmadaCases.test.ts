/*
 * Drives every case of karmada-cases.json (translated from Karmada's own
 * scheduler unit tests, karmada-io/karmada@f8fdd02) through the stage
 * functions. `assignStrategy` cases compare the raw strategy output, zero
 * entries included.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { filterApiEnablement } from './apiEnablement';
import { filterClusterAffinity } from './clusterAffinity';
import { filterClusterEviction } from './clusterEviction';
import { assignReplicas } from './assignReplicas';
import { assignByStrategy } from './divideStrategies';
import { calcGroupScore, calcGroupScoreForDuplicate } from './groupScore';
import { groupClustersWithScore } from './groupClusters';
import { assignStrategyOf } from './replicaStrategy';
import { scoreClusterLocality } from './score';
import { selectBestClusters, selectClusters } from './selectBestClusters';
import { selectBestClustersByRegion } from './selectByRegion';
import { selectGroups } from './selectGroups';
import { StageResult } from './selectResult';
import { sortClusters } from './sortClusters';
import { filterSpreadConstraint } from './spreadConstraintFilter';
import { filterTaintToleration } from './taintToleration';
import {
  WebsterTieBreaker,
  allocateWebsterSeats,
  dispenseByWeight,
  tieBreakerByUid,
} from './webster';

type Case = {
  id: string;
  kind: string;
  entry: string;
  input: any;
  expected: any;
};
// The reference file itself, beside the repository (../shared), not a copy.
const all: Case[] = JSON.parse(
  readFileSync(
    resolve(__dirname, '../../../../../shared/reference/karmada-cases.json'),
    'utf8',
  ),
).cases;

function tieBreaker(spec: {
  type: string;
  uid?: string;
}): WebsterTieBreaker | undefined {
  switch (spec.type) {
    case 'uid':
      return tieBreakerByUid(spec.uid);
    case 'nameAsc':
      return (a, b) => a.name < b.name;
    case 'nameDesc':
      return (a, b) => a.name > b.name;
    default:
      return undefined;
  }
}

function seatsMatch(
  actual: Record<string, number> | null,
  expected: any,
): boolean {
  const options = expected.anyOf ?? [expected];
  return options.some((o: any) =>
    o.seats === null
      ? actual === null
      : JSON.stringify(sortKeys(actual)) === JSON.stringify(sortKeys(o.seats)),
  );
}

function sortKeys(o: Record<string, number> | null) {
  return (
    o &&
    Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)))
  );
}

function run(c: Case): void {
  const { input, expected } = c;
  switch (c.kind) {
    case 'webster': {
      if (c.entry === 'Dispenser') {
        const seats = dispenseByWeight(
          input.newSeats,
          input.votes,
          input.initialSeats,
          input.tieBreaker.uid,
        );
        expect(seatsMatch(seats, expected)).toBe(true);
      } else {
        const parties = allocateWebsterSeats(
          input.newSeats,
          input.votes,
          input.initialSeats,
          tieBreaker(input.tieBreaker),
        );
        const seats =
          parties && Object.fromEntries(parties.map(p => [p.name, p.seats]));
        expect(seatsMatch(seats, expected)).toBe(true);
      }
      return;
    }
    case 'divide': {
      const divideInput = { ...input, previous: input.previous ?? [] };
      let result: StageResult<{ name: string; replicas: number }[]>;
      if (c.entry === 'assignStrategy') {
        result = assignByStrategy(
          assignStrategyOf(input.placement)!,
          divideInput,
        );
      } else {
        result = assignReplicas(divideInput);
      }
      expectDivide(result, expected);
      return;
    }
    case 'filter': {
      const plugins: Record<string, () => any> = {
        ClusterAffinity: () =>
          filterClusterAffinity(input.cluster, input.placement, {
            observedAffinityName: input.observedAffinityName,
            isWorkload: true,
          }),
        TaintToleration: () =>
          filterTaintToleration(input.cluster, input.placement, input.binding),
        SpreadConstraint: () =>
          filterSpreadConstraint(input.cluster, input.placement),
        APIEnablement: () => filterApiEnablement(input.cluster, input.binding),
        ClusterEviction: () =>
          filterClusterEviction(input.cluster, input.binding),
      };
      const result = plugins[input.plugin]();
      expect(result.pass).toBe(expected.pass);
      if (expected.reasonContains)
        expect(result.reason).toContain(expected.reasonContains);
      return;
    }
    case 'score':
      expect(scoreClusterLocality(input.cluster, input.binding)).toBe(
        expected.score,
      );
      return;
    case 'select':
      runSelect(c);
      return;
    default:
      throw new Error(`unknown kind ${c.kind}`);
  }
}

function expectDivide(
  result: StageResult<{ name: string; replicas: number }[]>,
  expected: any,
) {
  if (expected.error) {
    expect(result.ok).toBe(false);
    if (result.ok) return;
    if (expected.errorType === 'Unschedulable')
      expect(result.unschedulable).toBe(true);
    if (expected.errorContains)
      expect(result.message).toContain(expected.errorContains);
    return;
  }
  expect(result.ok).toBe(true);
  if (!result.ok) return;
  const actual = Object.fromEntries(
    result.value.map(t => [t.name, t.replicas]),
  );
  expect(sortKeys(actual)).toEqual(sortKeys(expected.assignment));
  if (expected.order)
    expect(result.value.map(t => t.name)).toEqual(expected.order);
}

function expectSelected(
  result: StageResult<{ name: string }[]>,
  expected: any,
) {
  if (expected.error) {
    expect(result.ok).toBe(false);
    if (!result.ok && expected.errorMessage)
      expect(result.message).toBe(expected.errorMessage);
    return;
  }
  expect(result.ok).toBe(true);
  if (!result.ok) return;
  const names = result.value.map(c => c.name);
  if (expected.selected) expect(names).toEqual(expected.selected);
  else expect([...names].sort()).toEqual([...expected.selectedSet].sort());
}

function runSelect(c: Case) {
  const { input, expected } = c;
  switch (c.entry) {
    case 'SelectBestClusters':
      expectSelected(
        selectBestClusters(input.placement, input.clusters, input.replicas),
        expected,
      );
      return;
    case 'SelectClusters':
      expectSelected(
        selectClusters(
          input.clusters,
          input.placement,
          input.replicas,
          input.observedAffinityName,
        ),
        expected,
      );
      return;
    case 'selectBestClustersByRegion':
      expectSelected(
        selectBestClustersByRegion(input.spreadConstraints, input.regions),
        expected,
      );
      return;
    case 'selectGroups': {
      const groups = selectGroups(
        input.groups,
        input.minGroups,
        input.maxGroups,
        input.target,
      );
      expect(groups && groups.map(g => g.name)).toEqual(expected.selected);
      return;
    }
    case 'GroupClustersWithScore': {
      const grouped = groupClustersWithScore(
        input.clusters,
        input.placement,
        input.replicas,
      );
      expect({
        clusterOrder: grouped.clusters.map(x => x.name),
        zoneCount: grouped.zones.length,
        regionCount: grouped.regions.length,
        providerCount: grouped.providers.length,
      }).toEqual(expected);
      return;
    }
    case 'calcGroupScore': {
      const score = (g: any) =>
        calcGroupScore(g, input.placement, input.minGroups, input.replicas);
      expect(score(input.group1) >= score(input.group2)).toBe(
        expected.group1ScoreGteGroup2,
      );
      return;
    }
    case 'calcGroupScoreForDuplicate':
      expect(calcGroupScoreForDuplicate(input.clusters, input.replicas)).toBe(
        expected.score,
      );
      return;
    case 'sortClusters':
      expect(
        sortClusters(input.clusters, input.compareAvailableReplicas).map(
          x => x.name,
        ),
      ).toEqual(expected.order);
      return;
    default:
      throw new Error(`no driver for ${c.entry}`);
  }
}

describe('Karmada scheduler cases (karmada-cases.json)', () => {
  it('holds all 104 cases', () => {
    expect(all).toHaveLength(104);
  });
  it.each(all.map(c => [c.id, c] as const))('%s', (_id, c) => {
    expect.hasAssertions();
    run(c);
  });
});
