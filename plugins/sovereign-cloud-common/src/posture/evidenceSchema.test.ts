import fc from 'fast-check';
import {
  arrayOf,
  bool,
  Check,
  nullable,
  num,
  objectOf,
  oneOf,
  optional,
  str,
} from './check';
import {
  checkNode,
  checkNodeFully,
  evidenceOf,
  evidenceOfFully,
  isPlainValidNode,
} from './evidenceSchema';

/*
 * The validator runs leaf checks inline and has fast paths for nodes and
 * evidence wrappers. These tests pin that every path gives the same answer
 * (valid, or the same reason at the same field) as the plain checks.
 */

const failureOf = (check: Check, value: unknown) => {
  const failure = check(value);
  return failure && { reason: failure.reason, path: [...failure.path] };
};

// Values valid for some node fields and invalid for others.
const anyValue = fc.oneof(
  fc.constantFrom(
    undefined,
    null,
    '',
    'n',
    'worker',
    'control-plane',
    'ionos',
    'DE',
    'de',
    'D',
    'DEU',
    'D1',
    true,
    false,
    0,
    1,
    -1,
    1.5,
    3,
    NaN,
    Infinity,
    -Infinity,
    [],
    {},
  ),
  fc.string({ maxLength: 3 }),
  fc.double(),
  fc.integer({ min: -5, max: 200 }),
);

// Mostly valid, sometimes anything.
const field = <T>(valid: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: valid, weight: 6 }, { arbitrary: anyValue, weight: 1 });

const nodeLike = fc.record(
  {
    name: field(fc.constant('n')),
    role: field(fc.constantFrom('worker', 'control-plane')),
    provider: field(fc.constant('ionos')),
    location: field(fc.constant('de/fra')),
    country: field(fc.constantFrom('DE', 'FR')),
    vcpu: field(fc.constantFrom(0, 4, 0.5)),
    count: field(fc.integer({ min: 1, max: 5 })),
    gpus: field(fc.integer({ min: 0, max: 2 })),
    confidentialComputing: field(fc.boolean()),
  },
  { requiredKeys: ['name', 'role', 'provider', 'vcpu'] },
);

describe('node checks', () => {
  it('the fast path only accepts nodes the field checks accept', () => {
    let accepted = 0;
    fc.assert(
      fc.property(nodeLike, node => {
        const fast = isPlainValidNode(node);
        if (fast) accepted++;
        // Fast path taken ⇒ the field checks accept the node too.
        expect(!fast || checkNodeFully(node) === undefined).toBe(true);
        expect(failureOf(checkNode, node)).toEqual(
          failureOf(checkNodeFully, node),
        );
      }),
      { seed: 42, numRuns: 3000 },
    );
    expect(accepted).toBeGreaterThan(50);
  });

  it('takes the fast path for plain valid nodes', () => {
    const node = {
      name: 'w-1',
      role: 'worker',
      provider: 'ionos',
      location: 'de/fra',
      country: 'DE',
      vcpu: 8,
      count: 3,
      gpus: 0,
      confidentialComputing: false,
    };
    expect(isPlainValidNode(node)).toBe(true);
    expect(isPlainValidNode({ ...node, country: 'de' })).toBe(false);
    expect(isPlainValidNode(Object.assign([], node))).toBe(false);
    expect(failureOf(checkNode, { ...node, vcpu: -1 })).toEqual({
      reason: 'must be ≥ 0 (got -1)',
      path: ['vcpu'],
    });
    expect(failureOf(checkNode, Object.assign([], node))).toEqual({
      reason: 'expected object, received array',
      path: [],
    });
  });
});

describe('evidence checks', () => {
  const value = arrayOf(objectOf({ host: str(1), pods: num({ min: 0 }) }));
  const fast = evidenceOf(value);
  const full = evidenceOfFully(value);
  const evidenceLike = fc.record(
    {
      value: fc.oneof(
        fc.constant([{ host: 'quay.io', pods: 3 }]),
        fc.constant([{ host: '', pods: 3 }]),
        anyValue,
      ),
      provenance: fc.oneof(
        fc.constantFrom('observed', 'catalog', 'declared', 'unknown'),
        anyValue,
      ),
      source: anyValue,
      declaredValue: fc.oneof(fc.constant([]), anyValue),
      note: anyValue,
    },
    { requiredKeys: [] },
  );

  it('gives the same answer as the field-by-field check', () => {
    fc.assert(
      fc.property(fc.oneof(evidenceLike, anyValue), evidence => {
        expect(failureOf(fast, evidence)).toEqual(failureOf(full, evidence));
      }),
      { seed: 42, numRuns: 3000 },
    );
  });
});

describe('inline leaf checks', () => {
  it('report the same reason and path as when run on their own', () => {
    const leaves: Array<[Check, unknown]> = [
      [str(1), ''],
      [str(), 3],
      [bool, 'yes'],
      [num({ min: 0, max: 1 }), 2],
      [num({ int: true }), 1.5],
      [num(), NaN],
      [oneOf(['a', 'b']), 'c'],
      [optional(str()), null],
      [nullable(bool), undefined],
      [optional(nullable(num({ min: 1 }))), 0],
    ];
    for (const [leaf, bad] of leaves) {
      const alone = failureOf(leaf, bad);
      expect(alone).toBeDefined();
      expect(failureOf(objectOf({ field: leaf }), { field: bad })).toEqual({
        reason: alone!.reason,
        path: ['field'],
      });
      expect(failureOf(arrayOf(leaf), [bad])).toEqual({
        reason: alone!.reason,
        path: [0],
      });
    }
    expect(failureOf(optional(str()), undefined)).toBeUndefined();
    expect(failureOf(nullable(str()), null)).toBeUndefined();
    expect(failureOf(oneOf(['a', 'b']), 'c')?.reason).toBe(
      `expected one of 'a', 'b', received "c"`,
    );
  });
});
