import { Check, pathText } from './check';
import { ClusterEvidence, ProviderFacts } from './evidence';
import { checkClusterEvidence, checkProviderFacts } from './evidenceSchema';
import { PostureInputError } from './PostureInputError';

function assertValid(check: Check, value: unknown, prefix: string): void {
  const failure = check(value);
  if (failure)
    throw new PostureInputError(pathText(prefix, failure.path), failure.reason);
}

/**
 * Validates one cluster's evidence in place; throws `PostureInputError`
 * naming the field (e.g. `clusters[3].nodes.value[0].vcpu`).
 * @public
 */
export function validateClusterEvidence(
  value: unknown,
  path = 'cluster',
): ClusterEvidence {
  assertValid(checkClusterEvidence, value, path);
  return value as ClusterEvidence;
}

/**
 * `validateClusterEvidence` for item `index` of a list, without building
 * the item's path unless it fails (the engine validates 10,000 per fleet).
 */
export function validateClusterEvidenceAt(
  value: unknown,
  list: string,
  index: number,
): ClusterEvidence {
  const failure = checkClusterEvidence(value);
  if (failure) {
    throw new PostureInputError(
      pathText(`${list}[${index}]`, failure.path),
      failure.reason,
    );
  }
  return value as ClusterEvidence;
}

/**
 * Validates provider facts and indexes them by id; duplicates are an error.
 * @public
 */
export function validateProviderFacts(
  value: unknown,
  path = 'providers',
): Map<string, ProviderFacts> {
  if (!Array.isArray(value))
    throw new PostureInputError(path, 'must be an array');
  const index = new Map<string, ProviderFacts>();
  value.forEach((item, i) => {
    assertValid(checkProviderFacts, item, `${path}[${i}]`);
    const facts = item as ProviderFacts;
    if (index.has(facts.id)) {
      throw new PostureInputError(
        `${path}[${i}].id`,
        `duplicate provider '${facts.id}'`,
      );
    }
    index.set(facts.id, facts);
  });
  return index;
}
