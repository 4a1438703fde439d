/**
 * Side-by-side profiles of a few districts: every indicator for the year with its vintage, and
 * the district's rank among the VRAEM districts that have a value (1 = highest).
 */
import type { IndicatorId } from '../data/indicatorSchemas';
import { countsAsEvidence, type DistrictValue } from './districtValues';
import type { District } from './districts';
import { INDICATORS } from './indicatorRegistry';
import type { TableRow } from './table';

export const MIN_COMPARED = 2;
export const MAX_COMPARED = 6;

export interface Rank {
  /** 1 for the highest value; ties share the better rank. */
  rank: number;
  /** How many districts of the reference set have a value. */
  of: number;
}

export interface ProfileCell {
  value: DistrictValue | undefined;
  rank: Rank | null;
}

export interface CompareProfile {
  districts: District[];
  /** Per indicator, one cell per compared district, in the same order. */
  rows: { indicator: IndicatorId; cells: ProfileCell[] }[];
  /** Selected districts beyond the six shown side by side. */
  leftOut: number;
}

/** Rank of a value among others (descending); null when the value is missing. */
export function rankOf(value: number | null, among: readonly number[]): Rank | null {
  if (value === null) return null;
  return { rank: 1 + among.filter((v) => v > value).length, of: among.length };
}

export function compareProfiles(
  compared: readonly TableRow[],
  reference: readonly TableRow[],
): CompareProfile {
  const shown = compared.slice(0, MAX_COMPARED);
  const numberOf = (row: TableRow, id: IndicatorId) => {
    const value = row.cells[id];
    return countsAsEvidence(value) ? value.value : null;
  };
  const rows = INDICATORS.map((def) => {
    const among = reference.flatMap((r) => numberOf(r, def.id) ?? []);
    return {
      indicator: def.id,
      cells: shown.map((row) => ({
        value: row.cells[def.id],
        // A district outside the reference set has no rank among it.
        rank: reference.some((r) => r.district.ubigeo === row.district.ubigeo)
          ? rankOf(numberOf(row, def.id), among)
          : null,
      })),
    };
  });
  return {
    districts: shown.map((r) => r.district),
    rows,
    leftOut: Math.max(0, compared.length - MAX_COMPARED),
  };
}
