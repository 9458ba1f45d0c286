/**
 * Exit codes of the CLI, for pipelines.
 * @public
 */
export const EXIT_CODES = Object.freeze({
  /** Every cluster meets the minimum SEAL (or none was asked for). */
  ok: 0,
  /** A cluster's indicative SEAL is below `--min-seal`. */
  belowMinimumSeal: 1,
  /** `plan`: the request's policy (jurisdictions, providers, minimum SEAL) refuses the plan. */
  refused: 1,
  /** `place`: the workload cannot be placed on the fleet (the plan says why). */
  unschedulable: 1,
  /** Bad arguments, unreadable or invalid files: nothing was assessed or written. */
  usage: 2,
});

/**
 * Bad input from the person or pipeline running the CLI: printed as is,
 * without a stack trace, and exits with code 2.
 * @public
 */
export class CliInputError extends Error {
  readonly name = 'CliInputError';
}
