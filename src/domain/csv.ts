/**
 * Every CSV the atlas writes goes through here: Papa.unparse quotes what needs quoting and, with
 * escapeFormulae, prefixes a cell that a spreadsheet would run as a formula (=, +, -, @, tab, CR
 * at its start, e.g. a source name taken from an imported file) with an apostrophe. Numeric
 * columns hold numbers or nothing: why a value is missing goes to a status column beside it, so
 * Excel and R read the column as numbers. "," files use decimal points; ";" files (Excel in
 * Spanish) decimal commas.
 */
import Papa from 'papaparse';
import type { SourceRef } from '../data/schemas';
import type { DistrictValue } from './districtValues';
import { INDICATORS, type IndicatorDef, type IndicatorKey } from './indicatorRegistry';
import type { TableRow } from './table';

export type CsvCell = string | number | null | undefined;
export type CsvSeparator = ',' | ';';

/**
 * A cell a spreadsheet would read as a formula: starts with =, +, -, @, tab or CR (OWASP's list).
 * A plain number ("-3", "-1,5", written as text for a decimal comma) is no formula.
 */
export const FORMULA_START = /^(?![-+]?\d+(?:[.,]\d+)?$)[=+\-@\t\r]/;

/** Header and rows to CSV text, RFC 4180 line breaks; null and undefined are empty cells. */
export function writeCsv(
  header: readonly string[],
  rows: readonly (readonly CsvCell[])[],
  separator: CsvSeparator = ',',
): string {
  const cell = (value: CsvCell): string | number | null =>
    value === undefined
      ? null
      : typeof value === 'number' && separator === ';'
        ? String(value).replace('.', ',')
        : value;
  return Papa.unparse(
    { fields: [...header], data: rows.map((row) => row.map(cell)) },
    { delimiter: separator, newline: '\r\n', escapeFormulae: FORMULA_START, header: true },
  );
}

/** Chart rows (one per year) to CSV; an interval [low, high] in a cell becomes two columns. */
export function rowsToCsv(
  rows: readonly Record<string, unknown>[],
  columns: readonly { key: string; label: string; interval?: { low: string; high: string } }[],
): string {
  const header = columns.flatMap((c) =>
    c.interval ? [c.interval.low, c.interval.high] : [c.label],
  );
  const number = (value: unknown): CsvCell =>
    typeof value === 'number' || typeof value === 'string' ? value : null;
  return writeCsv(
    header,
    rows.map((row) =>
      columns.flatMap((c) => {
        const value = row[c.key];
        if (!c.interval) return [number(value)];
        return Array.isArray(value) ? [number(value[0]), number(value[1])] : [null, null];
      }),
    ),
  );
}

export interface TableCsvOptions {
  separator: CsvSeparator;
  /** Column header text in the user's language. */
  headers: {
    ubigeo: string;
    name: string;
    province: string;
    department: string;
    vraem: string;
    year: string;
    status: string;
    low: string;
    high: string;
    source: string;
    licence: string;
  };
  indicatorLabel: (id: IndicatorKey) => string;
  /** Columns, in order (the shipped indicators unless imported ones are added). */
  defs?: readonly IndicatorDef[];
  /** Why a value is missing, in the user's language ('' for a present value). */
  missingText: (value: DistrictValue) => string;
  sources: ReadonlyMap<string, SourceRef>;
}

/**
 * The district table as CSV. Per indicator: the value (a number or empty), its status (why it is
 * missing), the interval's low and high where the indicator has one in these rows (poverty), the
 * value's year, source and licence.
 */
export function tableToCsv(rows: readonly TableRow[], options: TableCsvOptions): string {
  const { headers } = options;
  const ids = (options.defs ?? INDICATORS).map((d) => d.id);
  const withInterval = new Set(
    ids.filter((id) => rows.some((r) => r.cells[id]?.kind === 'value' && r.cells[id].ci)),
  );
  const header = [
    headers.ubigeo,
    headers.name,
    headers.province,
    headers.department,
    headers.vraem,
  ].concat(
    ids.flatMap((id) => {
      const label = options.indicatorLabel(id);
      return [
        label,
        `${label} · ${headers.status}`,
        ...(withInterval.has(id)
          ? [`${label} · ${headers.low}`, `${label} · ${headers.high}`]
          : []),
        `${label} · ${headers.year}`,
        `${label} · ${headers.source}`,
        `${label} · ${headers.licence}`,
      ];
    }),
  );
  const lines = rows.map((row): CsvCell[] => {
    const base: CsvCell[] = [
      row.district.ubigeo,
      row.district.name,
      row.district.province,
      row.district.department,
      row.district.vraem ? 1 : 0,
    ];
    return base.concat(
      ids.flatMap((id): CsvCell[] => {
        const value = row.cells[id];
        const interval = withInterval.has(id);
        if (!value || value.kind === 'missing') {
          const status = value ? options.missingText(value) : '';
          return [null, status, ...(interval ? [null, null] : []), null, null, null];
        }
        const source = options.sources.get(value.source);
        return [
          value.value,
          '',
          ...(interval ? [value.ci?.[0] ?? null, value.ci?.[1] ?? null] : []),
          value.year,
          source?.title ?? value.source,
          source?.licence ?? '',
        ];
      }),
    );
  });
  return writeCsv(header, lines, options.separator);
}
