import {
  checkClusterAgainstCatalogue,
  ProviderCatalogue,
  SovereignClusterEntity,
  ValidationProblem,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';

const MAX_LISTED = 20;

/** True for a problem about a provider reference (not a location). */
const isProviderProblem = (problem: ValidationProblem) =>
  /(^|\.)provider$/.test(problem.path) ||
  problem.path.includes('excludedProviders');

/**
 * The cluster's problems against the provider catalogue. Unknown providers
 * get the list of known ones, so the fix is one look away (unknown
 * locations already list what the provider offers).
 */
export function catalogueProblems(
  cluster: SovereignClusterEntity,
  catalogue: ProviderCatalogue,
): ValidationProblem[] {
  const problems = checkClusterAgainstCatalogue(cluster, catalogue);
  if (!problems.some(isProviderProblem)) return problems;
  const names = catalogue.providers.map(p => p.metadata.name);
  const known =
    names.length > MAX_LISTED
      ? `${names.slice(0, MAX_LISTED).join(', ')}, … (${names.length} in all)`
      : names.join(', ');
  return problems.map(problem =>
    isProviderProblem(problem)
      ? {
          ...problem,
          message: `${problem.message} (known providers: ${known || 'none'})`,
        }
      : problem,
  );
}
