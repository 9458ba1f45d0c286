import { z } from 'zod';
import { describeValue, listAlternatives } from './describeValue';
import { ruleMessage } from './rules';

/*
 * Zod's issues worded for people: every message names what was expected and
 * what was found, the way the catalog shows it next to the field's path.
 */

type Issue = z.core.$ZodRawIssue;

/** A declared field that is absent (the root itself is never "required"). */
function isMissing(issue: Issue): boolean {
  const path = issue.path ?? [];
  return issue.input === undefined && typeof path[path.length - 1] === 'string';
}

// YAML turns unquoted 1.33, 2026-11-23 (in 1.1) or yes into numbers, dates or booleans.
function yamlHint(value: unknown): string {
  return typeof value === 'number' || typeof value === 'boolean'
    ? ` (a ${typeof value}; quote it in YAML)`
    : '';
}

/**
 * Error map of a value of one expected form: `must be <expected>, got <value>`
 * for its type and its checks. A missing field stays "is required", and a
 * too long string keeps its own message.
 */
export function mustBe(
  expected: string,
  options: { yamlHint?: boolean } = {},
): z.core.$ZodErrorMap {
  return issue => {
    if (isMissing(issue)) return undefined;
    if (issue.code === 'too_big' && issue.origin === 'string') return undefined;
    const hint = options.yamlHint ? yamlHint(issue.input) : '';
    return `must be ${expected}, got ${describeValue(issue.input)}${hint}`;
  };
}

const TYPE_NAMES: Record<string, string> = {
  object: 'an object',
  record: 'an object',
  array: 'a list',
  boolean: 'true or false',
  string: 'a string',
  number: 'a number',
  int: 'an integer',
};

function expectedValues(values: readonly unknown[]): string {
  return values.length === 1
    ? JSON.stringify(values[0])
    : `one of ${listAlternatives(values)}`;
}

function knownFields(issue: Issue): string {
  const names =
    issue.inst instanceof z.ZodObject ? Object.keys(issue.inst.shape) : [];
  return names.length
    ? `is not a known field (known fields: ${names.join(', ')})`
    : 'is not a known field';
}

function discriminatorMessage(
  issue: Extract<Issue, { code: 'invalid_union' }>,
): string | undefined {
  const { discriminator, options } = issue as {
    discriminator?: string;
    options?: unknown[];
  };
  if (!discriminator || !options) return undefined;
  const input = issue.input as Record<string, unknown> | undefined;
  const tag = input?.[discriminator];
  const which = listAlternatives(options);
  return tag === undefined
    ? `is required (one of ${which})`
    : `must be one of ${which}, got ${describeValue(tag)}`;
}

/** The parse-wide error map; schemas with their own `error` take precedence. */
export function issueMessage(issue: Issue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (isMissing(issue)) return 'is required';
      return `must be ${
        TYPE_NAMES[issue.expected] ?? `a ${issue.expected}`
      }, got ${describeValue(issue.input)}`;
    case 'invalid_value':
      if (isMissing(issue)) return 'is required';
      return `must be ${expectedValues(issue.values)}, got ${describeValue(
        issue.input,
      )}`;
    case 'invalid_union':
      return discriminatorMessage(issue);
    case 'too_small':
      if (issue.origin !== 'array') return undefined;
      return `must contain at least ${issue.minimum} ${
        issue.minimum === 1 ? 'item' : 'items'
      }`;
    case 'too_big':
      if (issue.origin !== 'string') return undefined;
      return `must be at most ${issue.maximum} characters long, got ${
        (issue.input as string).length
      }`;
    case 'unrecognized_keys':
      return knownFields(issue);
    case 'invalid_key':
      return `key ${issue.issues[0]?.message ?? 'is not valid'}`;
    case 'custom':
      return ruleMessage(issue);
    default:
      return undefined;
  }
}
