/**
 * The eight Sovereignty Objectives of the EU Cloud Sovereignty Framework v1.2.1.
 * @public
 */
export const SOVEREIGNTY_OBJECTIVES = [
  'SOV-1',
  'SOV-2',
  'SOV-3',
  'SOV-4',
  'SOV-5',
  'SOV-6',
  'SOV-7',
  'SOV-8',
] as const;

/** @public */
export type SovereigntyObjective = (typeof SOVEREIGNTY_OBJECTIVES)[number];

/**
 * Titles of the objectives, for labels.
 * @public
 */
export const SOVEREIGNTY_OBJECTIVE_TITLES: Readonly<
  Record<SovereigntyObjective, string>
> = {
  'SOV-1': 'Strategic sovereignty',
  'SOV-2': 'Legal & jurisdictional sovereignty',
  'SOV-3': 'Data & AI sovereignty',
  'SOV-4': 'Operational sovereignty',
  'SOV-5': 'Supply-chain sovereignty',
  'SOV-6': 'Technology sovereignty',
  'SOV-7': 'Security & compliance sovereignty',
  'SOV-8': 'Environmental sustainability',
};

/**
 * A SEAL as a number (0..4), so that the level is a plain minimum.
 * `SealLevel` (`'SEAL-2'`) is its label.
 * @public
 */
export type Seal = 0 | 1 | 2 | 3 | 4;

/** @public */
export function isSovereigntyObjective(
  value: string,
): value is SovereigntyObjective {
  return (SOVEREIGNTY_OBJECTIVES as readonly string[]).includes(value);
}
