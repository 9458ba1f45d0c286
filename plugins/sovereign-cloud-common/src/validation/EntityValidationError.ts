import { InputError } from '@backstage/errors';
import {
  formatValidationProblem,
  ValidationProblem,
} from './ValidationProblem';

/**
 * Thrown by the asserting validators and the kind validators. It is an
 * `InputError`, so Backstage backends answer it with 400, and it carries
 * every problem, not only the first.
 * @public
 */
export class EntityValidationError extends InputError {
  readonly problems: ValidationProblem[];

  constructor(
    kind: string,
    entityName: string | undefined,
    problems: ValidationProblem[],
  ) {
    const subject = entityName ? `${kind} "${entityName}"` : kind;
    const count =
      problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(
      `Invalid ${subject}, ${count}:\n${problems
        .map(problem => `- ${formatValidationProblem(problem)}`)
        .join('\n')}`,
    );
    this.problems = problems;
  }
}
