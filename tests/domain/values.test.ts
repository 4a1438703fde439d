import { describe, expect, it } from 'vitest';
import { pickNearest, type Tolerance } from '../../src/domain/values';

const poverty = [
  { y: 2007, v: 70.1 },
  { y: 2013, v: 55.2 },
  { y: 2018, v: 41.3 },
];
const pick = (year: number, tolerance: Tolerance) =>
  pickNearest(poverty, (o) => o.y, year, tolerance)?.y ?? null;
const fiveYears: Tolerance = { kind: 'nearestEarlier', maxYears: 5 };

describe('tolerance (pickNearest)', () => {
  it('exact: a year without a value has none', () => {
    expect(pick(2016, { kind: 'exact' })).toBeNull();
    expect(pick(2013, { kind: 'exact' })).toBe(2013);
  });
  it('nearestEarlier within 5 years: 2020 shows the 2018 map', () => {
    expect(pick(2020, fiveYears)).toBe(2018);
  });
  it('nearestEarlier never looks forward: 2012 shows 2007, not 2013', () => {
    expect(pick(2012, fiveYears)).toBe(2007);
    expect(pick(2006, fiveYears)).toBeNull();
  });
  it('nearestEarlier beyond the window is "no data": 2024 is 6 years after 2018', () => {
    expect(pick(2024, fiveYears)).toBeNull();
    expect(pick(2023, fiveYears)).toBe(2018);
  });
  it('the exact year wins over an earlier one, whatever the order of the items', () => {
    expect(pick(2018, fiveYears)).toBe(2018);
    const shuffled = [poverty[2], poverty[0], poverty[1]].filter((o) => o !== undefined);
    expect(pickNearest(shuffled, (o) => o.y, 2016, fiveYears)?.y).toBe(2013);
  });
});
