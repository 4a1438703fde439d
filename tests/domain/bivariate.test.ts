import { describe, expect, it } from 'vitest';
import {
  BIVARIATE_PALETTE,
  axisClass,
  classWord,
  crossChoropleths,
} from '../../src/domain/bivariate';
import { classifyResolved, type Choropleth } from '../../src/domain/choropleth';
import type { DistrictValue } from '../../src/domain/districtValues';
import { indicatorById } from '../../src/domain/indicatorRegistry';
import type { MissingKind } from '../../src/domain/values';

const present = (value: number, year = 2018): DistrictValue => ({
  kind: 'value',
  value,
  year,
  requestedYear: 2018,
  ci: null,
  source: 's',
  flags: [],
});
const gap = (missing: MissingKind): DistrictValue => ({
  kind: 'missing',
  missing,
  requestedYear: 2018,
  parent: null,
});
const terciles = { method: 'quantile' as const, classes: 3, manualBreaks: [] };
function map(
  values: Record<string, DistrictValue>,
  id: 'coca_ha' | 'poverty_total_pct',
): Choropleth {
  return classifyResolved(
    Object.entries(values).map(([ubigeo, value]) => ({ ubigeo, value })),
    indicatorById(id),
    2018,
    terciles,
  );
}

describe('crossChoropleths', () => {
  // Nine districts on a 3 × 3 grid: x and y each 1, 2, 3 in every combination.
  const xs: Record<string, DistrictValue> = {};
  const ys: Record<string, DistrictValue> = {};
  for (let i = 0; i < 9; i++) {
    xs[`d${i}`] = present(10 * (1 + (i % 3)));
    ys[`d${i}`] = present(20 * (1 + Math.floor(i / 3)));
  }

  it('terciles put one district in each of the nine cells, each cell its own colour', () => {
    const b = crossChoropleths(map(xs, 'coca_ha'), map(ys, 'poverty_total_pct'));
    expect(b.counts).toEqual([
      [1, 1, 1],
      [1, 1, 1],
      [1, 1, 1],
    ]);
    const colours = new Set(
      [...b.byUbigeo.values()].map((d) => (d.kind === 'cell' ? d.colour : '')),
    );
    expect(colours.size).toBe(9);
    expect(b.byUbigeo.get('d8')).toMatchObject({ kind: 'cell', cx: 2, cy: 2, colour: '#2a5a5b' });
    expect(b.byUbigeo.get('d0')).toMatchObject({ kind: 'cell', cx: 0, cy: 0, colour: '#e8e8e8' });
  });

  it('a district missing either value gets that kind, never a cell, and is counted apart', () => {
    const b = crossChoropleths(
      map({ ...xs, a: gap('outsideCoverage'), b: present(10), c: gap('noData') }, 'coca_ha'),
      map(
        { ...ys, a: present(40), b: gap('notYetDistrict'), c: gap('notYetDistrict') },
        'poverty_total_pct',
      ),
    );
    expect(b.byUbigeo.get('a')).toMatchObject({
      kind: 'missing',
      missing: 'outsideCoverage',
      which: 'x',
    });
    expect(b.byUbigeo.get('b')).toMatchObject({
      kind: 'missing',
      missing: 'notYetDistrict',
      which: 'y',
    });
    // Both missing: "not yet a district" says most about the district.
    expect(b.byUbigeo.get('c')).toMatchObject({
      kind: 'missing',
      missing: 'notYetDistrict',
      which: 'both',
    });
    expect(b.missing).toEqual({ noData: 0, notYetDistrict: 2, outsideCoverage: 1 });
    expect(b.counts.flat().reduce((s, n) => s + n, 0)).toBe(9);
  });

  it('a value from another year under tolerance is a value (poverty 2013 shown for 2016)', () => {
    const b = crossChoropleths(
      map({ a: present(5), b: present(50) }, 'coca_ha'),
      map({ a: present(30, 2013), b: present(60, 2013) }, 'poverty_total_pct'),
    );
    expect(b.byUbigeo.get('a')?.kind).toBe('cell');
    expect(b.missing).toEqual({ noData: 0, notYetDistrict: 0, outsideCoverage: 0 });
  });

  it('ties collapse breaks: the classes spread to low and high, not low and middle', () => {
    // Many zeros (coca): quantile terciles both equal 0 → one break → classes 0 and 2.
    const zeros: Record<string, DistrictValue> = {
      a: present(0),
      b: present(0),
      c: present(0),
      d: present(0),
      e: present(90),
    };
    const x = map(zeros, 'coca_ha');
    expect(x.breaks).toEqual([0]);
    const b = crossChoropleths(
      x,
      map(
        { a: present(1), b: present(1), c: present(1), d: present(1), e: present(1) },
        'poverty_total_pct',
      ),
    );
    expect(b.byUbigeo.get('a')).toMatchObject({ cx: 0 });
    expect(b.byUbigeo.get('e')).toMatchObject({ cx: 2 });
    // All equal on y: no break at all → the top class (as the single map colours it).
    expect(b.byUbigeo.get('a')).toMatchObject({ cy: 2 });
  });

  it('districts absent from one map are left out', () => {
    const b = crossChoropleths(
      map({ a: present(1), z: present(2) }, 'coca_ha'),
      map({ a: present(3) }, 'poverty_total_pct'),
    );
    expect([...b.byUbigeo.keys()]).toEqual(['a']);
  });
});

describe('bivariate words and palette', () => {
  it('class words low/mid/high, clamped', () => {
    expect([0, 1, 2, 5, -1].map(classWord)).toEqual(['low', 'mid', 'high', 'high', 'low']);
  });
  it('axisClass with two breaks is the bin itself', () => {
    expect(axisClass({ bin: 1, value: present(1), colour: '' }, [1, 2])).toBe(1);
  });
  it('the palette has nine distinct colours, none equal to a missing colour', () => {
    const flat = BIVARIATE_PALETTE.flat();
    expect(new Set(flat).size).toBe(9);
    expect(flat).not.toContain('#c8c8c8');
    expect(flat).not.toContain('#7d8a96');
  });
});
