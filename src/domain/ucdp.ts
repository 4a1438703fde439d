/**
 * UCDP GED events (an incomplete copy) by year: which events the year slider shows — the year, or
 * every year up to it — and what a count may say. A year of the release with no row in the copy
 * is a gap ("no rows in this copy"), never "0 events"; a year outside the release is outside it.
 * No trend or rate is computed here, on purpose: the copy cannot carry one.
 */
import type { UcdpEvent, UcdpFile } from '../data/ucdpSchemas';

/** "year": only the slider's year; "upTo": every year of the release up to it. */
export type UcdpYearMode = 'year' | 'upTo';

export type UcdpCoverage = UcdpFile['coverage'];

export type UcdpYearStatus =
  /** The year (or, up to the year, none of the years) is outside the release. */
  | { kind: 'outsideRelease' }
  /** The year is one the copy has no row for: nothing can be said, not even 0. */
  | { kind: 'noRows'; year: number }
  /**
   * Events can be counted; `gaps` are the years without rows inside the span (up-to mode), and
   * `lastYear` the last year counted (the release's end when the slider is past it).
   */
  | { kind: 'rows'; firstYear: number; lastYear: number; gaps: number[] };

export function ucdpYearStatus(
  coverage: UcdpCoverage,
  year: number,
  mode: UcdpYearMode,
): UcdpYearStatus {
  const { releaseFirstYear: first, releaseLastYear: last, yearsWithoutRows } = coverage;
  if (mode === 'year') {
    if (year < first || year > last) return { kind: 'outsideRelease' };
    if (yearsWithoutRows.includes(year)) return { kind: 'noRows', year };
    return { kind: 'rows', firstYear: year, lastYear: year, gaps: [] };
  }
  if (year < first) return { kind: 'outsideRelease' };
  const lastYear = Math.min(year, last);
  const gaps = yearsWithoutRows.filter((y) => y >= first && y <= lastYear);
  return { kind: 'rows', firstYear: first, lastYear, gaps };
}

/** The events the map shows for the slider's year and mode (none when nothing can be shown). */
export function ucdpEventsFor(events: readonly UcdpEvent[], status: UcdpYearStatus): UcdpEvent[] {
  if (status.kind !== 'rows') return [];
  return events.filter((e) => e.year >= status.firstYear && e.year <= status.lastYear);
}

/** Events per district (ubigeo) among the given ones. */
export function ucdpCountsByDistrict(events: readonly UcdpEvent[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of events)
    if (e.ubigeo !== null) counts.set(e.ubigeo, (counts.get(e.ubigeo) ?? 0) + 1);
  return counts;
}

/** What a district's UCDP cell says for the year: a count in this copy, or why there is none. */
export type UcdpDistrictCount =
  | { kind: 'count'; events: number; status: Extract<UcdpYearStatus, { kind: 'rows' }> }
  | Exclude<UcdpYearStatus, { kind: 'rows' }>;

export function ucdpDistrictCount(
  counts: ReadonlyMap<string, number>,
  ubigeo: string,
  status: UcdpYearStatus,
): UcdpDistrictCount {
  if (status.kind !== 'rows') return status;
  return { kind: 'count', events: counts.get(ubigeo) ?? 0, status };
}

/** The year the UCDP layer shows when neither the link nor an indicator sets one. */
export function defaultUcdpYear(events: readonly UcdpEvent[], coverage: UcdpCoverage): number {
  return events.reduce((latest, e) => Math.max(latest, e.year), coverage.releaseFirstYear);
}

/** Every year of the release, for the slider when no indicator sets the span. */
export function ucdpSpan(coverage: UcdpCoverage): number[] {
  const { releaseFirstYear: first, releaseLastYear: last } = coverage;
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}
