import { describe, expect, it } from 'vitest';
import type { DistrictObservation } from '../../src/data/indicatorSchemas';
import { buildChoropleth, indicatorYears } from '../../src/domain/choropleth';
import type { IndicatorValues } from '../../src/domain/districtValues';
import type { District } from '../../src/domain/districts';
import { indicatorById, INDICATORS } from '../../src/domain/indicatorRegistry';
import { MISSING_COLOURS, paletteColours } from '../../src/domain/palettes';
import { makeDistrict } from '../fixtures/district';

function district(ubigeo: string, extra: Partial<District> = {}): District {
  return makeDistrict({
    ubigeo,
    province: 'P',
    department: 'D',
    areaKm2: 1,
    labelPoint: [0, 0],
    bbox: [0, 0, 1, 1],
    population2017: 100,
    ...extra,
  });
}
const obs = (y: number, v: number): DistrictObservation => ({ y, v, s: 'src' });

const districts = ['000001', '000002', '000003', '000004', '000005', '000006'].map((u) =>
  district(u),
);
const poverty: IndicatorValues = {
  coverage: new Set(['000001', '000002', '000003', '000004', '000005']),
  values: new Map([
    ['000001', [obs(2018, 10)]],
    ['000002', [obs(2018, 20)]],
    ['000003', [obs(2018, 30), obs(2013, 44)]],
    ['000004', [obs(2018, 70)]],
    ['000005', []],
  ]),
};

describe('buildChoropleth', () => {
  const base = {
    indicator: indicatorById('poverty_total_pct'),
    values: poverty,
    districts,
    starts: new Map(),
    classification: { method: 'quantile' as const, classes: 3, manualBreaks: [] },
  };

  it('counts every district once: in a class or in its missing kind', () => {
    const map = buildChoropleth({ ...base, year: 2018 });
    expect(map.bins.reduce((s, b) => s + b.count, 0)).toBe(4);
    expect(map.missing).toEqual({ noData: 1, notYetDistrict: 0, outsideCoverage: 1 });
    expect(map.byUbigeo.size).toBe(6);
  });

  it('colours missing kinds with their own swatch, never the lowest class', () => {
    const map = buildChoropleth({ ...base, year: 2018 });
    expect(map.byUbigeo.get('000005')?.colour).toBe(MISSING_COLOURS.noData);
    expect(map.byUbigeo.get('000006')?.colour).toBe(MISSING_COLOURS.outsideCoverage);
    const lowest = map.bins[0]?.colour;
    expect(Object.values(MISSING_COLOURS)).not.toContain(lowest);
  });

  it('manual breaks 25 and 50 put 10 and 20 low, 30 middle, 70 high', () => {
    const map = buildChoropleth({
      ...base,
      year: 2018,
      classification: { method: 'manual', classes: 3, manualBreaks: [25, 50] },
    });
    expect(['000001', '000002', '000003', '000004'].map((u) => map.byUbigeo.get(u)?.bin)).toEqual([
      0, 0, 1, 2,
    ]);
    expect(map.bins.map((b) => [b.min, b.max, b.count])).toEqual([
      [10, 20, 2],
      [30, 30, 1],
      [70, 70, 1],
    ]);
  });

  it('a year with no value at all has no classes, only its gaps (no "(empty class)" row)', () => {
    const map = buildChoropleth({ ...base, year: 2000 });
    expect(map.bins).toEqual([]);
    expect(map.missing).toEqual({ noData: 5, notYetDistrict: 0, outsideCoverage: 1 });
    // With manual breaks too: classes nobody is in, in a year nobody has a value.
    const manual = buildChoropleth({
      ...base,
      year: 2000,
      classification: { method: 'manual', classes: 3, manualBreaks: [25, 50] },
    });
    expect(manual.bins).toEqual([]);
  });

  it('2020 is drawn from the 2018 map and says so', () => {
    const map = buildChoropleth({ ...base, year: 2020 });
    expect(map.notice).toEqual({ requestedYear: 2020, shownYears: [2018], districts: 4 });
  });

  it('no notice when every value is from the requested year', () => {
    expect(buildChoropleth({ ...base, year: 2018 }).notice).toBeNull();
  });

  it('a district created in 2015 is "not yet a district" for 2013 coca, whatever the source printed', () => {
    const coca: IndicatorValues = {
      coverage: new Set(['120609']),
      values: new Map([['120609', [obs(2013, 0), obs(2015, 2169)]]]),
    };
    const map = buildChoropleth({
      ...base,
      indicator: indicatorById('coca_ha'),
      values: coca,
      districts: [district('120609', { existsIn2007: false })],
      starts: new Map([['120609', { firstYear: 2015, basis: 'reportedDate' as const }]]),
      year: 2013,
    });
    expect(map.missing.notYetDistrict).toBe(1);
    expect(map.byUbigeo.get('120609')?.colour).toBe(MISSING_COLOURS.notYetDistrict);
  });
});

describe('palettes', () => {
  it('every registry palette gives k distinct colours for 3..9 classes', () => {
    for (const def of INDICATORS) {
      for (let k = 3; k <= 9; k++) {
        const colours = paletteColours(def.palette, k);
        expect(colours, `${def.id} k=${k}`).toHaveLength(k);
        expect(new Set(colours).size).toBe(k);
      }
    }
  });
  it('the three missing swatches differ from each other', () => {
    expect(new Set(Object.values(MISSING_COLOURS)).size).toBe(3);
  });
});

describe('indicatorYears', () => {
  it('lists the years with any value, ascending', () => {
    expect(indicatorYears(poverty)).toEqual([2013, 2018]);
  });
});

describe('registry', () => {
  it('every indicator has labels, units and caveats in both languages', () => {
    for (const def of INDICATORS) {
      for (const text of [def.label, def.unit, def.caveat]) {
        expect(text.es.trim(), def.id).not.toBe('');
        expect(text.en.trim(), def.id).not.toBe('');
      }
    }
  });
});

describe('palette colours', () => {
  it('every palette colour is #rrggbb (deck.gl colours are parsed from it)', () => {
    for (const def of INDICATORS) {
      for (const c of paletteColours(def.palette, 5)) expect(c).toMatch(/^#[0-9a-f]{6}$/);
    }
  });
});

describe('rankAmong', () => {
  it('ranks from the highest value, ties sharing a rank, over districts with a value', async () => {
    const { rankAmong } = await import('../../src/domain/choropleth');
    const map = buildChoropleth({
      indicator: indicatorById('poverty_total_pct'),
      values: poverty,
      districts,
      starts: new Map(),
      year: 2018,
      classification: { method: 'quantile', classes: 3, manualBreaks: [] },
    });
    const all = districts.map((d) => d.ubigeo);
    expect(rankAmong(map, all, '000004')).toEqual({ rank: 1, of: 4 });
    expect(rankAmong(map, all, '000001')).toEqual({ rank: 4, of: 4 });
    expect(rankAmong(map, all, '000005')).toBeNull();
  });
});
