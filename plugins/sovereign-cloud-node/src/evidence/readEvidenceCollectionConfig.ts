import { Config, readDurationFromConfig } from '@backstage/config';
import { InputError } from '@backstage/errors';
import { durationToMilliseconds } from '@backstage/types';
import { HostPattern } from './probes/images/HostPattern';

/**
 * `sovereignCloud.posture.collection`, parsed and checked.
 *
 * @public
 */
export interface EvidenceCollectionSettings {
  /** Deadline of one cluster's collection, all probes together. */
  timeoutMs: number;
  /** Registry hosts the customer operates (`self`), exact or `*.domain`. */
  ownRegistries: string[];
  /**
   * Keyless signing identities that are the customer's own: prefixes of a
   * certificate subject (e.g. `https://gitlab.example.eu/platform/`) or
   * OIDC issuer URLs.
   */
  ownSigningIdentities: string[];
}

const key = 'sovereignCloud.posture.collection';
const defaultTimeoutMs = 20_000;

function readStrings(config: Config | undefined, name: string): string[] {
  const values = config?.getOptionalStringArray(name) ?? [];
  return values.map(v => v.trim()).filter(Boolean);
}

/**
 * Reads `sovereignCloud.posture.collection`, failing early on values that
 * could never match.
 *
 * @public
 */
export function readEvidenceCollectionConfig(
  rootConfig: Config,
): EvidenceCollectionSettings {
  const config = rootConfig.getOptionalConfig(key);
  const timeoutMs = config?.has('timeout')
    ? durationToMilliseconds(readDurationFromConfig(config, { key: 'timeout' }))
    : defaultTimeoutMs;
  if (!(timeoutMs > 0)) {
    throw new InputError(`${key}.timeout must be longer than zero`);
  }
  const ownRegistries = readStrings(config, 'ownRegistries');
  for (const pattern of ownRegistries) {
    if (!HostPattern.isValid(pattern)) {
      throw new InputError(
        `${key}.ownRegistries: '${pattern}' is not a registry host like harbor.example.eu, harbor.example.eu:5000 or *.example.eu`,
      );
    }
  }
  return {
    timeoutMs,
    ownRegistries,
    ownSigningIdentities: readStrings(config, 'ownSigningIdentities'),
  };
}
