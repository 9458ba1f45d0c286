import { z } from 'zod';
import { listAlternatives } from './describeValue';
import { runsWhen } from './rules';
import { isRecord } from './values';

/*
 * Groups of optional fields of which one (or at least one) must be set. The
 * rule runs as a zod refinement; the same constraint goes into the JSON Schema
 * through the schema's metadata, since zod cannot derive it from a refinement.
 */

function present(value: unknown, names: readonly string[]): string[] {
  return isRecord(value) ? names.filter(name => value[name] !== undefined) : [];
}

// `type: object` on each branch keeps Ajv's strict mode quiet.
const requiring = (names: readonly string[]) =>
  names.map(name => ({ type: 'object', required: [name] }));

export interface FieldGroup {
  /** True when the value sets the fields the group asks for. */
  holds(value: unknown): boolean;
  /** Parameters of the refinement: its message and when it runs. */
  params: z.core.$ZodCustomParams;
  /** The same constraint as JSON Schema, for `.meta()`. */
  jsonSchema: { allOf: object[] };
}

/** Exactly one of `names` must be set. */
export function exactlyOneOf(names: readonly string[]): FieldGroup {
  const which = listAlternatives(names);
  return {
    holds: value => present(value, names).length === 1,
    params: {
      when: runsWhen('typed'),
      error: issue => {
        const set = present(issue.input, names);
        return set.length === 0
          ? `must set one of ${which}`
          : `must set only one of ${which}, got ${set.join(' and ')}`;
      },
    },
    jsonSchema: { allOf: [{ oneOf: requiring(names) }] },
  };
}

/** At least one of `names` must be set. */
export function atLeastOneOf(names: readonly string[]): FieldGroup {
  return {
    holds: value => present(value, names).length > 0,
    params: {
      when: runsWhen('typed'),
      error: `must set at least one of ${listAlternatives(names)}`,
    },
    jsonSchema: { allOf: [{ anyOf: requiring(names) }] },
  };
}
