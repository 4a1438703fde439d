/**
 * Which column of a district indicator file holds what. Portals do not write "ubigeo, año,
 * valor": they write "UBIGEO;DISTRITO;SUPERFICIE (ha)", "Hectáreas", "TOTAL", or one column per
 * year ("2015;2016;2017"). The importer guesses a mapping from the header and the first rows,
 * shows it with a sample, and the user corrects it. Pure: header and sample rows in, a mapping out.
 */
import type { ImportIssue } from './issues';
import { normalizeHeader, normalizeUbigeo, parseNumber, parseYear, type Separator } from './normalize';

/** No column chosen. */
export const NONE = -1;

export interface YearColumn {
  column: number;
  year: number;
}

export interface ColumnMapping {
  ubigeo: number;
  /** long: one value column, the year in a column or the same for the whole file; wide: a column per year. */
  layout: 'long' | 'wide';
  /** long: the year column, or NONE with `fixedYear`. */
  year: number;
  /** long without a year column: the year every row is from, as the user says. */
  fixedYear: number | null;
  /** long: the value column. */
  value: number;
  /** wide: the columns read as values, each with the year its header names. */
  yearColumns: YearColumn[];
  unit: number;
  /** A unit for the whole file when no column gives it ("ha" from "SUPERFICIE (ha)", or typed). */
  unitText: string | null;
  source: number;
}

/** Header names (normalized, see normalizeHeader) each role is recognised by, best first. */
export const COLUMN_ALIASES = {
  ubigeo: [
    'ubigeo',
    'ubigeo_inei',
    'cod_ubigeo',
    'codigo_ubigeo',
    'iddist',
    'ubigeo_distrito',
    'cod_distrito',
    'codigo_distrito',
    'coddist',
    'id_ubigeo',
    'codigo',
  ],
  year: ['ano', 'anio', 'year', 'periodo', 'ano_de_referencia', 'anno'],
  value: [
    'valor',
    'value',
    'dato',
    'total',
    'cantidad',
    'monto',
    'superficie',
    'superficie_ha',
    'hectareas',
    'ha',
    'porcentaje',
    'tasa',
    'indicador',
  ],
  unit: ['unidad', 'unit', 'unidad_de_medida', 'units'],
  source: ['fuente', 'source'],
} as const;

/** Rows the guess looks at. */
export const SAMPLE_ROWS = 20;

function aliasColumn(header: readonly string[], aliases: readonly string[], skip: Set<number>): number {
  const normalized = header.map(normalizeHeader);
  for (const alias of aliases) {
    const at = normalized.findIndex((name, i) => name === alias && !skip.has(i));
    if (at !== -1) return at;
  }
  return NONE;
}

function cellsOf(samples: readonly (readonly string[])[], column: number): string[] {
  return samples.map((row) => (row[column] ?? '').trim()).filter((c) => c !== '');
}

/** Most (4 in 5) of the non-empty sample cells read as numbers; a column with none is not. */
function mostly(cells: readonly string[], test: (cell: string) => boolean): boolean {
  if (cells.length === 0) return false;
  return cells.filter(test).length >= Math.ceil(cells.length * 0.8);
}

const isNumber = (separator: Separator) => (cell: string) => {
  const reading = parseNumber(cell, separator);
  return reading.ok || reading.reason === 'ambiguousNumber';
};

/** The one year a header names ("2017", "POB_2017", "Año 2015 (ha)"), else null. */
export function yearInHeader(name: string): number | null {
  const found = [...name.matchAll(/(?<!\d)(\d{4})(?!\d)/g)].flatMap((m) => {
    const year = parseYear(m[1] ?? '');
    return year === null ? [] : [year];
  });
  return found.length === 1 ? (found[0] ?? null) : null;
}

/** A unit a header states: "SUPERFICIE (ha)" → "ha", "Hectáreas" → "ha", "Pobreza %" → "%". */
export function unitInHeader(name: string): string | null {
  const bracketed = /[([]\s*([^()[\]]{1,20}?)\s*[)\]]\s*$/.exec(name);
  if (bracketed?.[1] && parseYear(bracketed[1]) === null) return bracketed[1];
  const normalized = normalizeHeader(name);
  if (/(^|_)hectareas?($|_)/.test(normalized)) return 'ha';
  if (name.includes('%') || /(^|_)(porcentaje|pct)($|_)/.test(normalized)) return '%';
  return null;
}

