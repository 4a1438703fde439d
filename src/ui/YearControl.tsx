import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/I18nContext';

export interface YearControlProps {
  /** The span, ascending; the slider walks every year between the first and last. */
  years: readonly number[];
  /** Years the indicator has values for; other years show the tolerance rule's result. */
  dataYears: readonly number[];
  year: number;
  onYear: (year: number) => void;
}

const SPEEDS_MS = [1600, 900, 450];

/** Year slider with play/pause. Playing stops by itself at the last year; no autoplay. */
export function YearControl({ years, dataYears, year, onYear }: YearControlProps) {
  const { t } = useI18n();
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState(1);
  const first = years[0] ?? year;
  const last = years[years.length - 1] ?? year;
  const hasData = dataYears.includes(year);
  const dataFrom = dataYears[0];
  const dataTo = dataYears[dataYears.length - 1];
  // Outside the layer's own years (coca by district 2012–2020 on a slider that reaches the zone's
  // 2024): say which years the district layer has, not only "no data".
  const outside =
    dataFrom !== undefined && dataTo !== undefined && (year < dataFrom || year > dataTo);

  useEffect(() => {
    if (!playing) return;
    const timer = window.setTimeout(() => {
      if (year >= last) setPlaying(false);
      else onYear(year + 1);
    }, SPEEDS_MS[speed] ?? 900);
    return () => window.clearTimeout(timer);
  }, [playing, year, last, speed, onYear]);

  return (
    <div className="year-control">
      <label className="field">
        <span>
          {t('year.label')}: <strong data-testid="year-value">{year}</strong>
          {!hasData && (
            <em className="note" data-testid="year-note">
              {' · '}
              {outside
                ? t('year.outsideLayerYears', { from: dataFrom, to: dataTo })
                : t('year.noDataThatYear')}
            </em>
          )}
        </span>
        <input
          type="range"
          min={first}
          max={last}
          step={1}
          value={year}
          aria-valuetext={String(year)}
          onChange={(e) => onYear(Number(e.target.value))}
        />
      </label>
      <div className="year-ticks" aria-hidden="true">
        <span>{first}</span>
        <span>{last}</span>
      </div>
      <div className="field-row">
        <button
          type="button"
          onClick={() => {
            if (!playing && year >= last) onYear(first);
            setPlaying(!playing);
          }}
          aria-pressed={playing}
        >
          {playing ? t('year.pause') : t('year.play')}
        </button>
        <label className="field inline">
          <span>{t('year.speed')}</span>
          <select value={speed} onChange={(e) => setSpeed(Number(e.target.value))}>
            <option value={0}>{t('year.slow')}</option>
            <option value={1}>{t('year.normal')}</option>
            <option value={2}>{t('year.fast')}</option>
          </select>
        </label>
      </div>
    </div>
  );
}
