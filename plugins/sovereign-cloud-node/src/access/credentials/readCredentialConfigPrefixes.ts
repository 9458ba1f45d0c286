import { Config } from '@backstage/config';
import { InputError } from '@backstage/errors';

const key = 'sovereignCloud.kubernetes.credentialConfigPrefixes';

// Matches the example in the SovereignCluster schema
// (`sovereignCloud.clusters.<name>.serviceAccount`) plus a neutral home.
const defaultPrefixes = [
  'sovereignCloud.clusters',
  'sovereignCloud.credentials',
];

const configKeyPattern = /^[a-zA-Z][\w-]*(?:\.[a-zA-Z0-9][\w-]*)*$/;

/**
 * Reads `sovereignCloud.kubernetes.credentialConfigPrefixes`: the config keys
 * an entity may name as a credential must lie under one of them. Fails early
 * on a value that is not a config key.
 *
 * @public
 */
export function readCredentialConfigPrefixes(config: Config): string[] {
  const prefixes = config.getOptionalStringArray(key) ?? defaultPrefixes;
  for (const value of prefixes) {
    if (!configKeyPattern.test(value)) {
      throw new InputError(
        `${key}: '${value}' is not a config key like sovereignCloud.credentials`,
      );
    }
  }
  return prefixes;
}