/**
 * The best guess: names first (any of COLUMN_ALIASES), then what the cells look like (six-digit
 * codes, four-digit years, numbers). A year column makes a long file; without one, columns whose
 * header names a year make a wide file; otherwise the file is long and its year is asked for.
 */
export function guessMapping(
  header: readonly string[],
  samples: readonly (readonly string[])[],
  separator: Separator,
): ColumnMapping {
  const columns = header.map((_, i) => i);
  const used = new Set<number>();
  const take = (column: number) => {
    if (column !== NONE) used.add(column);
    return column;
  };
  const byContent = (test: (cell: string) => boolean) =>
    columns.find((c) => !used.has(c) && mostly(cellsOf(samples, c), test)) ?? NONE;

  let ubigeo = take(aliasColumn(header, COLUMN_ALIASES.ubigeo, used));
  if (ubigeo === NONE) ubigeo = take(byContent((cell) => /^\d{6}$/.test(cell)));
  if (ubigeo === NONE) ubigeo = take(byContent((cell) => normalizeUbigeo(cell) !== null));
  const unit = take(aliasColumn(header, COLUMN_ALIASES.unit, used));
  const source = take(aliasColumn(header, COLUMN_ALIASES.source, used));

  let year = take(aliasColumn(header, COLUMN_ALIASES.year, used));
  if (year === NONE) {
    const looksLikeYear = (c: number) =>
      yearInHeader(header[c] ?? '') === null &&
      mostly(cellsOf(samples, c), (cell) => parseYear(cell) !== null);
    year = take(columns.find((c) => !used.has(c) && looksLikeYear(c)) ?? NONE);
  }
  const numeric = isNumber(separator);
  const yearColumns: YearColumn[] =
    year !== NONE
      ? []
      : columns.flatMap((column) => {
          const named = yearInHeader(header[column] ?? '');
          if (used.has(column) || named === null) return [];
          const cells = cellsOf(samples, column);
          // Lenient: a year's column with gaps written "n/d" or "-" is still that year's column.
          const numbers = cells.filter(numeric).length;
          return numbers * 2 >= cells.length ? [{ column, year: named }] : [];
        });
  const wide = yearColumns.length > 0;

  let value = NONE;
  if (!wide) {
    value = aliasColumn(header, COLUMN_ALIASES.value, used);
    // The last numeric column: portals put the figure after the names and codes.
    if (value === NONE) value = columns.findLast((c) => !used.has(c) && mostly(cellsOf(samples, c), numeric)) ?? NONE;
  }
  const unitHeader = wide ? header[yearColumns[0]?.column ?? NONE] : header[value];
  return {
    ubigeo,
    layout: wide ? 'wide' : 'long',
    year,
    fixedYear: null,
    value,
    yearColumns,
    unit,
    unitText: unit === NONE && unitHeader ? unitInHeader(unitHeader) : null,
    source,
  };
}

/** What still has to be chosen before rows can be read, as issues on row 1 (the header). */
export function mappingProblems(mapping: ColumnMapping): ImportIssue[] {
  const issues: ImportIssue[] = [];
  const missing = (field: 'ubigeo' | 'year' | 'value', aliases: readonly string[]) =>
    issues.push({ row: 1, field, reason: 'missingColumn', detail: aliases.join(', ') });
  if (mapping.ubigeo === NONE) missing('ubigeo', COLUMN_ALIASES.ubigeo);
  if (mapping.layout === 'wide') {
    if (mapping.yearColumns.length === 0) missing('value', COLUMN_ALIASES.value);
    return issues;
  }
  if (mapping.year === NONE && mapping.fixedYear === null) missing('year', COLUMN_ALIASES.year);
  if (mapping.value === NONE) missing('value', COLUMN_ALIASES.value);
  return issues;
}

/** The columns a wide layout can use: every header that names one year, in file order. */
export function yearHeaderColumns(header: readonly string[]): YearColumn[] {
  return header.flatMap((name, column) => {
    const year = yearInHeader(name);
    return year === null ? [] : [{ column, year }];
  });
}
