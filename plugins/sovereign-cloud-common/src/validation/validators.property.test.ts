import { entityKindSchemaValidator } from '@backstage/catalog-model';
import fc from 'fast-check';
import { ionos } from '../providers/ionos';
import {
  exampleCloudProvider,
  exampleSovereignCluster,
} from '../schema/examples';
import {
  cloudProviderEntityV1alpha1Schema,
  sovereignClusterEntityV1alpha1Schema,
} from '../schema/kinds';
import { EntityValidationError } from './EntityValidationError';
import { INTERNAL_ERROR_MESSAGE } from './runChecks';
import {
  assertValidCloudProvider,
  assertValidSovereignCluster,
  validateCloudProvider,
  validateSovereignCluster,
} from './validateEntities';
import { EntityValidationResult } from './ValidationProblem';

/*
 * Property: whatever the input, the validators return a well-formed result
 * (or, for the asserting ones, throw EntityValidationError) and never hit an
 * internal error. Inputs: arbitrary values (including exotic objects) and
 * mutations of valid entities, 10,000 runs with a fixed seed.
 */

const SEED = 42;
const RUNS = 10_000;

type Path = (string | number)[];

function pathsOf(value: unknown, path: Path = []): Path[] {
  if (Array.isArray(value)) {
    return [path, ...value.flatMap((item, i) => pathsOf(item, [...path, i]))];
  }
  if (value && typeof value === 'object') {
    return [
      path,
      ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...path, k])),
    ];
  }
  return [path];
}

const interesting = fc.constantFrom<unknown>(
  null,
  '',
  ' ',
  -1,
  0,
  2.5,
  1e300,
  'x',
  [],
  {},
  'http://x',
  'https://user:pw@x',
  'de/fra',
  'cloudprovider:',
  'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJzeXN0ZW0ifQ.c2ln',
  '-----BEGIN PRIVATE KEY-----',
  '__proto__',
  'toString',
);

const jsonish = fc.oneof(interesting, fc.jsonValue({ maxDepth: 3 }));
const keyName = fc.oneof(
  fc.constantFrom(
    'token',
    'clientSecret',
    'kubeconfig',
    '__proto__',
    'constructor',
    'name',
    'x',
  ),
  fc.string({ maxLength: 8 }),
);

type Mutation =
  | { op: 'replace'; at: number; value: unknown }
  | { op: 'delete'; at: number }
  | { op: 'add'; at: number; key: string; value: unknown };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    op: fc.constant('replace' as const),
    at: fc.nat(),
    value: jsonish,
  }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({
    op: fc.constant('add' as const),
    at: fc.nat(),
    key: keyName,
    value: jsonish,
  }),
);

function applyMutations(document: unknown, mutations: Mutation[]): unknown {
  let copy = JSON.parse(JSON.stringify(document));
  for (const m of mutations) {
    const paths = pathsOf(copy);
    const path = paths[m.at % paths.length];
    if (path.length === 0) {
      if (m.op === 'replace') copy = m.value;
      continue;
    }
    const parent = path
      .slice(0, -1)
      .reduce((node: any, key) => node[key], copy);
    const key = path[path.length - 1];
    const target = parent[key];
    if (m.op === 'replace') parent[key] = m.value;
    else if (m.op === 'delete') {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
    } else if (target && typeof target === 'object' && !Array.isArray(target)) {
      Object.defineProperty(target, m.key, {
        value: m.value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } else if (Array.isArray(target)) {
      target.push(m.value);
    }
  }
  return copy;
}

const mutated = (document: unknown) =>
  fc
    .array(mutation, { minLength: 1, maxLength: 3 })
    .map(ms => applyMutations(document, ms));

const exotic = fc.anything({
  maxDepth: 4,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
});

const documents = fc.oneof(
  { weight: 2, arbitrary: exotic },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 5 }) },
  { weight: 5, arbitrary: mutated(exampleSovereignCluster) },
  { weight: 2, arbitrary: mutated(exampleCloudProvider) },
  { weight: 1, arbitrary: mutated(ionos) },
);

