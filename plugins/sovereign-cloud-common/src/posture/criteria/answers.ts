import { CriterionAnswer } from '../criterion';
import { Seal } from '../objectives';

/** Shorthand for one rung of an answer ladder. */
export function answer(
  key: string,
  label: string,
  credit: number,
  cap: Seal | null,
): CriterionAnswer {
  return { key, label, credit, cap };
}
