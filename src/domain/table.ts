/**
 * The district table: every indicator for a year, per district, with each value's vintage and
 * flags; sorting that keeps missing values last; CSV for spreadsheets (Excel in Spanish reads
 * ";" with decimal commas, others "," with decimal points).
 */
import type { SourceRef } from '../data/schemas';
import { districtAnswers } from './answer';
import type { DistrictStart, DistrictValue, IndicatorValues } from './districtValues';
import type { District } from './districts';
import { INDICATORS, type IndicatorDef, type IndicatorKey } from './indicatorRegistry';

export interface TableRow {
  district: District;
  cells: Partial<Record<IndicatorKey, DistrictValue>>;
}

export function buildTableRows(
  districts: readonly District[],
  indicators: ReadonlyMap<IndicatorKey, IndicatorValues>,
  starts: ReadonlyMap<string, DistrictStart>,
  year: number,
  defs: readonly IndicatorDef[] = INDICATORS,
): TableRow[] {
  // Each indicator under its own tolerance, as on the map and in the district panel.
  return districts.map((district) => ({
    district,
    cells: districtAnswers(district, indicators, starts, year, defs),
  }));
}

export type SortKey = 'name' | 'province' | 'department' | IndicatorKey;

/** Sorts by a column; missing values always go last, whatever the direction. */
export function sortTableRows(
  rows: readonly TableRow[],
  key: SortKey,
  direction: 'asc' | 'desc',
): TableRow[] {
  const sign = direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    if (key === 'name' || key === 'province' || key === 'department') {
      return (
        sign * a.district[key].localeCompare(b.district[key], 'es') ||
        a.district.ubigeo.localeCompare(b.district.ubigeo)
      );
    }
    const va = a.cells[key];
    const vb = b.cells[key];
    const na = va?.kind === 'value' ? va.value : null;
    const nb = vb?.kind === 'value' ? vb.value : null;
    if (na === null && nb === null) return a.district.ubigeo.localeCompare(b.district.ubigeo);
    if (na === null) return 1;
    if (nb === null) return -1;
    return sign * (na - nb) || a.district.ubigeo.localeCompare(b.district.ubigeo);
  });
}

export interface CsvOptions {
  separator: ',' | ';';
  /** Column header and missing-kind text in the user's language. */
  headers: {
    ubigeo: string;
    name: string;
    province: string;
    department: string;
    vraem: string;
    year: string;
    source: string;
    licence: string;
  };
  indicatorLabel: (id: IndicatorKey) => string;
  /** Columns, in order (the shipped indicators unless imported ones are added). */
  defs?: readonly IndicatorDef[];
  missingText: (value: DistrictValue) => string;
  sources: ReadonlyMap<string, SourceRef>;
}

/** CSV of the rows: per indicator a value column, its year, and its source and licence. */
export function tableToCsv(rows: readonly TableRow[], options: CsvOptions): string {
  const { separator, headers } = options;
  const decimal = separator === ';' ? ',' : '.';
  const quote = (text: string) =>
    text.includes(separator) || /["\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  const ids = (options.defs ?? INDICATORS).map((d) => d.id);
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
        `${label} · ${headers.year}`,
        `${label} · ${headers.source}`,
        `${label} · ${headers.licence}`,
      ];
    }),
  );
  const lines = rows.map((row) => {
    const base = [
      row.district.ubigeo,
      row.district.name,
      row.district.province,
      row.district.department,
      row.district.vraem ? '1' : '0',
    ];
    const cells = ids.flatMap((id) => {
      const value = row.cells[id];
      if (!value) return ['', '', '', ''];
      if (value.kind === 'missing') return [options.missingText(value), '', '', ''];
      const source = options.sources.get(value.source);
      return [
        String(value.value).replace('.', decimal),
        String(value.year),
        source?.title ?? value.source,
        source?.licence ?? '',
      ];
    });
    return base.concat(cells).map(quote).join(separator);
  });
  return [header.map(quote).join(separator), ...lines].join('\r\n');
}
