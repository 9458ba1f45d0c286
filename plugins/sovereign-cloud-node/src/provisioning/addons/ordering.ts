import { Addon, stageIndex } from './components';

/**
 * The add-ons that must be ready before `addon` and that the delivery engine
 * can wait for: those of earlier stages (reference §7.3) plus the ones it
 * names explicitly. `sameKind` keeps only add-ons delivered by the same
 * object kind, because a Flux `dependsOn` only refers to its own kind.
 */
export function prerequisitesOf(
  addon: Addon,
  all: Addon[],
  sameKind: boolean,
): Addon[] {
  return all.filter(
    other =>
      other !== addon &&
      (!sameKind || other.kind === addon.kind) &&
      (stageIndex(other.stage) < stageIndex(addon.stage) ||
        (addon.after ?? []).includes(other.id)),
  );
}

/** Argo CD sync wave: ten per stage, plus one for an explicit prerequisite. */
export function syncWaveOf(addon: Addon): number {
  return stageIndex(addon.stage) * 10 + (addon.after?.length ? 1 : 0);
}
