import { JsonSchema } from './jsonSchema';

/*
 * Entities are stored in the catalog and shown to every reader, so they may
 * only *reference* credentials (a config key or a Kubernetes Secret). These
 * rules reject credentials written inline, by field name and by value.
 */

/** Field names that hold credentials, as words (matched in any case, with or without - or _). */
const SECRET_FIELD_WORDS: readonly (readonly string[])[] = [
  ['token'],
  ['access', 'token'],
  ['bearer', 'token'],
  ['id', 'token'],
  ['refresh', 'token'],
  ['auth', 'token'],
  ['api', 'token'],
  ['service', 'account', 'token'],
  ['kubeconfig'],
  ['kube', 'config'],
  ['private', 'key'],
  ['client', 'key'],
  ['client', 'key', 'data'],
  ['password'],
  ['passwd'],
  ['client', 'secret'],
  ['secret', 'key'],
  ['secret', 'access', 'key'],
  ['api', 'key'],
];

const NORMALISED_SECRET_NAMES = new Set(
  SECRET_FIELD_WORDS.map(words => words.join('')),
);

/** `token`, `clientSecret`, `client_secret`, `Private-Key`, ... */
export function isSecretFieldName(name: string): boolean {
  return NORMALISED_SECRET_NAMES.has(name.replace(/[-_]/g, '').toLowerCase());
}

// Every key of every entity is asked about, and entities repeat a small
// vocabulary of keys; keys are user data, so the memory stays bounded.
const MAX_VERDICTS = 4096;
const verdicts = new Map<string, boolean>();

/** Same as {@link isSecretFieldName} for annotation or label keys: looks at the part after the last `/`. */
export function isSecretKey(key: string): boolean {
  let verdict = verdicts.get(key);
  if (verdict === undefined) {
    verdict = isSecretFieldName(key.slice(key.lastIndexOf('/') + 1));
    if (verdicts.size >= MAX_VERDICTS) verdicts.clear();
    verdicts.set(key, verdict);
  }
  return verdict;
}

// Case-insensitive without the `i` flag, which JSON Schema patterns cannot carry.
const anyCase = (word: string) =>
  [...word].map(c => `[${c.toLowerCase()}${c.toUpperCase()}]`).join('');
const SECRET_NAME_ALTERNATIVES = SECRET_FIELD_WORDS.map(words =>
  words.map(anyCase).join('[-_]?'),
).join('|');

/** JSON Schema pattern matching a secret field name (looser than or equal to {@link isSecretFieldName}). */
export const SECRET_FIELD_NAME_PATTERN = `^(?:${SECRET_NAME_ALTERNATIVES})$`;
/** JSON Schema pattern matching an annotation/label key whose last segment is a secret name. */
export const SECRET_KEY_PATTERN = `(?:^|/)(?:${SECRET_NAME_ALTERNATIVES})$`;

/** Values that are credentials whatever field they sit in: PEM private keys, JWTs, kubeconfig content. */
export const INLINE_SECRET_VALUE_PATTERN = [
  '-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----',
  'eyJ[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.',
  'client-key-data\\s*:',
  'current-context\\s*:',
].join('|');

const INLINE_SECRET_VALUE = new RegExp(INLINE_SECRET_VALUE_PATTERN, 'u');

export function looksLikeInlineSecret(value: string): boolean {
  return INLINE_SECRET_VALUE.test(value);
}

export const INLINE_SECRET_FIELD_MESSAGE =
  'must not hold a credential inline; reference it instead (a config key or a Kubernetes Secret name, namespace and key)';
export const INLINE_SECRET_VALUE_MESSAGE =
  'must not contain a credential (private key, token or kubeconfig); reference it instead';

/** Name of the recursive definition that applies the rules above to a whole subtree. */
export const NO_INLINE_SECRETS_DEFINITION = 'noInlineSecrets';

/** The recursive JSON Schema definition behind {@link NO_INLINE_SECRETS_DEFINITION}. */
export function noInlineSecretsDefinition(): JsonSchema {
  const self = { $ref: `#/definitions/${NO_INLINE_SECRETS_DEFINITION}` };
  // One branch per JSON type so that Ajv's strict mode sees every keyword's type.
  return {
    description:
      'Rejects credentials written inline anywhere below: fields named like token, kubeconfig, privateKey, password or clientSecret, and values that are private keys, tokens or kubeconfigs.',
    anyOf: [
      {
        type: 'object',
        propertyNames: { not: { pattern: SECRET_KEY_PATTERN } },
        additionalProperties: self,
      },
      { type: 'array', items: self },
      { type: 'string', not: { pattern: INLINE_SECRET_VALUE_PATTERN } },
      { type: ['number', 'boolean', 'null'] },
    ],
  };
}
