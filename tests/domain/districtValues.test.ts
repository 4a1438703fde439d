import { describe, expect, it } from 'vitest';
import type { DistrictObservation } from '../../src/data/indicatorSchemas';
import type { District } from '../../src/domain/districts';
import {
  isNotYetDistrict,
  resolveDistrictValue,
  type IndicatorValues,
} from '../../src/domain/districtValues';
import { makeDistrict } from '../fixtures/district';

const district = (overrides: Partial<District> & Pick<District, 'ubigeo' | 'name'>): District =>
  makeDistrict(overrides);

const pangoa = district({ ubigeo: '120606', name: 'Pangoa' });
const vizcatan = district({
  ubigeo: '120609',
  name: 'Vizcatán del Ene',
  existsIn2007: false,
  lineage: {
    parent2007: { ubigeo: '120606', name: 'PANGOA', shareOfArea: 0.98 },
    parents2007: [{ ubigeo: '120606', name: 'PANGOA', shareOfArea: 0.98 }],
    stated: null,
  },
});
const putis = district({
  ubigeo: '050413',
  name: 'Putis',
  existsIn2007: false,
  existsIn2017: false,
  population2017: null,
  lineage: {
    parent2007: { ubigeo: '050406', name: 'SANTILLANA', shareOfArea: 0.9 },
    parents2007: [{ ubigeo: '050406', name: 'SANTILLANA', shareOfArea: 0.9 }],
    stated: null,
  },
});
const abancay = district({ ubigeo: '030101', name: 'Abancay', vraem: false });

const obs = (
  y: number,
  v: number,
  extra: Partial<DistrictObservation> = {},
): DistrictObservation => ({
  y,
  v,
  s: 'src',
  ...extra,
});

// Coca as the secondary compilation publishes it: Vizcatán del Ene shows 0 before it existed.
const coca: IndicatorValues = {
  coverage: new Set(['120606', '120609']),
  values: new Map([
    ['120606', [obs(2013, 2100), obs(2014, 2168), obs(2015, 339)]],
    ['120609', [obs(2013, 0), obs(2014, 0), obs(2015, 2169)]],
  ]),
};
const vizcatanStart = { firstYear: 2015, basis: 'reportedDate' as const };

const poverty: IndicatorValues = {
  coverage: new Set(['120606', '120609', '050406', '030101']),
  values: new Map([
    ['050406', [obs(2018, 61.2, { lo: 55, hi: 67.4 })]],
    ['120606', [obs(2018, 40.1, { lo: 35, hi: 45.2 })]],
  ]),
};

describe('resolveDistrictValue', () => {
  it('a district created in 2015 is "not yet a district" for 2013 coca, not the published 0', () => {
    const value = resolveDistrictValue(coca, vizcatan, vizcatanStart, 2013, { kind: 'exact' });
    expect(value.kind).toBe('missing');
    if (value.kind === 'missing') {
      expect(value.missing).toBe('notYetDistrict');
      expect(value.parent).toEqual({
        ubigeo: '120606',
        value: expect.objectContaining({ value: 2100, year: 2013 }),
      });
    }
  });

  it('from its first year the district has its own value', () => {
    expect(
      resolveDistrictValue(coca, vizcatan, vizcatanStart, 2015, { kind: 'exact' }),
    ).toMatchObject({
      kind: 'value',
      value: 2169,
      year: 2015,
    });
  });

  it('a district the source does not cover is "outside coverage", not "no data"', () => {
    expect(resolveDistrictValue(coca, abancay, undefined, 2015, { kind: 'exact' })).toMatchObject({
      kind: 'missing',
      missing: 'outsideCoverage',
    });
  });

  it('a covered district without a value that year is "no data"', () => {
    expect(resolveDistrictValue(coca, pangoa, undefined, 2016, { kind: 'exact' })).toMatchObject({
      kind: 'missing',
      missing: 'noData',
    });
  });

  it('poverty 2020 shows the 2018 map with its interval, flagged by its year', () => {
    expect(
      resolveDistrictValue(poverty, pangoa, undefined, 2020, {
        kind: 'nearestEarlier',
        maxYears: 5,
      }),
    ).toEqual({
      kind: 'value',
      value: 40.1,
      year: 2018,
      requestedYear: 2020,
      ci: [35, 45.2],
      source: 'src',
      flags: [],
    });
  });

  it("a district created after 2017 has no 2018 poverty of its own: it shows its parent's value, marked", () => {
    const value = resolveDistrictValue(poverty, putis, undefined, 2018, {
      kind: 'nearestEarlier',
      maxYears: 5,
    });
    expect(value).toMatchObject({
      kind: 'missing',
      missing: 'notYetDistrict',
      parent: { ubigeo: '050406', value: { value: 61.2, ci: [55, 67.4] } },
    });
  });
});

describe('isNotYetDistrict', () => {
  it('uses the known first year when there is one', () => {
    expect(isNotYetDistrict(vizcatan, vizcatanStart, 2014)).toBe(true);
    expect(isNotYetDistrict(vizcatan, vizcatanStart, 2015)).toBe(false);
  });
  it('without a date, absence from the 2007 limits only proves it for 2007 and before', () => {
    expect(isNotYetDistrict(vizcatan, undefined, 2007)).toBe(true);
    expect(isNotYetDistrict(vizcatan, undefined, 2008)).toBe(false);
  });
  it('absence from the 2017 census proves it for 2017 and before', () => {
    expect(isNotYetDistrict(putis, undefined, 2017)).toBe(true);
    expect(isNotYetDistrict(putis, undefined, 2018)).toBe(false);
  });
});
