import { describe, expect, it } from 'vitest';
import {
  findColumn,
  normalizeHeader,
  normalizeUbigeo,
  parseNumber,
  parseYear,
} from '../../../src/data/import/normalize';

describe('normalizeHeader / findColumn', () => {
  it('ignores accents, case and spacing', () => {
    expect(normalizeHeader(' Año ')).toBe('ano');
    expect(normalizeHeader('UBIGEO')).toBe('ubigeo');
    expect(normalizeHeader('Unidad de medida')).toBe('unidad_de_medida');
  });
  it('finds "año", "anio" and "year" as the year column', () => {
    for (const name of ['Año', 'anio', 'YEAR', 'Periodo']) {
      expect(findColumn(['Ubigeo', name, 'Valor'], ['ano', 'anio', 'year', 'periodo'])).toBe(1);
    }
    expect(findColumn(['Ubigeo', 'fecha'], ['ano', 'anio', 'year'])).toBe(-1);
  });
});

describe('parseNumber', () => {
  it.each([
    ['12,5', ';', 12.5],
    ['1.234,5', ';', 1234.5],
    ['1.234.567', ';', 1234567],
    ['-0,75', ';', -0.75],
    ['12.5', ';', 12.5],
    ['12.5', ',', 12.5],
    ['1,234.5', ',', 1234.5],
    ['1,234', ',', 1234],
    ['12,5', ',', 12.5],
    ['1 234,5', ';', 1234.5],
    ['0.512', ';', 0.512],
    ['1.234', ',', 1.234],
    ['1.234', '\t', 1.234],
    ['42', ';', 42],
  ] as const)('%s with separator %j is %d', (raw, separator, value) => {
    expect(parseNumber(raw, separator)).toEqual({ ok: true, value });
  });

  it('"1.234" in a ; file is ambiguous (1234 or 1.234), not guessed', () => {
    expect(parseNumber('1.234', ';')).toEqual({ ok: false, reason: 'ambiguousNumber' });
  });

  it.each(['', 'abc', '1,2,3', '12,5%', '1.2.3,4,5', 'NaN', 'Infinity', '1e5', '--1'])(
    '%j is not a number',
    (raw) => {
      expect(parseNumber(raw, ';')).toEqual({ ok: false, reason: 'notANumber' });
    },
  );
});

describe('normalizeUbigeo', () => {
  it('puts back a leading zero a spreadsheet dropped', () => {
    expect(normalizeUbigeo('50401')).toBe('050401');
    expect(normalizeUbigeo('30202.0')).toBe('030202');
    expect(normalizeUbigeo(' 120606 ')).toBe('120606');
  });
  it.each(['', '1234', '1234567', '12O606', '<b>'])('%j is not a ubigeo', (raw) => {
    expect(normalizeUbigeo(raw)).toBeNull();
  });
});

describe('parseYear', () => {
  it('takes a four-digit year in 1900–2100 only', () => {
    expect(parseYear(' 2018 ')).toBe(2018);
    expect(parseYear('18')).toBeNull();
    expect(parseYear('2018.0')).toBeNull();
    expect(parseYear('3000')).toBeNull();
  });
});
