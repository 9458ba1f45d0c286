import { parseQuantity } from './parseQuantity';

describe('parseQuantity', () => {
  it.each([
    ['4', 4],
    ['3920m', 3.92],
    ['1.5', 1.5],
    ['250m', 0.25],
    ['1Ki', 1024],
    ['2k', 2000],
    ['1e3', 1000],
    ['500000u', 0.5],
  ])('reads %s as %d', (text, expected) => {
    expect(parseQuantity(text)).toBeCloseTo(expected, 9);
  });

  it.each(['', 'four', '3 cores', '1.2.3', undefined, null, {}])(
    'refuses %p',
    value => {
      expect(parseQuantity(value)).toBeUndefined();
    },
  );
});
