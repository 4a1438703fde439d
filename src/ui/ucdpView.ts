/**
 * What the UCDP GED layer, its legend, the district panel and the table show for the URL state:
 * the year (the map indicator's, else the link's, else the copy's last year with rows), the mode,
 * the year's status (rows / no rows in this copy / outside the release) and the events and counts.
 * Pure, so that the year filter modes are unit-tested.
 */
import type { UcdpEvent, UcdpFile } from '../data/ucdpSchemas';
import {
  defaultUcdpYear,
  ucdpCountsByDistrict,
  ucdpEventsFor,
  ucdpSpan,
  ucdpYearStatus,
  type UcdpYearMode,
  type UcdpYearStatus,
} from '../domain/ucdp';

export interface UcdpView {
  /** The layer is drawn (the link's `ged`). */
  on: boolean;
  mode: UcdpYearMode;
  year: number;
  /** The release's years, for the layer's own slider when no indicator sets the year. */
  span: number[];
  /** Years with at least one row, for the slider's "no data that year" mark. */
  yearsWithRows: number[];
  status: UcdpYearStatus;
  /** Events of the year (or up to it); empty when the status is not "rows". */
  events: UcdpEvent[];
  /** Those events per district. */
  counts: Map<string, number>;
  /** All events of the copy per district (the panel's total). */
  totals: Map<string, number>;
}

export function buildUcdpView(
  ucdp: UcdpFile,
  mode: UcdpYearMode | null,
  /** The year of the map's indicator, which the UCDP layer then follows; null without one. */
  indicatorYear: number | null,
  linkYear: number | null,
): UcdpView {
  const span = ucdpSpan(ucdp.coverage);
  const first = span[0] ?? ucdp.coverage.releaseFirstYear;
  const last = span[span.length - 1] ?? ucdp.coverage.releaseLastYear;
  const fromLink = linkYear !== null && linkYear >= first && linkYear <= last ? linkYear : null;
  const year = indicatorYear ?? fromLink ?? defaultUcdpYear(ucdp.events, ucdp.coverage);
  const effectiveMode = mode ?? 'year';
  const status = ucdpYearStatus(ucdp.coverage, year, effectiveMode);
  const events = ucdpEventsFor(ucdp.events, status);
  return {
    on: mode !== null,
    mode: effectiveMode,
    year,
    span,
    yearsWithRows: [...new Set(ucdp.events.map((e) => e.year))].sort((a, b) => a - b),
    status,
    events,
    counts: ucdpCountsByDistrict(events),
    totals: ucdpCountsByDistrict(ucdp.events),
  };
}
