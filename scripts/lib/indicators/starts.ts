/**
 * districtStarts: for every district absent from the INEI 2007 limits, the first year it can have
 * a value of its own, from the creation-law compilation (GEO-SOURCES §11), and the rule that
 * decides when a published value belongs to a district that did not exist yet.
 */
import type { CreationLawRow } from '../raw-schemas';

export interface DistrictFacts {
  ubigeo: string;
  name: string;
  province: string;
  department: string;
  existsIn2007: boolean;
  existsIn2017: boolean;
  /** 2007 district it overlaps most (districts.json lineage), when known. */
  parent2007?: string | null;
}

export type StartBasis = 'published' | 'reportedDate' | 'absentFromCensus2017' | 'unknown';

export interface DistrictStart {
  ubigeo: string;
  firstYear: number | null;
  basis: StartBasis;
  note: string;
}

const REPORTED = /reported_date=(\d{4})-(\d{2})-(\d{2})/g;

/** The one reported_date in a note; two different ones would be a contradiction we cannot settle. */
function reportedDate(note: string, ubigeo: string): string | null {
  const dates = [...new Set([...note.matchAll(REPORTED)].map((m) => m[0].slice(14)))];
  if (dates.length > 1)
    throw new Error(
      `creation-law row ${ubigeo}: several reported_date values (${dates.join(', ')})`,
    );
  return dates[0] ?? null;
}

export function districtStart(d: DistrictFacts, row: CreationLawRow | undefined): DistrictStart {
  const compiled = row
    ? row.note
      ? ` Compilation note: ${row.note}`
      : ''
    : ' The compilation has no row for this district.';
  const where = row?.source_url ? ` Source: ${row.source_url}.` : '';
  if (row?.published) {
    return {
      ubigeo: d.ubigeo,
      firstYear: Number(row.published.slice(0, 4)),
      basis: 'published',
      note: `Creation law published in El Peruano on ${row.published} (district-creation-laws.csv).${where}${compiled}`,
    };
  }
  const reported = row ? reportedDate(row.note, d.ubigeo) : null;
  if (reported) {
    return {
      ubigeo: d.ubigeo,
      firstYear: Number(reported.slice(0, 4)),
      basis: 'reportedDate',
      note: `Creation date ${reported} as reported by a secondary source (promulgation or publication not known); no El Peruano date found (district-creation-laws.csv).${where}${compiled}`,
    };
  }
  if (!d.existsIn2017) {
    return {
      ubigeo: d.ubigeo,
      firstYear: null,
      basis: 'absentFromCensus2017',
      note: `No creation date found; the district is absent from the 2017 census district set, so it was created after the 2017 census (year unknown).${compiled}`,
    };
  }
  return {
    ubigeo: d.ubigeo,
    firstYear: null,
    basis: 'unknown',
    note: `No creation date found; the district exists in the 2017 census district set, so it was created between the 2007 and 2017 censuses (year unknown).${compiled}`,
  };
}

export function buildDistrictStarts(
  districts: DistrictFacts[],
  laws: Map<string, CreationLawRow>,
): DistrictStart[] {
  return districts.filter((d) => !d.existsIn2007).map((d) => districtStart(d, laws.get(d.ubigeo)));
}

/**
 * True when `year` is before the district existed, by the same rule the app applies
 * (src/domain/districtValues.ts isNotYetDistrict): before firstYear when known; otherwise up to
 * 2017 for a district absent from the 2017 census set, up to 2007 for one absent from 2007.
 */
export function notYetDistrict(
  d: Pick<DistrictFacts, 'existsIn2007' | 'existsIn2017'>,
  start: Pick<DistrictStart, 'firstYear'> | undefined,
  year: number,
): boolean {
  if (start?.firstYear != null) return year < start.firstYear;
  if (!d.existsIn2017) return year <= 2017;
  if (!d.existsIn2007) return year <= 2007;
  return false;
}
