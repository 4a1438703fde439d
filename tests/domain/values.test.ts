import { describe, expect, it } from 'vitest';
import {
  pickObservation,
  resolveValue,
  yearOffset,
  type Observation,
} from '../../src/domain/values';

const poverty: Observation[] = [
  { year: 2007, value: 70.1 },
  { year: 2013, value: 55.2 },
  { year: 2018, value: 41.3, ci: [35.1, 47.5] },
];

describe('tolerance', () => {
  it('exact: a year without a value has none', () => {
    expect(pickObservation(poverty, 2016, { kind: 'exact' })).toBeNull();
    expect(pickObservation(poverty, 2013, { kind: 'exact' })?.value).toBe(55.2);
  });
  it('nearestEarlier within 5 years: 2020 shows the 2018 map, flagged as 2 years off', () => {
    const value = resolveValue(poverty, 2020, { kind: 'nearestEarlier', maxYears: 5 });
    expect(value).toEqual({
      kind: 'value',
      value: 41.3,
      year: 2018,
      requestedYear: 2020,
      ci: [35.1, 47.5],
    });
    expect(yearOffset(value)).toBe(2);
  });
  it('nearestEarlier never looks forward: 2012 shows 2007, not 2013', () => {
    expect(pickObservation(poverty, 2012, { kind: 'nearestEarlier', maxYears: 5 })?.year).toBe(
      2007,
    );
  });
  it('nearestEarlier beyond the window is "no data": 2024 is 6 years after 2018', () => {
    expect(resolveValue(poverty, 2024, { kind: 'nearestEarlier', maxYears: 5 })).toEqual({
      kind: 'missing',
      missing: 'noData',
      requestedYear: 2024,
    });
  });
  it('the exact year wins over an earlier one', () => {
    expect(pickObservation(poverty, 2018, { kind: 'nearestEarlier', maxYears: 5 })?.year).toBe(
      2018,
    );
  });
});
