import { Seal } from '@sovereign-cloud/plugin-sovereign-cloud-common';
import { CliInputError } from '../../errors';
import { ClusterPosture, FleetPosture } from './assessFleet';

/** `2` or `SEAL-2` → 2; anything else is an input error. */
export function parseMinimumSeal(value: string): Seal {
  const match = /^(?:seal-)?([0-4])$/i.exec(value.trim());
  if (!match) {
    throw new CliInputError(
      `--min-seal: expected a level from 0 to 4 (or SEAL-0 … SEAL-4), got '${value}'`,
    );
  }
  return Number(match[1]) as Seal;
}

/** Whether the fleet meets the minimum, and the clusters below it. */
export interface SealGate {
  minSeal?: Seal;
  passed: boolean;
  failing: ClusterPosture[];
}

/** Clusters whose indicative SEAL is below the minimum fail the gate. */
export function applyMinimumSeal(
  posture: FleetPosture,
  minSeal: Seal | undefined,
): SealGate {
  const failing =
    minSeal === undefined
      ? []
      : posture.clusters.filter(c => c.report.seal.level < minSeal);
  return { minSeal, passed: failing.length === 0, failing };
}
