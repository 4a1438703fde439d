import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indicatorsFileSchema, type IndicatorId } from '../../src/data/indicatorSchemas';
import { districtsFileSchema } from '../../src/data/schemas';
import type { IndicatorValues } from '../../src/domain/districtValues';
import { indexDistricts } from '../../src/domain/districts';
import { buildTableRows, sortTableRows } from '../../src/domain/table';

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

describe('buildTableRows', () => {
  it('one row per VRAEM district, every indicator resolved for the year', () => {
    expect(rows).toHaveLength(79);
    const pangoa = rows.find((r) => r.district.ubigeo === '120606');
    expect(pangoa?.cells.coca_ha).toMatchObject({ kind: 'value', year: 2016 });
    // Poverty under its tolerance: 2016 shows the 2013 map (secondary) where there is one.
    expect(pangoa?.cells.poverty_total_pct).toMatchObject({ kind: 'value', requestedYear: 2016 });
  });
});

describe('sortTableRows', () => {
  it('sorts coca descending with every missing value last', () => {
    const sorted = sortTableRows(rows, 'coca_ha', 'desc');
    const values = sorted.map((r) =>
      r.cells.coca_ha?.kind === 'value' ? r.cells.coca_ha.value : null,
    );
    const firstMissing = values.indexOf(null);
    expect(firstMissing).toBeGreaterThan(0);
    expect(values.slice(firstMissing).every((v) => v === null)).toBe(true);
    const present = values.slice(0, firstMissing) as number[];
    expect(present).toEqual([...present].sort((a, b) => b - a));
  });
  it('ascending keeps missing values last too', () => {
    const sorted = sortTableRows(rows, 'coca_ha', 'asc');
    expect(sorted.at(-1)?.cells.coca_ha?.kind).toBe('missing');
  });
  it('sorts names by Spanish collation (Á sorts with A, not after Z)', () => {
    const names = sortTableRows(rows, 'name', 'asc').map((r) => r.district.name);
    for (let i = 1; i < names.length; i++) {
      expect((names[i - 1] ?? '').localeCompare(names[i] ?? '', 'es')).toBeLessThanOrEqual(0);
    }
  });
});
