import {
  CredentialReference,
  SecretKeyReference,
} from '@sovereign-cloud/plugin-sovereign-cloud-common';

/**
 * The outcome of reading a reference from untrusted data.
 *
 * @public
 */
export type ParsedCredentialReference =
  | { ok: true; reference: CredentialReference }
  | { ok: false; problem: string };

const isNonEmptyString = (value: unknown): value is string =>
  typeof value === 'string' && value.trim() !== '';

function parseSecretRef(value: unknown): SecretKeyReference | undefined {
  if (typeof value !== 'object' || value === null) {
    return undefined;
  }
  const { name, namespace, key } = value as Record<string, unknown>;
  if (
    !isNonEmptyString(name) ||
    !isNonEmptyString(namespace) ||
    !isNonEmptyString(key)
  ) {
    return undefined;
  }
  return { name, namespace, key };
}

/**
 * Reads a credential reference from entity data or `authMetadata`, which the
 * catalog validates but no reader trusts blindly.
 *
 * @public
 */
export function parseCredentialReference(
  value: unknown,
): ParsedCredentialReference {
  if (typeof value !== 'object' || value === null) {
    return { ok: false, problem: 'is not an object' };
  }
  const { configKey, secretRef } = value as Record<string, unknown>;
  if (configKey !== undefined && secretRef !== undefined) {
    return { ok: false, problem: 'sets both configKey and secretRef' };
  }
  if (configKey !== undefined) {
    return isNonEmptyString(configKey)
      ? { ok: true, reference: { configKey } }
      : { ok: false, problem: 'has an empty configKey' };
  }
  if (secretRef !== undefined) {
    const parsed = parseSecretRef(secretRef);
    return parsed
      ? { ok: true, reference: { secretRef: parsed } }
      : {
          ok: false,
          problem: 'has a secretRef without name, namespace and key',
        };
  }
  return { ok: false, problem: 'sets neither configKey nor secretRef' };
}

/**
 * Names where a credential lives, for messages; never includes its value.
 *
 * @public
 */
export function describeCredentialReference(
  reference: CredentialReference,
): string {
  if (reference.secretRef) {
    const { namespace, name, key } = reference.secretRef;
    return `Secret ${namespace}/${name} (key '${key}')`;
  }
  return `config key '${reference.configKey}'`;
}
