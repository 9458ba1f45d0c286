import { looksLikeInlineSecret } from './inlineSecrets';

const MAX_ECHO = 60;

/**
 * Describes a value for a "got ..." message. Strings are quoted and cut, and
 * anything that looks like a credential is never echoed back.
 */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string': {
      if (looksLikeInlineSecret(value))
        return 'a string that looks like a credential (not shown)';
      const quoted = JSON.stringify(value);
      return quoted.length > MAX_ECHO + 2
        ? `${quoted.slice(0, MAX_ECHO + 1)}…"`
        : quoted;
    }
    case 'number':
      return String(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'undefined':
      return 'nothing';
    case 'bigint':
      return 'a bigint';
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    default:
      return 'an object';
  }
}

/** "a, b or c" */
export function listAlternatives(values: readonly unknown[]): string {
  const words = values.map(String);
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}
