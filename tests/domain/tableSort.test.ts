import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indicatorsFileSchema, type IndicatorId } from '../../src/data/indicatorSchemas';
import { districtsFileSchema } from '../../src/data/schemas';
import type { IndicatorValues } from '../../src/domain/districtValues';
import { indexDistricts } from '../../src/domain/districts';
import { INDICATORS } from '../../src/domain/indicatorRegistry';
import { buildTableRows, sortTableRows, type SortKey, type TableRow } from '../../src/domain/table';
import { INITIAL_SORT, nextSort, type SortState } from '../../src/domain/tableSort';

const root = resolve(__dirname, '../..');
const read = (f: string): unknown => JSON.parse(readFileSync(resolve(root, f), 'utf8'));
const index = indexDistricts(districtsFileSchema.parse(read('data/districts.json')).districts);
const file = indicatorsFileSchema.parse(read('data/indicators.json'));
const indicators = new Map<IndicatorId, IndicatorValues>(
  file.indicators.map((i) => [
    i.id,
    { coverage: new Set(i.coverage), values: new Map(Object.entries(i.values)) },
  ]),
);
const starts = new Map(
  file.districtStarts.map((s) => [s.ubigeo, { firstYear: s.firstYear, basis: s.basis }]),
);
const rows = buildTableRows(index.vraem, indicators, starts, 2016);

/** The states a reader walks through by clicking `key` n times, starting from the initial sort. */
function clicks(key: SortKey, n: number, from: SortState = INITIAL_SORT): SortState[] {
  const states: SortState[] = [];
  let state = from;
  for (let i = 0; i < n; i++) {
    state = nextSort(state, key);
    states.push(state);
  }
  return states;
}

const numbersOf = (sorted: readonly TableRow[], key: SortKey): number[] =>
  sorted.flatMap((r) => {
    const cell = r.cells[key as IndicatorId];
    return cell?.kind === 'value' ? [cell.value] : [];
  });

describe('nextSort', () => {
  it('an indicator column opens descending, then ascending, then descending again', () => {
    for (const def of INDICATORS) {
      expect(clicks(def.id, 3).map((s) => s.direction)).toEqual(['desc', 'asc', 'desc']);
    }
  });
  it('an imported column sorts both ways like a shipped one', () => {
    expect(clicks('import-1', 2).map((s) => s.direction)).toEqual(['desc', 'asc']);
  });
  it('province and department open A→Z, then Z→A', () => {
    expect(clicks('province', 3).map((s) => s.direction)).toEqual(['asc', 'desc', 'asc']);
    expect(clicks('department', 2).map((s) => s.direction)).toEqual(['asc', 'desc']);
  });
  it('the district name is sorted A→Z at first, so the first click on it reverses to Z→A', () => {
    expect(clicks('name', 2).map((s) => s.direction)).toEqual(['desc', 'asc']);
  });
  it('moving to another column forgets the old direction and opens the new one its own way', () => {
    const ascendingCoca: SortState = { key: 'coca_ha', direction: 'asc' };
    expect(nextSort(ascendingCoca, 'hdi')).toEqual({ key: 'hdi', direction: 'desc' });
    expect(nextSort(ascendingCoca, 'province')).toEqual({ key: 'province', direction: 'asc' });
    expect(nextSort({ key: 'name', direction: 'desc' }, 'coca_ha')).toEqual({
      key: 'coca_ha',
      direction: 'desc',
    });
  });
});

describe('clicking a header twice on the 2016 table', () => {
  it('coca: the second click puts the smallest area first, missing values still last', () => {
    const [first, second] = clicks('coca_ha', 2);
    if (!first || !second) throw new Error('two clicks');
    const down = numbersOf(sortTableRows(rows, first.key, first.direction), 'coca_ha');
    const upRows = sortTableRows(rows, second.key, second.direction);
    const up = numbersOf(upRows, 'coca_ha');
    expect(down.length).toBeGreaterThan(10);
    expect(up).toEqual([...down].reverse());
    expect(up[0]).toBeLessThan(up.at(-1) ?? 0);
    expect(upRows.at(-1)?.cells.coca_ha?.kind).toBe('missing');
  });
  it('every indicator with two or more values reads both ways', () => {
    for (const def of INDICATORS) {
      const [down, up] = clicks(def.id, 2).map((s) =>
        numbersOf(sortTableRows(rows, s.key, s.direction), def.id),
      );
      if (!down || !up || down.length < 2) continue;
      expect(up, def.id).toEqual([...up].sort((a, b) => a - b));
      expect(down, def.id).toEqual([...down].sort((a, b) => b - a));
    }
  });
  it('province: A→Z then Z→A', () => {
    const [first, second] = clicks('province', 2);
    if (!first || !second) throw new Error('two clicks');
    const az = sortTableRows(rows, first.key, first.direction).map((r) => r.district.province);
    const za = sortTableRows(rows, second.key, second.direction).map((r) => r.district.province);
    expect(az[0]?.localeCompare(az.at(-1) ?? '', 'es')).toBeLessThan(0);
    expect(za[0]).toBe(az.at(-1));
  });
});
