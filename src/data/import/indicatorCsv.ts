/**
 * A district indicator CSV (ubigeo, year, value, optional unit and source) → validated
 * observations and a report of every row that could not be used and why. Pure.
 */
import type { DistrictObservation } from '../indicatorSchemas';
import { issueCollector, shown, type IssueReport } from './issues';
import { findColumn, normalizeUbigeo, parseNumber, parseYear, type Separator } from './normalize';
import { detectSeparator, readTable, type TableVisitor } from './table';

export const INDICATOR_COLUMNS = {
  ubigeo: ['ubigeo', 'ubigeo_inei', 'cod_ubigeo', 'codigo_ubigeo', 'iddist'],
  year: ['ano', 'anio', 'year', 'periodo'],
  value: ['valor', 'value', 'dato'],
  unit: ['unidad', 'unit', 'unidad_de_medida', 'units'],
  source: ['fuente', 'source'],
} as const;

/** The source id imported observations carry (the layer's source is the file itself). */
export const IMPORTED_SOURCE_ID = 'imported';

export interface ImportedIndicator {
  /** Observations by ubigeo, sorted by year. */
  values: Map<string, DistrictObservation[]>;
  /** Good rows. */
  rows: number;
  /** Data rows read (good or not). */
  rowsRead: number;
  /** First non-empty unit / source cell, as written in the file (shown as text only). */
  unit: string | null;
  source: string | null;
  separator: Separator;
  report: IssueReport;
}

export interface ReadOptions {
  /** True for the ubigeos the atlas has a district for. */
  knownUbigeo: (ubigeo: string) => boolean;
  progress?: (fraction: number) => void;
  /** Checked every row; true stops reading. */
  cancelled?: () => boolean;
}

interface Columns {
  ubigeo: number;
  year: number;
  value: number;
  unit: number;
  source: number;
}

export function parseIndicatorCsv(text: string, options: ReadOptions): ImportedIndicator {
  const separator = detectSeparator(text);
  const reader = indicatorReader(separator, options);
  readTable(text, separator, reader.visitor);
  return reader.finish();
}

/** The reader behind parseIndicatorCsv, for a table read in one pass or streamed (tableStream.ts). */
export function indicatorReader(
  separator: Separator,
  options: ReadOptions,
): { visitor: TableVisitor; finish: () => ImportedIndicator } {
  const issues = issueCollector();
  const values = new Map<string, DistrictObservation[]>();
  const firstRowOf = new Map<string, number>();
  const state = {
    columns: null as Columns | null,
    unit: null as string | null,
    source: null as string | null,
    rows: 0,
    rowsRead: 0,
  };

  const visitor: TableVisitor = {
    header(cells) {
      const found = {
        ubigeo: findColumn(cells, INDICATOR_COLUMNS.ubigeo),
        year: findColumn(cells, INDICATOR_COLUMNS.year),
        value: findColumn(cells, INDICATOR_COLUMNS.value),
        unit: findColumn(cells, INDICATOR_COLUMNS.unit),
        source: findColumn(cells, INDICATOR_COLUMNS.source),
      };
      const missing = (['ubigeo', 'year', 'value'] as const).filter((k) => found[k] === -1);
      for (const field of missing) {
        issues.add({
          row: 1,
          field,
          reason: 'missingColumn',
          detail: INDICATOR_COLUMNS[field].join(', '),
        });
      }
      if (missing.length === 0) state.columns = found;
    },
    row({ row, cells, unclosedQuote }) {
      if (options.cancelled?.()) return false;
      const columns = state.columns;
      if (!columns) return false;
      state.rowsRead += 1;
      if (cells.every((c) => c.trim() === '')) {
        issues.add({ row, field: 'row', reason: 'emptyRow' });
        return;
      }
      if (unclosedQuote) issues.add({ row, field: 'row', reason: 'unclosedQuote' });
      const cell = (at: number) => (at === -1 ? '' : (cells[at] ?? ''));
      const rawUbigeo = cell(columns.ubigeo);
      const rawYear = cell(columns.year);
      const rawValue = cell(columns.value);
      let ok = !unclosedQuote;

      const ubigeo = normalizeUbigeo(rawUbigeo);
      if (ubigeo === null) {
        issues.add({ row, field: 'ubigeo', reason: 'notAUbigeo', value: shown(rawUbigeo) });
        ok = false;
      } else if (!options.knownUbigeo(ubigeo)) {
        issues.add({ row, field: 'ubigeo', reason: 'unknownUbigeo', value: shown(rawUbigeo) });
        ok = false;
      }
      const year = parseYear(rawYear);
      if (year === null) {
        issues.add({ row, field: 'year', reason: 'notAYear', value: shown(rawYear) });
        ok = false;
      }
      const number =
        rawValue.trim() === ''
          ? ({ ok: false, reason: 'missingValue' } as const)
          : parseNumber(rawValue, separator);
      if (!number.ok) {
        issues.add({ row, field: 'value', reason: number.reason, value: shown(rawValue) });
        ok = false;
      }
      if (!ok || ubigeo === null || year === null || !number.ok) return;

      const key = `${ubigeo}|${year}`;
      const first = firstRowOf.get(key);
      if (first !== undefined) {
        issues.add({ row, field: 'row', reason: 'duplicate', value: key, detail: String(first) });
        return;
      }
      firstRowOf.set(key, row);
      const rowUnit = cell(columns.unit).trim();
      if (rowUnit !== '') {
        if (state.unit === null) state.unit = rowUnit;
        else if (rowUnit !== state.unit)
          issues.add({
            row,
            field: 'unit',
            reason: 'mixedUnits',
            value: shown(rowUnit),
            detail: state.unit,
          });
      }
      const rowSource = cell(columns.source).trim();
      if (state.source === null && rowSource !== '') state.source = rowSource;
      const list = values.get(ubigeo) ?? [];
      list.push({ y: year, v: number.value, s: IMPORTED_SOURCE_ID });
      values.set(ubigeo, list);
      state.rows += 1;
    },
    progress: options.progress,
  };

  const finish = (): ImportedIndicator => {
    if (state.columns && state.rowsRead === 0) {
      issues.add({ row: 2, field: 'file', reason: 'emptyFile' });
    }
    for (const list of values.values()) list.sort((a, b) => a.y - b.y);
    const { rows, rowsRead, unit, source } = state;
    return { values, rows, rowsRead, unit, source, separator, report: issues.report() };
  };
  return { visitor, finish };
}
