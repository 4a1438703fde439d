import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  binOf,
  computeBreaks,
  equalIntervalBreaks,
  jenksBreaks,
  manualBreaks,
  quantileBreaks,
} from '../../src/domain/classify';

describe('jenksBreaks (hand-computed fixtures)', () => {
  it('finds the three obvious clusters 1–3, 10–12, 30–32', () => {
    expect(jenksBreaks([10, 1, 31, 2, 12, 3, 30, 11, 32], 3)).toEqual([3, 12]);
  });
  it('isolates the outlier: [0,0,1,5,6 | 20] has SSE 33.2 against 115 for [..5 | 6, 20]', () => {
    expect(jenksBreaks([0, 0, 1, 5, 6, 20], 2)).toEqual([6]);
  });
  it('with more classes than distinct values, collapses instead of inventing breaks', () => {
    expect(jenksBreaks([5, 5, 5], 4)).toEqual([]);
    expect(jenksBreaks([1, 2], 5)).toEqual([1]);
  });
});

describe('quantileBreaks', () => {
  it('splits 1..9 into thirds at 3.67 and 6.33 (R-7 interpolation)', () => {
    const [a, b] = quantileBreaks([9, 8, 7, 6, 5, 4, 3, 2, 1], 3);
    expect(a).toBeCloseTo(3.6667, 4);
    expect(b).toBeCloseTo(6.3333, 4);
  });
  it('drops repeated breaks when many values are equal (e.g. many zero-coca districts)', () => {
    expect(quantileBreaks([0, 0, 0, 0, 0, 0, 0, 10, 20], 4)).toEqual([0]);
    expect(quantileBreaks([0, 0, 0, 0, 10, 20, 30, 40], 4)).toEqual([0, 5, 22.5]);
  });
  it('ignores NaN and infinities rather than classifying them', () => {
    expect(quantileBreaks([Number.NaN, 1, 2, 3, Infinity], 2)).toEqual([2]);
  });
});

describe('equalIntervalBreaks', () => {
  it('cuts 0..10 into quarters', () => {
    expect(equalIntervalBreaks([0, 3, 10], 4)).toEqual([2.5, 5, 7.5]);
  });
  it('has no breaks when all values are equal', () => {
    expect(equalIntervalBreaks([4, 4], 5)).toEqual([]);
  });
});

describe('manualBreaks', () => {
  it('sorts and de-duplicates what the user typed', () => {
    expect(manualBreaks([50, 10, 50, Number.NaN, 25])).toEqual([10, 25, 50]);
  });
});

describe('binOf', () => {
  it('upper bounds are inclusive: 3 is in the first class of [3, 12]', () => {
    expect(binOf(3, [3, 12])).toBe(0);
    expect(binOf(3.01, [3, 12])).toBe(1);
    expect(binOf(99, [3, 12])).toBe(2);
  });
});

describe('every method', () => {
  it('yields ascending breaks strictly inside the data range', () => {
    const values = fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), {
      minLength: 1,
      maxLength: 60,
    });
    fc.assert(
      fc.property(
        values,
        fc.integer({ min: 2, max: 9 }),
        fc.constantFrom('quantile', 'jenks', 'equalInterval'),
        (vs, k, method) => {
          const breaks = computeBreaks(method, vs, k);
          expect(breaks.length).toBeLessThanOrEqual(k - 1);
          for (let i = 1; i < breaks.length; i++)
            expect(breaks[i]).toBeGreaterThan(breaks[i - 1] as number);
          const min = Math.min(...vs);
          const max = Math.max(...vs);
          for (const b of breaks) {
            expect(b).toBeGreaterThanOrEqual(min);
            expect(b).toBeLessThan(max);
          }
        },
      ),
    );
  });
});
