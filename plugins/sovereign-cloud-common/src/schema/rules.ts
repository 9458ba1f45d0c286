import { z } from 'zod';
import { formatPath, PathSegment } from './path';

/*
 * Semantic rules that zod's structural checks cannot express, run as zod
 * checks. A rule sees the value it is attached to; its messages may still
 * name other places of the document by their full path.
 */

/** Renders a place given relative to the checked value as a full path. */
export type PathOf = (relative: readonly PathSegment[]) => string;

export type RuleMessage = string | ((pathOf: PathOf) => string);

export interface RuleContext {
  /** Reports a problem at `at`, relative to the checked value. */
  report(at: readonly PathSegment[], message: RuleMessage): void;
}

/**
 * When a rule runs. `valid` (default, zod's own): once the value has no
 * blocking problem. A list of fields: once those are free of any problem (or
 * absent), so that one unrelated mistake does not hide the others. `typed`:
 * whenever the value has the right type at all; such a rule must read the
 * value defensively.
 */
export type RuleRunsWhen = 'valid' | 'typed' | readonly string[];

/** A zod `when` for the condition; undefined keeps zod's default. */
export function runsWhen(
  condition: RuleRunsWhen,
): ((payload: z.core.ParsePayload) => boolean) | undefined {
  if (condition === 'valid') return undefined;
  const fields: readonly PropertyKey[] = condition === 'typed' ? [] : condition;
  return payload =>
    !payload.issues.some(issue => {
      const path = issue.path ?? [];
      return path.length === 0
        ? issue.continue !== true
        : fields.includes(path[0]);
    });
}

/** A semantic rule as a zod check; see {@link RuleRunsWhen}. */
export function rule<T>(
  check: (value: T, ctx: RuleContext) => void,
  condition: RuleRunsWhen = 'valid',
): z.core.$ZodCheck<T> {
  const when = runsWhen(condition);
  return z.superRefine<T>(
    (value, payload) =>
      check(value, {
        report(at, message) {
          payload.addIssue({
            code: 'custom',
            path: [...at],
            input: undefined,
            ...(typeof message === 'string'
              ? { message }
              : { params: { message, depth: at.length } }),
          });
        },
      }),
    when ? { when } : undefined,
  );
}

/** The message of a rule's issue; only the finished issue knows its full path. */
export function ruleMessage(
  issue: z.core.$ZodRawIssue<z.core.$ZodIssueCustom>,
): string | undefined {
  const params = issue.params as
    | { message?: RuleMessage; depth?: number }
    | undefined;
  if (typeof params?.message !== 'function') return undefined;
  const path = issue.path ?? [];
  const base = path.slice(0, path.length - (params.depth ?? 0));
  return params.message(relative => formatPath([...base, ...relative]));
}
