/*
 * A minimal, allocation-free validator for the engine's input. The engine
 * validates every cluster on every assessment (10,000 per fleet), so it
 * checks values in place instead of building a parsed copy as zod does;
 * the path of a failure is only assembled when there is one.
 */

/** A failed check: the reason, and the path from the failing value outwards. */
export class CheckFailure {
  constructor(
    readonly reason: string,
    readonly path: Array<string | number> = [],
  ) {}
}

/** Returns nothing when valid, a failure otherwise. */
export type Check = (value: unknown) => CheckFailure | undefined;

const fail = (reason: string) => new CheckFailure(reason);
function describeValue(v: unknown): string {
  if (v === null) return 'null';
  return Array.isArray(v) ? 'array' : typeof v;
}

export const str =
  (min = 0): Check =>
  v => {
    if (typeof v !== 'string') {
      return fail(`expected string, received ${describeValue(v)}`);
    }
    return v.length < min ? fail('must not be empty') : undefined;
  };

export const bool: Check = v =>
  typeof v === 'boolean'
    ? undefined
    : fail(`expected boolean, received ${describeValue(v)}`);

export const num =
  (opts: { min?: number; max?: number; int?: boolean } = {}): Check =>
  v => {
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      return fail(`expected a finite number, received ${describeValue(v)}`);
    }
    if (opts.int && !Number.isInteger(v)) return fail('expected an integer');
    if (opts.min !== undefined && v < opts.min)
      return fail(`must be ≥ ${opts.min} (got ${v})`);
    if (opts.max !== undefined && v > opts.max)
      return fail(`must be ≤ ${opts.max} (got ${v})`);
    return undefined;
  };

export const pattern =
  (re: RegExp, label: string): Check =>
  v =>
    typeof v === 'string' && re.test(v) ? undefined : fail(`expected ${label}`);

export const oneOf = (values: readonly string[]): Check => {
  const allowed = new Set(values);
  return v =>
    typeof v === 'string' && allowed.has(v)
      ? undefined
      : fail(
          `expected one of ${values
            .map(x => `'${x}'`)
            .join(', ')}, received ${JSON.stringify(v)}`,
        );
};

export const optional =
  (check: Check): Check =>
  v =>
    v === undefined ? undefined : check(v);

export const nullable =
  (check: Check): Check =>
  v =>
    v === null ? undefined : check(v);

export const arrayOf =
  (check: Check): Check =>
  v => {
    if (!Array.isArray(v))
      return fail(`expected array, received ${describeValue(v)}`);
    for (let i = 0; i < v.length; i++) {
      const failure = check(v[i]);
      if (failure) {
        failure.path.push(i);
        return failure;
      }
    }
    return undefined;
  };

/** Checks the listed fields; other fields are ignored (and never read). */
export const objectOf = (
  shape: Record<string, Check>,
  refine?: (v: any) => string | undefined,
): Check => {
  const entries = Object.entries(shape);
  return v => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
      return fail(`expected object, received ${describeValue(v)}`);
    }
    for (const [key, check] of entries) {
      const failure = check((v as Record<string, unknown>)[key]);
      if (failure) {
        failure.path.push(key);
        return failure;
      }
    }
    const reason = refine?.(v);
    return reason ? fail(reason) : undefined;
  };
};

/** `a.b[0].c` from the path collected outwards. */
export function pathText(
  prefix: string,
  path: readonly (string | number)[],
): string {
  let out = prefix;
  for (let i = path.length - 1; i >= 0; i--) {
    const key = path[i];
    out += typeof key === 'number' ? `[${key}]` : `.${key}`;
  }
  return out;
}
