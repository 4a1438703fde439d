/**
 * A district indicator CSV → validated observations and a report of every row that could not be
 * used and why. Which column holds what is the user's mapping, or a guess from the header and
 * the first rows (columnMapping.ts): long files (ubigeo, year, value) and wide ones (a column per
 * year). Every data row is counted, read or not. Pure.
 */
import type { DistrictObservation } from '../indicatorSchemas';
import {
  NONE,
  SAMPLE_ROWS,
  guessMapping,
  mappingProblems,
  type ColumnMapping,
} from './columnMapping';
import { issueCollector, shown, type IssueReport } from './issues';
import { normalizeUbigeo, parseNumber, parseYear, type Separator } from './normalize';
import { detectSeparator, readTable, type TableRow, type TableVisitor } from './table';

/** The source id imported observations carry (the layer's source is the file itself). */
export const IMPORTED_SOURCE_ID = 'imported';

/** Rows of the file shown next to the column choices. */
export const PREVIEW_ROWS = 5;

export interface ImportedIndicator {
  /** Observations by ubigeo, sorted by year. */
  values: Map<string, DistrictObservation[]>;
  /** Good rows: rows that gave at least one value. */
  rows: number;
  /** Values read (a wide file gives several per row). */
  observations: number;
  /** Data rows read (good or not). */
  rowsRead: number;
  /** First non-empty unit / source cell, as written in the file (shown as text only). */
  unit: string | null;
  source: string | null;
  separator: Separator;
  report: IssueReport;
  /** The header and the first rows, as read, for the column choices. */
  header: string[];
  preview: string[][];
  /** The mapping the rows were read with (the user's, or the guess). */
  mapping: ColumnMapping;
}

export interface ReadOptions {
  /** True for the ubigeos the atlas has a district for. */
  knownUbigeo: (ubigeo: string) => boolean;
  progress?: (fraction: number) => void;
  /** Checked every row; true stops reading. */
  cancelled?: () => boolean;
  /** Which column holds what; guessed from the header and the first rows when absent. */
  mapping?: ColumnMapping;
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
    header: [] as string[],
    mapping: null as ColumnMapping | null,
    usable: false,
    buffered: [] as TableRow[],
    preview: [] as string[][],
    unit: null as string | null,
    source: null as string | null,
    rows: 0,
    observations: 0,
    rowsRead: 0,
  };

  /** One value cell of a row: checked, then kept unless its district and year came before. */
  const readValue = (row: number, ubigeo: string, year: number, raw: string, column?: string) => {
    const where = column === undefined ? {} : { column };
    const number =
      raw.trim() === ''
        ? ({ ok: false, reason: 'missingValue' } as const)
        : parseNumber(raw, separator);
    if (!number.ok) {
      issues.add({ row, field: 'value', reason: number.reason, value: shown(raw), ...where });
      return false;
    }
    const key = `${ubigeo}|${year}`;
    const first = firstRowOf.get(key);
    if (first !== undefined) {
      issues.add({ row, field: 'row', reason: 'duplicate', value: key, detail: String(first) });
      return false;
    }
    firstRowOf.set(key, row);
    const list = values.get(ubigeo) ?? [];
    list.push({ y: year, v: number.value, s: IMPORTED_SOURCE_ID });
    values.set(ubigeo, list);
    state.observations += 1;
    return true;
  };

  const readRow = (mapping: ColumnMapping, { row, cells, unclosedQuote }: TableRow) => {
    if (cells.every((c) => c.trim() === '')) {
      issues.add({ row, field: 'row', reason: 'emptyRow' });
      return;
    }
    if (unclosedQuote) issues.add({ row, field: 'row', reason: 'unclosedQuote' });
    const cell = (at: number) => (at === NONE ? '' : (cells[at] ?? ''));
    const rawUbigeo = cell(mapping.ubigeo);
    let ok = !unclosedQuote;
    const ubigeo = normalizeUbigeo(rawUbigeo);
    if (ubigeo === null) {
      issues.add({ row, field: 'ubigeo', reason: 'notAUbigeo', value: shown(rawUbigeo) });
      ok = false;
    } else if (!options.knownUbigeo(ubigeo)) {
      issues.add({ row, field: 'ubigeo', reason: 'unknownUbigeo', value: shown(rawUbigeo) });
      ok = false;
    }
    let kept = 0;
    if (mapping.layout === 'long') {
      const rawYear = cell(mapping.year);
      const year = mapping.year === NONE ? mapping.fixedYear : parseYear(rawYear);
      if (year === null) {
        issues.add({ row, field: 'year', reason: 'notAYear', value: shown(rawYear) });
        ok = false;
      }
      const rawValue = cell(mapping.value);
      if (!ok || ubigeo === null || year === null) {
        // Still say what is wrong with the value, as a spreadsheet user fixes a row at once.
        const number = rawValue.trim() === '' ? null : parseNumber(rawValue, separator);
        if (rawValue.trim() === '')
          issues.add({ row, field: 'value', reason: 'missingValue', value: '' });
        else if (number && !number.ok)
          issues.add({ row, field: 'value', reason: number.reason, value: shown(rawValue) });
        return;
      }
      if (readValue(row, ubigeo, year, rawValue)) kept += 1;
    } else {
      if (!ok || ubigeo === null) return;
      for (const { column, year } of mapping.yearColumns) {
        if (readValue(row, ubigeo, year, cell(column), state.header[column] ?? String(year)))
          kept += 1;
      }
    }
    if (kept === 0) return;
    state.rows += 1;
    const rowUnit = cell(mapping.unit).trim();
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
    const rowSource = cell(mapping.source).trim();
    if (state.source === null && rowSource !== '') state.source = rowSource;
  };

  /** Decides the mapping (the user's, or a guess from the rows seen) and reads the held rows. */
  const settle = (): ColumnMapping => {
    if (state.mapping) return state.mapping;
    const samples = state.buffered.map((r) => r.cells);
    const mapping = options.mapping ?? guessMapping(state.header, samples, separator);
    state.mapping = mapping;
    const problems = mappingProblems(mapping);
    for (const problem of problems) issues.add(problem);
    state.usable = problems.length === 0;
    if (state.usable) for (const row of state.buffered) readRow(mapping, row);
    state.buffered = [];
    return mapping;
  };

  const visitor: TableVisitor = {
    header(cells) {
      state.header = cells;
    },
    row(tableRow) {
      if (options.cancelled?.()) return false;
      state.rowsRead += 1;
      if (state.preview.length < PREVIEW_ROWS && tableRow.cells.some((c) => c.trim() !== ''))
        state.preview.push(tableRow.cells);
      if (!state.mapping) {
        state.buffered.push(tableRow);
        if (state.buffered.length >= SAMPLE_ROWS) settle();
        return;
      }
      // Without a usable mapping the rows are still counted, so the report says how many.
      if (state.usable) readRow(state.mapping, tableRow);
    },
    progress: options.progress,
  };

  const finish = (): ImportedIndicator => {
    const mapping = settle();
    if (state.rowsRead === 0 && state.header.length > 0) {
      issues.add({ row: 2, field: 'file', reason: 'emptyFile' });
    }
    for (const list of values.values()) list.sort((a, b) => a.y - b.y);
    return {
      values,
      rows: state.rows,
      observations: state.observations,
      rowsRead: state.rowsRead,
      unit: state.unit ?? mapping.unitText,
      source: state.source,
      separator,
      report: issues.report(),
      header: state.header,
      preview: state.preview,
      mapping,
    };
  };
  return { visitor, finish };
}
