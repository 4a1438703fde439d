/** The UCDP GED layer's controls, its tooltip and its block in the district panel. */
import type { UcdpEvent, UcdpFile } from '../data/ucdpSchemas';
import type { DistrictIndex } from '../domain/districts';
import { ucdpDistrictCount, type UcdpYearMode } from '../domain/ucdp';
import { useI18n } from '../i18n/I18nContext';
import { formatInteger } from '../i18n/format';
import { UCDP_KIND_KEYS } from './pointKeys';
import { ucdpStatusText } from './ucdpText';
import type { UcdpView } from './ucdpView';
import { YearControl } from './YearControl';

export interface UcdpControlsProps {
  view: UcdpView;
  file: UcdpFile;
  /** The map shows an indicator, whose year slider the layer follows. */
  followsIndicator: boolean;
  isVraem: (ubigeo: string) => boolean;
  onMode: (mode: UcdpYearMode | null) => void;
  onYear: (year: number) => void;
  ready: boolean;
}

export function UcdpControls(props: UcdpControlsProps) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const { view } = props;
  const inVraem = view.events.filter((e) => e.ubigeo !== null && props.isVraem(e.ubigeo)).length;
  return (
    <div className="ucdp-controls">
      <label className="check">
        <input
          type="checkbox"
          checked={view.on}
          disabled={!props.ready}
          onChange={(e) => props.onMode(e.target.checked ? view.mode : null)}
        />
        {t('ucdp.toggle')}
      </label>
      {view.on && (
        <fieldset className="ucdp-mode">
          <legend>{t('ucdp.modeLabel')}</legend>
          {(['year', 'upTo'] as const).map((mode) => (
            <label key={mode} className="check">
              <input
                type="radio"
                name="ucdp-mode"
                checked={view.mode === mode}
                onChange={() => props.onMode(mode)}
              />
              {t(mode === 'year' ? 'ucdp.modeYear' : 'ucdp.modeUpTo')}
            </label>
          ))}
          {props.followsIndicator ? (
            <p className="note">{t('ucdp.yearFollowsIndicator', { year: view.year })}</p>
          ) : (
            <YearControl
              years={view.span}
              dataYears={view.yearsWithRows}
              year={view.year}
              onYear={props.onYear}
            />
          )}
          <p className="note" data-testid="ucdp-status">
            {ucdpStatusText(i18n, view.status, props.file.coverage, view.events.length)}
            {view.status.kind === 'rows' &&
              ` · ${t('ucdp.inVraem', { count: formatInteger(lang, inVraem) })}`}
          </p>
        </fieldset>
      )}
    </div>
  );
}

export function UcdpTooltip({
  event,
  file,
  index,
  x,
  y,
}: {
  event: UcdpEvent;
  file: UcdpFile;
  index: DistrictIndex;
  x: number;
  y: number;
}) {
  const { t, lang } = useI18n();
  const { low, best, high } = event.deaths;
  const district = event.ubigeo ? index.byUbigeo.get(event.ubigeo) : undefined;
  return (
    <div className="map-tooltip" role="status" style={{ left: x + 14, top: y + 14 }}>
      <strong>{event.date}</strong> · {t(UCDP_KIND_KEYS[event.kind])}
      <div>{t('ucdp.sides', { a: event.sideA, b: event.sideB })}</div>
      <div className="tooltip-value">
        {t('ucdp.deaths', {
          best: formatInteger(lang, best),
          low: formatInteger(lang, low),
          high: formatInteger(lang, high),
        })}
      </div>
      {!(low <= best && best <= high) && (
        <div className="tooltip-flags">⚠ {t('ucdp.unordered')}</div>
      )}
      {district && (
        <div>
          {district.name}, {district.province}, {district.department}
        </div>
      )}
      <div className="note">{t('ucdp.location')}</div>
      <div className="tooltip-source">
        {t('panel.source')}: {file.attribution[lang]} · GED id {event.id}
      </div>
    </div>
  );
}

/** The district panel's UCDP lines: the count for the year (or up to it) and the copy's total. */
export function UcdpDistrictBlock({
  ubigeo,
  view,
  file,
}: {
  ubigeo: string;
  view: UcdpView;
  file: UcdpFile;
}) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const count = ucdpDistrictCount(view.counts, ubigeo, view.status);
  const last = view.yearsWithRows[view.yearsWithRows.length - 1] ?? file.coverage.releaseLastYear;
  return (
    <section className="ucdp-district" data-testid="ucdp-district">
      <h3>{t('ucdp.panelTitle')}</h3>
      <p>
        {ucdpStatusText(
          i18n,
          view.status,
          file.coverage,
          count.kind === 'count' ? count.events : 0,
        )}
      </p>
      <p className="note">
        {t('ucdp.panelTotal', {
          first: file.coverage.releaseFirstYear,
          last,
          count: formatInteger(lang, view.totals.get(ubigeo) ?? 0),
        })}
      </p>
      <p className="note">
        {t('ucdp.caveat', { gaps: file.coverage.yearsWithoutRows.join(', '), last })}
      </p>
    </section>
  );
}
