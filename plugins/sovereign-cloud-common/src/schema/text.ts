import { z } from 'zod';
import { mustBe } from './issueMessages';

/*
 * The scalar fields of the entity formats, with messages that say what was
 * expected. Every check of such a field reads "must be <expected>, got ...";
 * only the first failing check of a field is reported (see runChecks). No
 * check uses `abort`: zod would then skip every `when` rule above it.
 */

/** A string; empty strings carry no information in an entity unless `allowEmpty`. */
export function text(
  expected = 'a non-empty string',
  options: { allowEmpty?: boolean } = {},
): z.ZodString {
  const schema = z.string({ error: mustBe(expected, { yamlHint: true }) });
  return options.allowEmpty ? schema : schema.min(1);
}

/** Text of a form a regular expression describes; the pattern also goes into the JSON Schema. */
export function textMatching(
  expected: string,
  pattern: RegExp,
  options: { allowEmpty?: boolean } = {},
): z.ZodString {
  return text(expected, options).regex(pattern);
}

/**
 * Text of a form a function checks. `pattern`, when given, goes into the
 * JSON Schema and must accept all that `test` accepts.
 */
export function textWhere(
  expected: string,
  test: (value: string) => boolean,
  options: { pattern?: RegExp; allowEmpty?: boolean } = {},
): z.ZodString {
  const schema = options.pattern
    ? textMatching(expected, options.pattern, options)
    : text(expected, options);
  return schema.refine(test);
}

/**
 * A check of the precise form of text that returns its own message (a
 * credential in a URL is worth more than "must be a URL"), or undefined.
 */
export function conforms(
  problemWith: (value: string) => string | undefined,
): z.core.$ZodCheck<string> {
  return z.check<string>(payload => {
    const message = problemWith(payload.value);
    if (message) {
      payload.issues.push({
        code: 'custom',
        message,
        input: payload.value,
      });
    }
  });
}

/** A whole number of at least 1; NaN, infinities and unsafe integers fail. */
export function positiveInteger() {
  return z.int({ error: mustBe('a positive integer') }).min(1);
}
