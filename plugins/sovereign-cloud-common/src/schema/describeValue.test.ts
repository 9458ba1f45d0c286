import { describeValue, listAlternatives } from './describeValue';

describe('describeValue', () => {
  it.each([
    [null, 'null'],
    [undefined, 'nothing'],
    [2.5, '2.5'],
    [Number.NaN, 'NaN'],
    [true, 'true'],
    ['x', '"x"'],
    [[], 'an array'],
    [{}, 'an object'],
    [Object.create(null), 'an object'],
    [Symbol('s'), 'a symbol'],
    [BigInt(1), 'a bigint'],
    [() => 1, 'a function'],
  ])('describes %p as %s', (value, text) => {
    expect(describeValue(value)).toBe(text);
  });

  it('cuts long strings', () => {
    expect(describeValue('x'.repeat(100))).toBe(`"${'x'.repeat(60)}…"`);
  });
});

describe('listAlternatives', () => {
  it('joins with commas and a final or', () => {
    expect(listAlternatives(['a'])).toBe('a');
    expect(listAlternatives(['a', 'b', 'c'])).toBe('a, b or c');
  });
});
