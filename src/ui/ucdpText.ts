/**
 * The words for a UCDP year status, shared by the legend, the controls, the district panel and
 * the table: a count "in this copy", "no rows in this copy" (never "0 events") or "outside the
 * period", with the years without rows inside an "up to" span.
 */
import type { UcdpFile } from '../data/ucdpSchemas';
import type { UcdpYearStatus } from '../domain/ucdp';
import type { I18n } from '../i18n/I18nContext';
import { formatInteger } from '../i18n/format';

export function ucdpStatusText(
  { t, lang }: I18n,
  status: UcdpYearStatus,
  coverage: UcdpFile['coverage'],
  count: number,
): string {
  if (status.kind === 'outsideRelease')
    return t('ucdp.outside', { first: coverage.releaseFirstYear, last: coverage.releaseLastYear });
  if (status.kind === 'noRows') return t('ucdp.noRows', { year: status.year });
  const n = formatInteger(lang, count);
  const counted =
    status.firstYear === status.lastYear
      ? t('ucdp.statusYear', { year: status.lastYear, count: n })
      : t('ucdp.statusUpTo', { first: status.firstYear, last: status.lastYear, count: n });
  return status.gaps.length === 0
    ? counted
    : `${counted}. ${t('ucdp.gapsInRange', { list: status.gaps.join(', ') })}`;
}

/** A table cell or short line: the count, or why there is none. */
export function ucdpShortText({ t, lang }: I18n, status: UcdpYearStatus, count: number): string {
  if (status.kind === 'outsideRelease') return t('ucdp.outsideShort');
  if (status.kind === 'noRows') return t('ucdp.noRowsShort');
  return formatInteger(lang, count);
}

/** "2016" or "1989–2016": the span a count covers, for headers. */
export function ucdpPeriod(status: UcdpYearStatus, year: number): string {
  return status.kind === 'rows' && status.firstYear !== status.lastYear
    ? `${status.firstYear}–${status.lastYear}`
    : String(year);
}
