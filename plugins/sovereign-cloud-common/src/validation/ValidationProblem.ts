/**
 * One problem found in an entity: where (a JSON path such as
 * `spec.nodePools[2].count`, or `<root>`) and why, in words for people.
 * @public
 */
export interface ValidationProblem {
  path: string;
  message: string;
}

/**
 * The outcome of validating an entity: the typed entity, or every problem found.
 * @public
 */
export type EntityValidationResult<T> =
  | { valid: true; entity: T; problems: [] }
  | { valid: false; problems: ValidationProblem[] };

/**
 * `spec.nodePools[2].count: must be a positive integer, got 2.5`
 * @public
 */
export function formatValidationProblem(problem: ValidationProblem): string {
  return `${problem.path}: ${problem.message}`;
}
