import { mutate } from '../testing/mutate';
import {
  assertValidSovereignCluster,
  validateSovereignCluster,
} from '../validation/validateEntities';
import { formatValidationProblem } from '../validation/ValidationProblem';
import { exampleSovereignCluster } from './examples';
import {
  INLINE_SECRET_FIELD_MESSAGE,
  INLINE_SECRET_VALUE_MESSAGE,
} from './inlineSecrets';
import { CREDENTIAL_PLACEHOLDER, readDocument } from './readDocument';

const messages = (input: unknown) =>
  validateSovereignCluster(input).problems.map(formatValidationProblem);

describe('readDocument', () => {
  it('copies own data only: inherited properties are invisible', () => {
    const inherited = Object.create({ a: 'from prototype' });
    inherited.b = 1;
    expect(readDocument(inherited).data).toEqual({ b: 1 });
  });

  it('keeps a __proto__ key as data', () => {
    const input = JSON.parse('{"__proto__": {"polluted": true}}');
    const { data } = readDocument(input);
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.keys(data as object)).toEqual(['__proto__']);
  });

  it('reports credential keys and values with their paths, and leaves them out of the copy', () => {
    const { data, problems } = readDocument({
      labels: { ok: '', token: 'x' },
      list: ['-----BEGIN PRIVATE KEY-----'],
    });
    expect(problems).toEqual([
      { path: ['labels', 'token'], message: INLINE_SECRET_FIELD_MESSAGE },
      { path: ['list', 0], message: expect.stringContaining('credential') },
    ]);
    expect(data).toEqual({
      labels: { ok: '', token: CREDENTIAL_PLACEHOLDER },
      list: [CREDENTIAL_PLACEHOLDER],
    });
  });
});

describe('the validators on hostile input', () => {
  it('treat undefined own properties as absent and ignore inherited ones', () => {
    const inherited = mutate(exampleSovereignCluster, c => {
      c.spec = Object.create(c.spec);
    });
    expect(messages(inherited)).toContain('spec.owner: is required');
    expect(
      messages(
        mutate(exampleSovereignCluster, c => {
          c.spec.storage = undefined;
        }),
      ),
    ).toEqual([]);
  });

  it('never run getters', () => {
    const hostile = mutate(exampleSovereignCluster, c => {
      Object.defineProperty(c.spec, 'owner', {
        enumerable: true,
        get() {
          throw new Error('boom');
        },
      });
    });
    expect(messages(hostile)).toEqual(['spec.owner: is required']);
  });

  it('never quote a credential, not even in a rule that lists values', () => {
    const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJzeXN0ZW0ifQ.c2lnbmF0dXJl';
    const leaky = mutate(exampleSovereignCluster, c => {
      c.metadata.name = jwt;
      c.spec.locations = [jwt];
    });
    const result = messages(leaky);
    expect(result).toEqual([
      `metadata.name: ${INLINE_SECRET_VALUE_MESSAGE}`,
      `spec.locations[0]: ${INLINE_SECRET_VALUE_MESSAGE}`,
    ]);
    expect(() => assertValidSovereignCluster(leaky)).toThrow(
      /^Invalid SovereignCluster, 2 problems/,
    );
  });

  it('check record keys and reject credential keys', () => {
    const labelled = mutate(exampleSovereignCluster, c => {
      c.metadata.labels = { ok: '', token: 'x' };
    });
    expect(messages(labelled)).toEqual([
      `metadata.labels.token: ${INLINE_SECRET_FIELD_MESSAGE}`,
    ]);
  });

  it('reject non-safe integers and infinities', () => {
    const count = (value: number) =>
      messages(
        mutate(exampleSovereignCluster, c => {
          c.spec.nodePools[0].count = value;
        }),
      );
    expect(count(2 ** 60)).toEqual([
      `spec.nodePools[0].count: must be a positive integer, got ${2 ** 60}`,
    ]);
    // JSON cannot carry Infinity, so set it after the copy.
    const infinite: any = mutate(exampleSovereignCluster, () => {});
    infinite.spec.nodePools[0].count = Number.POSITIVE_INFINITY;
    expect(messages(infinite)).toEqual([
      'spec.nodePools[0].count: must be a positive integer, got Infinity',
    ]);
  });
});
