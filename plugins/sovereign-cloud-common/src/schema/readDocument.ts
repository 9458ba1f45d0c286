import {
  INLINE_SECRET_FIELD_MESSAGE,
  INLINE_SECRET_VALUE_MESSAGE,
  isSecretKey,
  looksLikeInlineSecret,
} from './inlineSecrets';
import { PathSegment } from './path';
import { ownValue } from './values';

// Free-form parts of an entity are user data of any depth; bound the walk.
const MAX_DEPTH = 64;

/**
 * Stands in for a credential in the copy: no schema accepts it, so rules
 * that would quote the value never run, and no message can echo it.
 */
export const CREDENTIAL_PLACEHOLDER = Symbol('credential');

export interface DocumentProblem {
  path: PathSegment[];
  message: string;
}

/** An untrusted input as plain data, and what is wrong anywhere in it. */
export interface DocumentReading {
  /**
   * A copy of the input's own data properties: getters never run, inherited
   * and symbol keys are invisible, exotic objects become plain ones, and
   * credentials are replaced by {@link CREDENTIAL_PLACEHOLDER}.
   */
  data: unknown;
  /** Credentials written inline (by field name or by value), nesting too deep. */
  problems: DocumentProblem[];
}

/**
 * Reads an input once, before zod sees it: zod would run getters and read
 * inherited properties, and only a walk over the whole document finds
 * credentials in free-form metadata. Cycles are kept, not followed.
 */
export function readDocument(input: unknown): DocumentReading {
  const problems: DocumentProblem[] = [];
  // The objects being read (a cycle leads back to one of them) and their copies.
  const ancestors: object[] = [];
  const ancestorCopies: unknown[] = [];
  // One path, grown and shrunk during the walk; copied only into problems.
  const path: PathSegment[] = [];
  const report = (message: string) =>
    problems.push({ path: [...path], message });

  function read(value: unknown): unknown {
    if (typeof value === 'string') {
      // A bare string is not an entity at all; that is zod's to say.
      if (path.length && looksLikeInlineSecret(value)) {
        report(INLINE_SECRET_VALUE_MESSAGE);
        return CREDENTIAL_PLACEHOLDER;
      }
      return value;
    }
    if (typeof value !== 'object' || value === null) return value;
    const ancestor = ancestors.lastIndexOf(value);
    if (ancestor >= 0) return ancestorCopies[ancestor];
    if (path.length > MAX_DEPTH) {
      report(`is nested too deeply (more than ${MAX_DEPTH} levels)`);
      return undefined;
    }
    const copy: unknown[] | Record<string, unknown> = Array.isArray(value)
      ? []
      : {};
    ancestors.push(value);
    ancestorCopies.push(copy);
    if (Array.isArray(copy)) readArray(value as unknown[], copy);
    else readRecord(value, copy);
    ancestors.pop();
    ancestorCopies.pop();
    return copy;
  }

  function readArray(value: unknown[], copy: unknown[]) {
    const length = value.length;
    for (let i = 0; i < length; i++) {
      path.push(i);
      copy.push(read(ownValue(value, String(i))));
      path.pop();
    }
  }

  function readRecord(value: object, copy: Record<string, unknown>) {
    for (const key of Object.keys(value)) {
      path.push(key);
      let child: unknown = CREDENTIAL_PLACEHOLDER;
      if (isSecretKey(key)) {
        // The problem at the key covers its content, which is not read.
        report(INLINE_SECRET_FIELD_MESSAGE);
      } else {
        child = read(ownValue(value, key));
      }
      if (key === '__proto__') {
        // Stays a data property instead of becoming the copy's prototype.
        Object.defineProperty(copy, key, {
          value: child,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      } else {
        copy[key] = child;
      }
      path.pop();
    }
  }

  return { data: read(input), problems };
}
