import fc from 'fast-check';
import { fitGrowthPerDay } from './fitGrowth';

const day = 86_400_000;

describe('fitGrowthPerDay', () => {
  it('recovers the slope of a straight line, whatever its offset', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.integer({ min: 0, max: 1e15 }),
        fc.integer({ min: 2, max: 50 }),
        (perDay, offset, n) => {
          const start = Date.UTC(2026, 0, 1);
          const points = Array.from({ length: n }, (_, i) => ({
            at: start + i * 3_600_000,
            value: offset + (perDay * i) / 24,
          }));
          const slope = fitGrowthPerDay(points, 3600)!;
          expect(Math.abs(slope - perDay)).toBeLessThanOrEqual(
            Math.abs(perDay) * 1e-6 + 1e-3 * Math.max(1, offset / 1e9),
          );
        },
      ),
      { seed: 7, numRuns: 200 },
    );
  });

  it('gives no growth for too little history', () => {
    const start = Date.UTC(2026, 0, 1);
    expect(fitGrowthPerDay([{ at: start, value: 1 }], 3600)).toBeUndefined();
    expect(
      fitGrowthPerDay(
        [
          { at: start, value: 1 },
          { at: start + 60_000, value: 5 },
        ],
        3600,
      ),
    ).toBeUndefined();
    expect(
      fitGrowthPerDay(
        [
          { at: start, value: 1 },
          { at: start + day, value: 5 },
        ],
        3600,
      ),
    ).toBeCloseTo(4);
  });
});
