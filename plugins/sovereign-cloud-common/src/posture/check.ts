/*
 * A minimal, allocation-free validator for the engine's input. The engine
 * validates every cluster on every assessment (10,000 per fleet, ~50 nodes
 * each), so it checks values in place instead of building a parsed copy as
 * zod does; the path of a failure is only assembled when there is one.
 *
 * Leaf checks (strings, numbers, enums…) also carry a descriptor, so that
 * `objectOf` and `arrayOf` run them inline instead of through one closure
 * call per field: that call is most of the cost of validating a node.
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

type Leaf =
  | { kind: 'string'; min: number }
  | { kind: 'boolean' }
  | { kind: 'number'; min?: number; max?: number; int?: boolean }
  | { kind: 'pattern'; re: RegExp; label: string }
  | { kind: 'oneOf'; values: readonly string[]; allowed: ReadonlySet<string> };

/** A leaf check, possibly allowing `undefined` and/or `null`. */
type Inline = { leaf: Leaf; optional: boolean; nullable: boolean };

const INLINE = new WeakMap<Check, Inline>();

const fail = (reason: string) => new CheckFailure(reason);
function describeValue(v: unknown): string {
  if (v === null) return 'null';
  return Array.isArray(v) ? 'array' : typeof v;
}

function checkLeaf(leaf: Leaf, v: unknown): CheckFailure | undefined {
  switch (leaf.kind) {
    case 'string':
      if (typeof v !== 'string') {
        return fail(`expected string, received ${describeValue(v)}`);
      }
      return v.length < leaf.min ? fail('must not be empty') : undefined;
    case 'boolean':
      return typeof v === 'boolean'
        ? undefined
        : fail(`expected boolean, received ${describeValue(v)}`);
    case 'number':
      if (typeof v !== 'number' || !Number.isFinite(v)) {
        return fail(`expected a finite number, received ${describeValue(v)}`);
      }
      if (leaf.int && !Number.isInteger(v)) return fail('expected an integer');
      if (leaf.min !== undefined && v < leaf.min)
        return fail(`must be ≥ ${leaf.min} (got ${v})`);
      if (leaf.max !== undefined && v > leaf.max)
        return fail(`must be ≤ ${leaf.max} (got ${v})`);
      return undefined;
    case 'pattern':
      return typeof v === 'string' && leaf.re.test(v)
        ? undefined
        : fail(`expected ${leaf.label}`);
    default:
      return typeof v === 'string' && leaf.allowed.has(v)
        ? undefined
        : fail(
            `expected one of ${leaf.values
              .map(x => `'${x}'`)
              .join(', ')}, received ${JSON.stringify(v)}`,
          );
  }
}

function checkInline(c: Inline, v: unknown): CheckFailure | undefined {
  if (v === undefined && c.optional) return undefined;
  if (v === null && c.nullable) return undefined;
  return checkLeaf(c.leaf, v);
}

function inline(c: Inline): Check {
  const check: Check = v => checkInline(c, v);
  INLINE.set(check, c);
  return check;
}

const leaf = (l: Leaf) => inline({ leaf: l, optional: false, nullable: false });

export const str = (min = 0): Check => leaf({ kind: 'string', min });

export const bool: Check = leaf({ kind: 'boolean' });

export const num = (
  opts: { min?: number; max?: number; int?: boolean } = {},
): Check => leaf({ kind: 'number', ...opts });

export const pattern = (re: RegExp, label: string): Check =>
  leaf({ kind: 'pattern', re, label });

export const oneOf = (values: readonly string[]): Check =>
  leaf({ kind: 'oneOf', values, allowed: new Set(values) });

export const optional = (check: Check): Check => {
  const c = INLINE.get(check);
  if (c) return inline({ ...c, optional: true });
  return v => (v === undefined ? undefined : check(v));
};

export const nullable = (check: Check): Check => {
  const c = INLINE.get(check);
  if (c) return inline({ ...c, nullable: true });
  return v => (v === null ? undefined : check(v));
};

export const arrayOf = (check: Check): Check => {
  const c = INLINE.get(check);
  return v => {
    if (!Array.isArray(v))
      return fail(`expected array, received ${describeValue(v)}`);
    for (let i = 0; i < v.length; i++) {
      const failure = c ? checkInline(c, v[i]) : check(v[i]);
      if (failure) {
        failure.path.push(i);
        return failure;
      }
    }
    return undefined;
  };
};

/**
 * Checks the listed fields; other fields are ignored (and never read).
 * `accepts` is an optional fast path: a predicate that is only true for
 * values the field checks accept too.
 */
export const objectOf = (
  shape: Record<string, Check>,
  refine?: (v: any) => string | undefined,
  accepts?: (v: any) => boolean,
): Check => {
  const keys = Object.keys(shape);
  const checks = keys.map(key => shape[key]);
  const inlines = checks.map(check => INLINE.get(check));
  return v => {
    if (accepts?.(v)) return undefined;
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
      return fail(`expected object, received ${describeValue(v)}`);
    }
    for (let i = 0; i < keys.length; i++) {
      const value = (v as Record<string, unknown>)[keys[i]];
      const c = inlines[i];
      const failure = c ? checkInline(c, value) : checks[i](value);
      if (failure) {
        failure.path.push(keys[i]);
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
