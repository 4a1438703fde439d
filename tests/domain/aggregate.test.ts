import { describe, expect, it } from 'vitest';
import { aggregate } from '../../src/domain/aggregate';

describe('aggregate', () => {
  it('sums hectares', () => {
    expect(aggregate([{ value: 339 }, { value: 1829 }], 'sum')).toEqual({
      kind: 'value',
      value: 2168,
      members: 2,
    });
  });
  it('a member that was not yet a district contributes nothing (its land was in the parent)', () => {
    expect(aggregate([{ value: 2168 }, { value: null, missing: 'notYetDistrict' }], 'sum')).toEqual(
      {
        kind: 'value',
        value: 2168,
        members: 1,
      },
    );
  });
  it('a member with no data makes the aggregate missing, never a partial sum', () => {
    expect(aggregate([{ value: 10 }, { value: null, missing: 'noData' }], 'sum')).toEqual({
      kind: 'missing',
      missing: 'noData',
    });
  });
  it('no members at all is "no data", not 0', () => {
    expect(aggregate([], 'sum')).toEqual({ kind: 'missing', missing: 'noData' });
  });
  it('weights rates by population: (50 % × 1000 + 20 % × 3000) / 4000 = 27.5 %', () => {
    const result = aggregate(
      [
        { value: 50, weight: 1000 },
        { value: 20, weight: 3000 },
      ],
      'populationWeightedMean',
    );
    expect(result).toEqual({ kind: 'value', value: 27.5, members: 2 });
  });
  it('a rate without a population weight cannot be averaged honestly', () => {
    expect(
      aggregate(
        [
          { value: 50, weight: 1000 },
          { value: 20, weight: null },
        ],
        'populationWeightedMean',
      ).kind,
    ).toBe('missing');
  });
});
