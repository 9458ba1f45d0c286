import {
  Seal,
  SealLevel,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';

/** `SEAL-3` → 3, for the chips that take the numeric level. */
export function sealOfLevel(level: SealLevel | string): Seal {
  const n = Number(/^SEAL-([0-4])$/.exec(level)?.[1]);
  return (Number.isNaN(n) ? 0 : n) as Seal;
}