// Plain checks rather than expect(): jest matchers cost more than the validators here.
function wellFormedProblems(problems: unknown): boolean {
  return (
    Array.isArray(problems) &&
    problems.every(
      problem =>
        typeof problem.path === 'string' &&
        typeof problem.message === 'string' &&
        problem.message !== INTERNAL_ERROR_MESSAGE,
    )
  );
}

function wellFormed(result: EntityValidationResult<unknown>): boolean {
  return (
    typeof result.valid === 'boolean' &&
    result.valid === (result.problems.length === 0) &&
    wellFormedProblems(result.problems)
  );
}

/**
 * The asserting validators wrap the plain ones: either they return, or they
 * throw an EntityValidationError with at least one well-formed problem.
 */
function throwsOnlyValidationErrors(
  assertValid: (input: unknown) => unknown,
  input: unknown,
) {
  try {
    assertValid(input);
    return true;
  } catch (error) {
    return (
      error instanceof EntityValidationError &&
      error.problems.length > 0 &&
      wellFormedProblems(error.problems)
    );
  }
}

describe('validators under random input', () => {
  it('return well-formed results and throw nothing but EntityValidationError', () => {
    const property = () =>
      fc.assert(
        fc.property(
          documents,
          input =>
            throwsOnlyValidationErrors(assertValidSovereignCluster, input) &&
            throwsOnlyValidationErrors(assertValidCloudProvider, input),
        ),
        { seed: SEED, numRuns: RUNS },
      );
    expect(property).not.toThrow();
  });

  it('are never looser than the JSON Schemas: what they accept, the schemas accept', () => {
    const clusterSchema = entityKindSchemaValidator(
      sovereignClusterEntityV1alpha1Schema,
    );
    const providerSchema = entityKindSchemaValidator(
      cloudProviderEntityV1alpha1Schema,
    );
    let accepted = 0;
    fc.assert(
      fc.property(
        // Small mutations keep many documents valid, which is where this property bites.
        fc.oneof(
          fc
            .array(mutation, { maxLength: 1 })
            .map(ms => applyMutations(exampleSovereignCluster, ms)),
          fc
            .array(mutation, { maxLength: 1 })
            .map(ms => applyMutations(exampleCloudProvider, ms)),
        ),
        input => {
          const cluster = validateSovereignCluster(input);
          const provider = validateCloudProvider(input);
          let agrees = wellFormed(cluster) && wellFormed(provider);
          if (cluster.valid) {
            accepted++;
            agrees = agrees && clusterSchema(input) === input;
          }
          if (provider.valid) {
            accepted++;
            agrees = agrees && providerSchema(input) === input;
          }
          return agrees;
        },
      ),
      { seed: SEED, numRuns: 2_000 },
    );
    expect(accepted).toBeGreaterThan(200);
  });

  it('turn hostile objects into a problem instead of an exception', () => {
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error('no keys for you');
        },
        getOwnPropertyDescriptor() {
          throw new Error('no descriptors either');
        },
      },
    );
    expect(validateSovereignCluster(hostile)).toEqual({
      valid: false,
      problems: [{ path: '<root>', message: INTERNAL_ERROR_MESSAGE }],
    });
    expect(() => assertValidSovereignCluster(hostile)).toThrow(
      EntityValidationError,
    );
  });

  it('survive cycles and very deep free-form metadata', () => {
    const cyclic: any = JSON.parse(JSON.stringify(exampleSovereignCluster));
    cyclic.metadata.self = cyclic.metadata;
    expect(validateSovereignCluster(cyclic).problems).toEqual([]);

    const deep: any = JSON.parse(JSON.stringify(exampleSovereignCluster));
    let node: any = (deep.metadata.extra = {});
    for (let i = 0; i < 10_000; i++) node = node.next = {};
    expect(validateSovereignCluster(deep).problems).toEqual([
      expect.objectContaining({
        message: 'is nested too deeply (more than 64 levels)',
      }),
    ]);
  });
});
