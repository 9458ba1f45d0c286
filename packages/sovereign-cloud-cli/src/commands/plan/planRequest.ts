import { InputError } from '@backstage/errors';
import {
  EntityValidationError,
  parseClusterRequest,
  ProviderCatalogue,
  ValidationProblem,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';
import {
  ClusterPlan,
  planCluster,
} from '@sovereign-cloud/plugin-scaffolder-backend-module-sovereign-cloud';
import { CliInputError } from '../../errors';
import { PlanInput } from './readPlanInput';

/** A plan, or the policy problems that refuse it. */
export type PlanOutcome =
  | { plan: ClusterPlan; refusal?: undefined }
  | { refusal: EntityValidationError; plan?: undefined };

/*
 * Once the request has parsed, a problem at `policy.*` or about a policy
 * field (`… outside policy.allowedJurisdictions`, `… is in
 * policy.excludedProviders`) is the policy refusing the plan, not bad input.
 */
const isPolicyProblem = (problem: ValidationProblem) =>
  problem.path.startsWith('policy.') || /\bpolicy\.\w/.test(problem.message);

/**
 * Plans with the scaffolder action's planner. Bad input (the request does
 * not parse, a location is unknown, …) throws `CliInputError`; a policy
 * refusal is returned so the caller can exit 1.
 */
export function planRequest(
  file: string,
  input: PlanInput,
  catalogue: ProviderCatalogue,
): PlanOutcome {
  const inputError = (error: unknown) =>
    error instanceof InputError
      ? new CliInputError(`${file}: ${error.message}`)
      : error;
  try {
    parseClusterRequest(input.request);
  } catch (error) {
    throw inputError(error);
  }
  try {
    return {
      plan: planCluster(input.request, {
        catalogue,
        settings: input.settings,
        delivery: input.delivery,
        repoURL: input.repoURL,
      }),
    };
  } catch (error) {
    if (
      error instanceof EntityValidationError &&
      error.problems.length > 0 &&
      error.problems.every(isPolicyProblem)
    ) {
      return { refusal: error };
    }
    throw inputError(error);
  }
}
