import { z } from 'zod';
import { looksLikeInlineSecret } from '../schema/inlineSecrets';
import { issueMessage } from '../schema/issueMessages';
import { formatPath, PathSegment } from '../schema/path';
import { DocumentProblem, readDocument } from '../schema/readDocument';
import { isRecord, ownValue } from '../schema/values';
import { ValidationProblem } from './ValidationProblem';

/** Message used when a check itself fails; tests assert it never appears. */
export const INTERNAL_ERROR_MESSAGE =
  'could not be validated (internal validator error)';

/** zod reports unknown fields of an object together; people read them one by one. */
function problemsOf(issue: z.core.$ZodIssue): DocumentProblem[] {
  const path = issue.path as PathSegment[];
  return issue.code === 'unrecognized_keys'
    ? issue.keys.map(key => ({ path: [...path, key], message: issue.message }))
    : [{ path, message: issue.message }];
}

const isWithin = (path: PathSegment[], outer: PathSegment[]) =>
  outer.length <= path.length && outer.every((s, i) => s === path[i]);

/**
 * One problem per place, the first: zod goes on checking a value after its
 * first failure (a string's length after its type, its format after its
 * length), which would only repeat the same complaint.
 */
function firstAtEachPath(problems: DocumentProblem[]): DocumentProblem[] {
  const seen = new Set<string>();
  return problems.filter(problem => {
    const key = formatPath(problem.path);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Runs a schema over untrusted input and collects problems. Whatever the
 * input, this never throws: an unexpected failure inside a check (hostile
 * proxies, exotic objects) becomes one more problem.
 */
export function runChecks(
  schema: z.ZodType,
  input: unknown,
): ValidationProblem[] {
  try {
    const document = readDocument(input);
    const result = schema.safeParse(document.data, { error: issueMessage });
    const structural = result.success
      ? []
      : firstAtEachPath(result.error.issues.flatMap(problemsOf));
    // An inline credential is the whole story at its place: whatever else is
    // wrong there (an unknown field, a format) would only echo it.
    const found = structural.filter(
      problem => !document.problems.some(d => isWithin(problem.path, d.path)),
    );
    return [...found, ...document.problems].map(problem => ({
      path: formatPath(problem.path),
      message: problem.message,
    }));
  } catch {
    return [{ path: '<root>', message: INTERNAL_ERROR_MESSAGE }];
  }
}

/** The entity name for messages, if the input has a usable one. */
export function entityNameOf(input: unknown): string | undefined {
  try {
    const metadata = isRecord(input) ? ownValue(input, 'metadata') : undefined;
    const name = isRecord(metadata) ? ownValue(metadata, 'name') : undefined;
    // The name goes into the error message, which never echoes a credential.
    return typeof name === 'string' &&
      name.length <= 253 &&
      !looksLikeInlineSecret(name)
      ? name
      : undefined;
  } catch {
    return undefined;
  }
}
