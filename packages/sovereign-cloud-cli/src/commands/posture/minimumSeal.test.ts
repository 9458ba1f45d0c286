import { parseMinimumSeal } from './minimumSeal';

describe('parseMinimumSeal', () => {
  it.each([
    ['0', 0],
    ['2', 2],
    ['SEAL-3', 3],
    ['seal-4', 4],
  ])('reads %s', (value, level) => {
    expect(parseMinimumSeal(value)).toBe(level);
  });

  it.each(['5', '-1', '2.5', 'SEAL-', 'two', ''])('rejects %j', value => {
    expect(() => parseMinimumSeal(value)).toThrow(
      `--min-seal: expected a level from 0 to 4 (or SEAL-0 … SEAL-4), got '${value}'`,
    );
  });
});
