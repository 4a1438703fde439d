import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { indicatorsFileSchema, type IndicatorId } from '../../src/data/indicatorSchemas';
import { districtsFileSchema } from '../../src/data/schemas';
import {
  FORMULA_START,
  rowsToCsv,
  tableToCsv,
  writeCsv,
  type TableCsvOptions,
} from '../../src/domain/csv';
import type { IndicatorValues } from '../../src/domain/districtValues';
import { indexDistricts } from '../../src/domain/districts';
import { buildTableRows } from '../../src/domain/table';

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

describe('writeCsv', () => {
  it('escapes every cell a spreadsheet would run as a formula, and only those', () => {
    const csv = writeCsv(
      ['a', 'b', 'c', 'd', 'e', 'f'],
      [['=1+2', '+SUM(A1)', '-2+3', '@cmd', '\tx', 'Río Ene']],
    );
    expect(csv.split('\r\n')[1]).toBe(`"'=1+2","'+SUM(A1)","'-2+3","'@cmd","'\tx",Río Ene`);
    // Plain numbers, written as text for a decimal comma, are not formulas.
    for (const n of ['-3', '-1,5', '+2.25', '10']) expect(FORMULA_START.test(n)).toBe(false);
  });
  it('keeps numbers numbers: negatives unescaped, decimal comma with ";", empty for null', () => {
    expect(writeCsv(['x', 'y', 'z'], [[-1.5, null, 12.25]], ';')).toBe('x;y;z\r\n-1,5;;12,25');
    expect(writeCsv(['x', 'y', 'z'], [[-1.5, undefined, 12.25]], ',')).toBe('x,y,z\r\n-1.5,,12.25');
  });
  it('round-trips quotes, separators and line breaks through a CSV reader', () => {
    const cells = ['a "quoted" name', 'x;y', 'two\nlines', 'a,b'];
    for (const separator of [',', ';'] as const) {
      const parsed = Papa.parse<string[]>(writeCsv(['h1', 'h2', 'h3', 'h4'], [cells], separator), {
        delimiter: separator,
      });
      expect(parsed.data[1]).toEqual(cells);
    }
  });
});

describe('rowsToCsv (charts)', () => {
  it('writes labels, empty cells for gaps, and an interval as low and high columns', () => {
    const csv = rowsToCsv(
      [
        { year: 2015, zone: null, d_ci: undefined },
        { year: 2016, zone: 20304, d_ci: [40.5, 60.25] },
      ],
      [
        { key: 'year', label: 'año' },
        { key: 'zone', label: 'zona VRAEM, ha' },
        { key: 'd_ci', label: 'd', interval: { low: 'd inf', high: 'd sup' } },
      ],
    );
    expect(csv).toBe('año,"zona VRAEM, ha",d inf,d sup\r\n2015,,,\r\n2016,20304,40.5,60.25');
  });
});

describe('tableToCsv (real data, 2016)', () => {
  const options = (separator: ',' | ';'): TableCsvOptions => ({
    separator,
    headers: {
      ubigeo: 'ubigeo',
      name: 'distrito',
      province: 'provincia',
      department: 'departamento',
      vraem: 'vraem',
      year: 'año',
      status: 'estado',
      low: 'inf',
      high: 'sup',
      source: 'fuente',
      licence: 'licencia',
    },
    indicatorLabel: (id) => id,
    missingText: (v) => (v.kind === 'missing' ? `sin dato (${v.missing})` : ''),
    sources: new Map(),
  });
  const parse = (csv: string, separator: ',' | ';') =>
    Papa.parse<Record<string, string>>(csv, { header: true, delimiter: separator }).data;

  it('every indicator value column is a number or empty, never a word', () => {
    for (const separator of [',', ';'] as const) {
      const records = parse(tableToCsv(rows, options(separator)), separator);
      expect(records).toHaveLength(79);
      const numeric = separator === ',' ? /^-?\d+(\.\d+)?$/ : /^-?\d+(,\d+)?$/;
      for (const def of file.indicators) {
        for (const r of records) {
          const cell = r[def.id] ?? '';
          if (cell !== '') expect(cell).toMatch(numeric);
        }
      }
    }
  });
  it('a missing value is an empty cell with its reason in the status column', () => {
    const putis = parse(tableToCsv(rows, options(',')), ',').find((r) => r.ubigeo === '050413');
    expect(putis?.coca_ha).toBe('');
    expect(putis?.['coca_ha · estado']).toBe('sin dato (notYetDistrict)');
  });
  it('exports the poverty interval as low and high where the value has one (Pichari, 2018)', () => {
    const rows2018 = buildTableRows(index.vraem, indicators, starts, 2018);
    const pichari = rows2018.find((r) => r.district.ubigeo === '080910');
    const poverty = pichari?.cells.poverty_total_pct;
    if (poverty?.kind !== 'value' || !poverty.ci) throw new Error('expected a poverty interval');
    const record = parse(tableToCsv(rows2018, options(';')), ';').find(
      (r) => r.ubigeo === '080910',
    );
    expect(record?.poverty_total_pct).toBe(String(poverty.value).replace('.', ','));
    expect(record?.['poverty_total_pct · inf']).toBe(String(poverty.ci[0]).replace('.', ','));
    expect(record?.['poverty_total_pct · sup']).toBe(String(poverty.ci[1]).replace('.', ','));
    expect(record?.['poverty_total_pct · año']).toBe(String(poverty.year));
    expect(record?.['poverty_total_pct · inf']).toBe('19,97071896');
    // Coca has no interval: no low/high columns for it.
    expect(Object.keys(record ?? {})).not.toContain('coca_ha · inf');
  });
});
