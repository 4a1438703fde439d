import { describe, expect, it } from 'vitest';
import {
  NONE,
  guessMapping,
  mappingProblems,
  unitInHeader,
  yearHeaderColumns,
  yearInHeader,
  type ColumnMapping,
} from '../../../src/data/import/columnMapping';
import { parseIndicatorCsv } from '../../../src/data/import/indicatorCsv';
import { knownUbigeo } from './helpers';

const guess = (text: string) => {
  const [head = '', ...lines] = text.trim().split('\n');
  const separator = head.includes(';') ? ';' : ',';
  return guessMapping(
    head.split(separator),
    lines.map((l) => l.split(separator)),
    separator,
  );
};
const parse = (text: string, mapping?: ColumnMapping) =>
  parseIndicatorCsv(text, { knownUbigeo, ...(mapping ? { mapping } : {}) });

describe('yearInHeader / unitInHeader', () => {
  it('finds the one year a header names', () => {
    expect(yearInHeader('2017')).toBe(2017);
    expect(yearInHeader('POB_2017')).toBe(2017);
    expect(yearInHeader('Año 2015 (ha)')).toBe(2015);
    expect(yearInHeader('2015-2017')).toBeNull();
    expect(yearInHeader('UBIGEO')).toBeNull();
    expect(yearInHeader('120606')).toBeNull();
    expect(yearInHeader('1850')).toBeNull();
  });
  it('reads a unit from brackets or from the word', () => {
    expect(unitInHeader('SUPERFICIE (ha)')).toBe('ha');
    expect(unitInHeader('Presupuesto [S/]')).toBe('S/');
    expect(unitInHeader('Hectáreas')).toBe('ha');
    expect(unitInHeader('Pobreza %')).toBe('%');
    expect(unitInHeader('TOTAL')).toBeNull();
    expect(unitInHeader('Coca (2016)')).toBeNull();
  });
});

describe('guessMapping', () => {
  it('the atlas format: ubigeo, año, valor, unidad, fuente by name', () => {
    const m = guess('ubigeo;Año;Valor;Unidad;Fuente\n050409;2018;12,5;%;INEI');
    expect(m).toMatchObject({ ubigeo: 0, layout: 'long', year: 1, value: 2, unit: 3, source: 4 });
  });
  it('"SUPERFICIE (ha)" with no year column: value and unit from the header, year asked for', () => {
    const m = guess('UBIGEO;DEPARTAMENTO;DISTRITO;SUPERFICIE (ha)\n120606;JUNIN;PANGOA;329');
    expect(m).toMatchObject({ ubigeo: 0, layout: 'long', year: NONE, value: 3, unitText: 'ha' });
    expect(mappingProblems(m).map((p) => [p.field, p.reason])).toEqual([
      ['year', 'missingColumn'],
    ]);
    expect(mappingProblems({ ...m, fixedYear: 2016 })).toEqual([]);
  });
  it('"Hectáreas" and "TOTAL" are values; a column of years is the year by its content', () => {
    expect(guess('codigo,periodo,Hectáreas\n120606,2016,329')).toMatchObject({
      ubigeo: 0,
      year: 1,
      value: 2,
      unitText: 'ha',
    });
    expect(guess('distrito;cod;fecha;TOTAL\nPangoa;120606;2016;12')).toMatchObject({
      ubigeo: 1,
      year: 2,
      value: 3,
      unitText: null,
    });
  });
  it('a nameless value column is the last numeric one; codes by their six digits', () => {
    const m = guess('id;nombre;x;y\n120606;Pangoa;3;4,5\n050409;Canayre;7;8');
    expect(m).toMatchObject({ ubigeo: 0, layout: 'long', value: 3 });
  });
  it('years as column headers make a wide file, text columns and other numbers left out', () => {
    const m = guess('UBIGEO;DISTRITO;2015;2016;POB_2017;Notas\n120606;Pangoa;1;2;3;x\n');
    expect(m.layout).toBe('wide');
    expect(m.yearColumns).toEqual([
      { column: 2, year: 2015 },
      { column: 3, year: 2016 },
      { column: 4, year: 2017 },
    ]);
    expect(mappingProblems(m)).toEqual([]);
  });
  it('a single year as the value header is a wide file of one year', () => {
    expect(guess('ubigeo,2019\n120606,5').yearColumns).toEqual([{ column: 1, year: 2019 }]);
  });
  it('nothing recognisable: every required role is missing', () => {
    const m = guess('a;b\nx;y');
    expect(mappingProblems(m).map((p) => p.field)).toEqual(['ubigeo', 'year', 'value']);
  });
  it('yearHeaderColumns lists what the wide choice offers', () => {
    expect(yearHeaderColumns(['ubigeo', '2015', 'x', 'Ha 2016'])).toEqual([
      { column: 1, year: 2015 },
      { column: 3, year: 2016 },
    ]);
  });
});

