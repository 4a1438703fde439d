import { describe, expect, it } from 'vitest';
import { detectSeparator, readTable, type TableRow } from '../../../src/data/import/table';
import type { Separator } from '../../../src/data/import/normalize';

function rowsOf(text: string, separator: Separator) {
  let header: string[] = [];
  const rows: TableRow[] = [];
  readTable(text, separator, { header: (h) => (header = h), row: (r) => void rows.push(r) });
  return { header, rows };
}

describe('detectSeparator', () => {
  it.each([
    ['ubigeo;año;valor\n050401;2018;12,5', ';'],
    ['ubigeo,year,value\n050401,2018,12.5', ','],
    ['ubigeo\tyear\tvalue\n050401\t2018\t12.5', '\t'],
    // Commas inside a quoted header name do not count.
    ['"a,b,c";ubigeo;year\n1;2;3', ';'],
    ['\n\nubigeo;year;value', ';'],
    ['ubigeo', ','],
  ])('%j → %j', (text, separator) => {
    expect(detectSeparator(text)).toBe(separator);
  });
});

describe('readTable', () => {
  it('numbers rows as a spreadsheet does (header = 1) and keeps separators inside quotes', () => {
    const { header, rows } = rowsOf('a;b\n1;"x; y"\n2;"say ""hi"""\n', ';');
    expect(header).toEqual(['a', 'b']);
    expect(rows).toEqual([
      { row: 2, cells: ['1', 'x; y'] },
      { row: 3, cells: ['2', 'say "hi"'] },
    ]);
  });

  it('a quoted line break stays in one row, and the next row keeps its spreadsheet number', () => {
    const { rows } = rowsOf('a,b\r\n1,"two\r\nlines"\r\n3,4\r\n', ',');
    expect(rows.map((r) => r.row)).toEqual([2, 3]);
    expect(rows[0]?.cells[1]).toBe('two\r\nlines');
  });

  it('an empty line in the middle is a row; a final line break is not', () => {
    const { rows } = rowsOf('a,b\n1,2\n\n3,4\n', ',');
    expect(rows.map((r) => [r.row, r.cells])).toEqual([
      [2, ['1', '2']],
      [3, ['']],
      [4, ['3', '4']],
    ]);
  });

  it('flags an unclosed quote', () => {
    const { rows } = rowsOf('a,b\n1,"never closed\n2,3\n', ',');
    expect(rows.some((r) => r.unclosedQuote)).toBe(true);
  });
});
