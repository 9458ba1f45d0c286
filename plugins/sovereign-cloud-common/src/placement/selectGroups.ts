import { compareNames } from './compareNames';

/** A candidate group (region) for `selectGroups`. @public */
export type KarmadaGroup = { name: string; value: number; weight: number };

function byWeightThenName(a: KarmadaGroup, b: KarmadaGroup): number {
  if (a.weight !== b.weight) return b.weight - a.weight;
  return compareNames(a.name, b.name);
}

type Path = { groups: KarmadaGroup[]; value: number; weight: number };

function isStrictPrefix(shorter: Path, longer: Path): boolean {
  if (shorter.groups.length >= longer.groups.length) return false;
  const a = [...shorter.groups].sort(byWeightThenName);
  const b = [...longer.groups].sort(byWeightThenName);
  return a.every((g, i) => g.name === b[i].name);
}

/**
 * Karmada `selectGroups`: a depth-first search over combinations of groups
 * (sorted by value asc, weight desc, name asc) for one whose summed value
 * reaches `target` with between `minGroups` and `maxGroups` groups. A path
 * stops growing once feasible. Best: highest weight, then value, then first
 * found; a feasible path that is a strict prefix of the best (both in
 * weight order) replaces it. Returns the groups by weight desc, or null.
 */
export function selectGroups(
  groups: readonly KarmadaGroup[],
  minGroups: number,
  maxGroups: number,
  target: number,
): KarmadaGroup[] | null {
  const sorted = [...groups].sort((a, b) => {
    if (a.value !== b.value) return a.value - b.value;
    return byWeightThenName(a, b);
  });
  let best: Path | undefined;
  const path: KarmadaGroup[] = [];
  const visit = (start: number, value: number, weight: number) => {
    if (path.length > 0 && value >= target && path.length >= minGroups) {
      const candidate = { groups: [...path], value, weight };
      if (
        !best ||
        weight > best.weight ||
        (weight === best.weight && value > best.value) ||
        isStrictPrefix(candidate, best)
      ) {
        best = candidate;
      }
      return;
    }
    if (path.length >= maxGroups) return;
    // With exactly minGroups groups only the full path can qualify.
    const last = sorted.length === minGroups ? start + 1 : sorted.length;
    for (let i = start; i < Math.min(last, sorted.length); i++) {
      path.push(sorted[i]);
      visit(i + 1, value + sorted[i].value, weight + sorted[i].weight);
      path.pop();
    }
  };
  visit(0, 0, 0);
  return best ? [...best.groups].sort(byWeightThenName) : null;
}