describe('reading files as portals publish them', () => {
  it('"SUPERFICIE (ha)" with a year the user gives: every row read, unit ha', () => {
    const text = 'UBIGEO;DISTRITO;SUPERFICIE (ha)\n120606;PANGOA;329\n050409;CANAYRE;1.051,5\n';
    const refused = parse(text);
    expect(refused.rows).toBe(0);
    expect(refused.rowsRead).toBe(2);
    const mapping = { ...refused.mapping, fixedYear: 2016 };
    const result = parse(text, mapping);
    expect(result.report.total).toBe(0);
    expect(result.rows).toBe(2);
    expect(result.unit).toBe('ha');
    expect(result.values.get('050409')).toEqual([{ y: 2016, v: 1051.5, s: 'imported' }]);
  });
  it('a wide file: one value per year column; an empty or bad cell names row and year', () => {
    const text = [
      'ubigeo,distrito,2015,2016,2017',
      '120606,Pangoa,1,2,3',
      '050409,Canayre,4,,n/d',
      '999999,Nowhere,1,1,1',
    ].join('\n');
    const result = parse(text);
    expect(result.mapping.layout).toBe('wide');
    expect(result.rowsRead).toBe(3);
    expect(result.rows).toBe(2);
    expect(result.observations).toBe(4);
    expect(result.values.get('120606')?.map((o) => [o.y, o.v])).toEqual([
      [2015, 1],
      [2016, 2],
      [2017, 3],
    ]);
    expect(result.report.issues).toEqual([
      { row: 3, field: 'value', reason: 'missingValue', value: '', column: '2016' },
      { row: 3, field: 'value', reason: 'notANumber', value: 'n/d', column: '2017' },
      { row: 4, field: 'ubigeo', reason: 'unknownUbigeo', value: '999999' },
    ]);
  });
  it('the user’s mapping wins over the guess (a wide file read as one year only)', () => {
    const text = 'ubigeo,2015,2016\n120606,1,2\n';
    const guessed = parse(text).mapping;
    const result = parse(text, { ...guessed, yearColumns: [{ column: 2, year: 2016 }] });
    expect(result.values.get('120606')).toEqual([{ y: 2016, v: 2, s: 'imported' }]);
  });
  it('more rows than the guess looks at: all of them are read with the guess', () => {
    const lines = Array.from({ length: 45 }, (_, i) => `120606,${1970 + i},${i}`);
    const result = parse(['codigo,periodo,TOTAL', ...lines].join('\n'));
    expect(result.rowsRead).toBe(45);
    expect(result.rows).toBe(45);
    expect(result.preview).toHaveLength(5);
  });
  it('a header without any usable column still counts its rows (not "0 de 0")', () => {
    const result = parse('a;b\nx;y\nz;w\n');
    expect(result.rowsRead).toBe(2);
    expect(result.rows).toBe(0);
    expect(result.report.issues.every((i) => i.row === 1 && i.reason === 'missingColumn')).toBe(
      true,
    );
  });
});
