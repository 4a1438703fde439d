/**
 * The district table: every indicator for a year, per district, with each value's vintage and
 * flags; sorting that keeps missing values last. Its CSV is written by csv.ts.
 */
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
