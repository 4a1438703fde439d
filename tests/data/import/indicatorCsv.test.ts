import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../../src/data/import/decode';
import { parseIndicatorCsv } from '../../../src/data/import/indicatorCsv';
import { fixture, knownUbigeo } from './helpers';

const parse = (text: string) => parseIndicatorCsv(text, { knownUbigeo });

describe('parseIndicatorCsv', () => {
  it('reads the Peruvian-spreadsheet fixture: BOM, ;, decimal commas, lost leading zeros', () => {
    const { text, encoding } = decodeBytes(fixture('pobreza-2018-vraem.csv'));
    expect(encoding).toBe('utf-8-bom');
    const result = parse(text);
    expect(result.separator).toBe(';');
    expect(result.report).toEqual({ issues: [], total: 0 });
    expect(result.rows).toBe(69);
    // Andarapa (Apurímac), written as 30202: 51.744097 % in data/indicators.json → "51,7".
    expect(result.values.get('030202')).toEqual([{ y: 2018, v: 51.7, s: 'imported' }]);
    expect(result.unit).toBe('%');
    expect(result.source).toBe('INEI, Mapa de pobreza 2018');
  });

  it('reads a Latin-1 file with "Año" and decimal commas', () => {
    const latin1 = new Uint8Array([
      ...Array.from('Ubigeo;A', (c) => c.charCodeAt(0)),
      0xf1,
      ...Array.from('o;Valor;Fuente\n50409;2018;1.234,5;R', (c) => c.charCodeAt(0)),
      0xed,
      ...Array.from('o\n', (c) => c.charCodeAt(0)),
    ]);
    const { text, encoding } = decodeBytes(latin1);
    expect(encoding).toBe('windows-1252');
    const result = parse(text);
    expect(result.values.get('050409')).toEqual([{ y: 2018, v: 1234.5, s: 'imported' }]);
    expect(result.source).toBe('Río');
  });

  it('names the row, field and reason of every problem in the malformed fixture', () => {
    const result = parse(decodeBytes(fixture('malformed-indicator.csv')).text);
    expect(result.report.issues).toEqual([
      { row: 3, field: 'ubigeo', reason: 'unknownUbigeo', value: '999999' },
      { row: 4, field: 'year', reason: 'notAYear', value: '18' },
      { row: 5, field: 'value', reason: 'notANumber', value: 'abc' },
      { row: 6, field: 'row', reason: 'emptyRow' },
      { row: 7, field: 'row', reason: 'duplicate', value: '050409|2018', detail: '2' },
      {
        row: 8,
        field: 'ubigeo',
        reason: 'notAUbigeo',
        value: '<img src=x onerror=window.__xss=1>',
      },
    ]);
    expect(result.rows).toBe(1);
    expect(result.rowsRead).toBe(7);
    expect(result.values.get('050409')).toEqual([{ y: 2018, v: 12.5, s: 'imported' }]);
  });

  it('reports the columns it cannot find on row 1, and still counts the rows it read', () => {
    const result = parse('distrito,fecha\nPichari,2018\nKimbiri,2018\n');
    // "fecha" holds four-digit years: taken as the year column by its content.
    expect(result.mapping.year).toBe(1);
    expect(result.report.issues.map((i) => [i.row, i.field, i.reason])).toEqual([
      [1, 'ubigeo', 'missingColumn'],
      [1, 'value', 'missingColumn'],
    ]);
    expect(result.report.issues[0]?.detail).toMatch(/^ubigeo, ubigeo_inei, /);
    expect(result.rows).toBe(0);
    // Not "0 de 0 filas válidas": the file has two rows, and neither could be used.
    expect(result.rowsRead).toBe(2);
    expect(result.header).toEqual(['distrito', 'fecha']);
    expect(result.preview).toEqual([
      ['Pichari', '2018'],
      ['Kimbiri', '2018'],
    ]);
  });

  it('a header with no data row is reported as an empty file', () => {
    expect(parse('ubigeo,year,value\n').report.issues).toEqual([
      { row: 2, field: 'file', reason: 'emptyFile' },
    ]);
  });

  it('an empty value is missing, not 0', () => {
    const result = parse('ubigeo,year,value\n050409,2018,\n');
    expect(result.report.issues).toEqual([
      { row: 2, field: 'value', reason: 'missingValue', value: '' },
    ]);
    expect(result.values.size).toBe(0);
  });

  it('keeps the first unit and reports rows with another one', () => {
    const result = parse('ubigeo,year,value,unit\n050409,2018,1,ha\n050409,2019,2,km2\n');
    expect(result.unit).toBe('ha');
    expect(result.rows).toBe(2);
    expect(result.report.issues).toEqual([
      { row: 3, field: 'unit', reason: 'mixedUnits', value: 'km2', detail: 'ha' },
    ]);
  });

  it('sorts each district by year and stops when cancelled', () => {
    const text = 'ubigeo,year,value\n050409,2019,2\n050409,2017,1\n';
    expect(parse(text).values.get('050409')?.map((o) => o.y)).toEqual([2017, 2019]);
    const cancelled = parseIndicatorCsv(text, { knownUbigeo, cancelled: () => true });
    expect(cancelled.rows).toBe(0);
  });

  it('keeps only the first 500 issues of a broken file but counts them all', () => {
    const text = `ubigeo,year,value\n${'x,y,z\n'.repeat(1000)}`;
    const { report } = parse(text);
    expect(report.issues).toHaveLength(500);
    expect(report.total).toBe(3000);
  });
});
