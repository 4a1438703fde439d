import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { districtsFileSchema } from '../../src/data/schemas';
import {
  adminUnits,
  applyFilter,
  DEFAULT_FILTER,
  isFilterActive,
  passesRange,
  type DistrictFilter,
  type FilterFacts,
} from '../../src/domain/filters';
import { makeDistrict } from '../fixtures/district';

const shipped = districtsFileSchema.parse(
  JSON.parse(readFileSync(new URL('../../data/districts.json', import.meta.url), 'utf8')),
).districts;

const filter = (patch: Partial<DistrictFilter>): DistrictFilter => ({
  ...DEFAULT_FILTER,
  ...patch,
});
const names = (f: DistrictFilter, facts: FilterFacts | null = null) =>
  applyFilter(f, shipped, facts)
    .districts.map((d) => d.name)
    .sort();

describe('filters on the shipped districts', () => {
  it('the default filter keeps the 79 VRAEM districts of today', () => {
    const result = applyFilter(DEFAULT_FILTER, shipped, null);
    expect(result.districts).toHaveLength(79);
    expect(result.universe).toBe(79);
    expect(isFilterActive(DEFAULT_FILTER)).toBe(false);
  });

  it('the 2017 membership is the 69 districts of the decree, without the 10 created since', () => {
    const result = applyFilter(filter({ membership: 'vraem2017' }), shipped, null);
    expect(result.universe).toBe(69);
    expect(result.districts.some((d) => d.name === 'Putis')).toBe(false);
  });

  it('"all" and "outside" split the 551 districts of the five departments', () => {
    expect(applyFilter(filter({ membership: 'all' }), shipped, null).universe).toBe(551);
    expect(applyFilter(filter({ membership: 'outside' }), shipped, null).universe).toBe(472);
  });

  it('a department keeps its VRAEM districts: Junín has 7 ("7 of 79")', () => {
    const result = applyFilter(filter({ departments: ['12'] }), shipped, null);
    expect(result.districts).toHaveLength(7);
    expect(result.universe).toBe(79);
  });

  it('a province narrows further: Satipo has Mazamari, Pangoa, Río Tambo, Vizcatán del Ene', () => {
    expect(names(filter({ provinces: ['1206'] }))).toEqual([
      'Mazamari',
      'Pangoa',
      'Río Tambo',
      'Vizcatán del Ene',
    ]);
  });

  it('name search ignores accents and case: "rio tambo" finds Río Tambo, the ubigeo works too', () => {
    expect(names(filter({ query: 'rio tambo' }))).toEqual(['Río Tambo']);
    expect(names(filter({ query: 'RÍO' }))).toEqual(['Rio Magdalena', 'Río Tambo']);
    expect(names(filter({ query: '120608' }))).toEqual(['Río Tambo']);
  });

  it('departments and provinces for the pickers come sorted by name', () => {
    const units = adminUnits(shipped);
    expect(units.departments.map((d) => d.name)).toEqual([
      'Apurímac',
      'Ayacucho',
      'Cusco',
      'Huancavelica',
      'Junín',
    ]);
    expect(units.provinces.find((p) => p.code === '1206')).toEqual({
      code: '1206',
      name: 'Satipo',
      department: '12',
    });
  });
});

describe('criteria that need the theme files', () => {
  const a = makeDistrict({ ubigeo: '050401', name: 'A' });
  const b = makeDistrict({ ubigeo: '050402', name: 'B' });
  const c = makeDistrict({ ubigeo: '050403', name: 'C' });
  const facts: FilterFacts = {
    devidaZone: (u) => ({ '050401': 'norte', '050402': 'sur' })[u],
    inEmergency: (u) => u !== '050403',
    valueOf: (indicator, u) =>
      indicator === 'poverty_total_pct'
        ? ({ '050401': 50, '050402': 49.9 }[u] ?? null)
        : ({ '050401': 0, '050402': 12 }[u] ?? null),
  };
  const run = (patch: Partial<DistrictFilter>, f: FilterFacts | null = facts) =>
    applyFilter(filter(patch), [a, b, c], f).districts.map((d) => d.name);

  it('poverty ≥ 50 keeps the district at exactly 50 and drops 49.9', () => {
    expect(run({ ranges: [{ indicator: 'poverty_total_pct', op: 'ge', value: 50 }] })).toEqual([
      'A',
    ]);
  });

  it('coca > 0 drops a true zero and a district without a value', () => {
    expect(run({ ranges: [{ indicator: 'coca_ha', op: 'gt', value: 0 }] })).toEqual(['B']);
  });

  it('ranges combine with AND', () => {
    expect(
      run({
        ranges: [
          { indicator: 'coca_ha', op: 'le', value: 12 },
          { indicator: 'poverty_total_pct', op: 'lt', value: 50 },
        ],
      }),
    ).toEqual(['B']);
  });

  it('a missing value never passes a bound, whatever its direction', () => {
    for (const op of ['ge', 'gt', 'le', 'lt'] as const) {
      expect(passesRange(null, { indicator: 'hdi', op, value: 0 })).toBe(false);
    }
  });

  it('DEVIDA zones: a district outside every zone passes no zone', () => {
    expect(run({ devida: ['norte', 'sur'] })).toEqual(['A', 'B']);
    expect(run({ devida: ['centro'] })).toEqual([]);
  });

  it('emergency on the date: in and out are complements', () => {
    expect(run({ emergency: 'in' })).toEqual(['A', 'B']);
    expect(run({ emergency: 'out' })).toEqual(['C']);
  });

  it('while the theme loads, such criteria are pending, not silently passed as done', () => {
    const result = applyFilter(filter({ emergency: 'in' }), [a, b, c], null);
    expect(result.pending).toBe(true);
    expect(result.districts).toHaveLength(3);
    expect(applyFilter(filter({ query: 'a' }), [a, b, c], null).pending).toBe(false);
  });
});
