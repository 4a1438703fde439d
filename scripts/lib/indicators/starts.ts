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
  /** Every 2007 district holding ≥ 15 % of its area (districts.json lineage), when known. */
  parents2007?: string[];
}

export type StartBasis =
  | 'published'
  | 'reportedDate'
  | 'reportedYear'
  | 'approvedByCongress'
  | 'createdWith'
  | 'absentFromCensus2017'
  | 'unknown';

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

const MONTHS =
  'Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|January|February|March|May|June|July|October|December';
/** Dates a note quotes from its sources ("16. Juli 2010"): only their years are used. */
const QUOTED_DATE = new RegExp(`\\b\\d{1,2}\\. (?:${MONTHS}) (\\d{4})\\b`, 'g');
const APPROVED = /approved creation[^;]*? on (\d{4})-\d{2}-\d{2}/i;
const CREATION_AROUND = /implying creation around \w+ (\d{4})/i;
const CREATED_WITH = /created together with (\p{L}+)/iu;

/**
 * A creation year the compilation's note supports even where it records no date: dates that
 * disagree on the day but not the year (Samugari: 16 June / 16 July 2010), a plenary vote of
 * Congress (Uchuraccay, 2014: the law cannot come before it), an anniversary that implies the year
 * (Canayre, 2013). Null when the note supports none.
 */
export function yearFromNote(note: string): { year: number; basis: StartBasis } | null {
  const quoted = [...new Set([...note.matchAll(QUOTED_DATE)].map((m) => Number(m[1])))];
  if (quoted.length === 1) return { year: quoted[0] as number, basis: 'reportedYear' };
  const approved = APPROVED.exec(note);
  if (approved) return { year: Number(approved[1]), basis: 'approvedByCongress' };
  const around = CREATION_AROUND.exec(note);
  if (around) return { year: Number(around[1]), basis: 'reportedYear' };
  return null;
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
  const fromNote = row ? yearFromNote(row.note) : null;
  if (fromNote) {
    const why =
      fromNote.basis === 'approvedByCongress'
        ? `Congress approved its creation in ${fromNote.year}, so it cannot have existed before that year; the law's date was not found`
        : `The compilation's sources give the creation year ${fromNote.year} but no settled day`;
    return {
      ubigeo: d.ubigeo,
      firstYear: fromNote.year,
      basis: fromNote.basis,
      note: `${why} (district-creation-laws.csv).${where}${compiled}`,
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
  const starts = districts
    .filter((d) => !d.existsIn2007)
    .map((d) => districtStart(d, laws.get(d.ubigeo)));
  // "Created together with Inkawasi" (Villa Virgen): the sibling's start, when it has one.
  const byName = new Map(
    districts.map((d) => [
      d.name
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase(),
      d,
    ]),
  );
  const byUbigeo = new Map(starts.map((s) => [s.ubigeo, s]));
  return starts.map((s) => {
    const note = laws.get(s.ubigeo)?.note ?? '';
    const sibling = CREATED_WITH.exec(note)?.[1]?.toLowerCase();
    const found = sibling ? byUbigeo.get(byName.get(sibling)?.ubigeo ?? '') : undefined;
    if (s.firstYear !== null || !found || found.firstYear === null) return s;
    return {
      ...s,
      firstYear: found.firstYear,
      basis: 'createdWith' as const,
      note: `Created together with ${sibling} (the compilation's note), whose creation year is ${found.firstYear}. ${s.note}`,
    };
  });
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
