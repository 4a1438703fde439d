import type { ReactNode } from 'react';
import { binLabel, type BinLabel, type Choropleth } from '../domain/choropleth';
import type { DistrictIndex } from '../domain/districts';
import type { IndicatorDef } from '../domain/indicatorRegistry';
import { MISSING_COLOURS } from '../domain/palettes';
import type { MissingKind } from '../domain/values';
import { useI18n } from '../i18n/I18nContext';
import { formatDecimal } from '../i18n/format';
import type { MessageKey } from '../i18n/es';
import { PatternSwatch } from './PatternSwatch';

export const MISSING_KEYS: Record<MissingKind, MessageKey> = {
  noData: 'missing.noData',
  notYetDistrict: 'missing.notYetDistrict',
  outsideCoverage: 'missing.outsideCoverage',
};

export interface ChoroplethLegendProps {
  indicator: IndicatorDef;
  year: number;
  map: Choropleth;
  children?: ReactNode;
}

/** "1.2 – 3.4" for the values of a class; an empty class (equal intervals, manual) by its bounds. */
function rangeText(label: BinLabel, fmt: (v: number) => string): string {
  if (label.kind === 'values') {
    return label.min === label.max ? fmt(label.min) : `${fmt(label.min)} – ${fmt(label.max)}`;
  }
  if (label.above === null) return label.upTo === null ? '—' : `≤ ${fmt(label.upTo)}`;
  return label.upTo === null
    ? `> ${fmt(label.above)}`
    : `> ${fmt(label.above)} – ${fmt(label.upTo)}`;
}

export function ChoroplethLegend({ indicator, year, map, children }: ChoroplethLegendProps) {
  const { t, lang } = useI18n();
  const fmt = (v: number) => formatDecimal(lang, v, indicator.digits);
  return (
    <section className="legend choropleth-legend" aria-labelledby="legend-title" tabIndex={0}>
      <h2 id="legend-title">
        {indicator.label[lang]} · {year}
      </h2>
      {map.notice && (
        <p className="tolerance-notice" role="status" data-testid="tolerance-notice">
          {t('legend.toleranceNotice', {
            shown: map.notice.shownYears.join(', '),
            requested: map.notice.requestedYear,
          })}
        </p>
      )}
      <ul>
        {map.bins.map((bin, i) => (
          <li key={i}>
            <span className="swatch" style={{ background: bin.colour }} />
            <span className="range">{rangeText(binLabel(map, i), fmt)}</span>
            <span className="count">{t('legend.districtCount', { count: bin.count })}</span>
          </li>
        ))}
        {(Object.keys(MISSING_KEYS) as MissingKind[])
          .filter((kind) => map.missing[kind] > 0)
          .map((kind) => (
            <li key={kind} className={`missing-${kind}`}>
              {/* Colour and a pattern of its own: the three gaps read apart without colour. */}
              <PatternSwatch kind={kind} colour={MISSING_COLOURS[kind]} />
              <span className="range">{t(MISSING_KEYS[kind])}</span>
              <span className="count">
                {t('legend.districtCount', { count: map.missing[kind] })}
              </span>
            </li>
          ))}
      </ul>
      {children}
      {(map.mergedClasses ?? 0) > 0 && (
        <p className="note">
          {t('legend.mergedClasses', {
            shown: map.bins.length,
            asked: map.bins.length + (map.mergedClasses ?? 0),
          })}
        </p>
      )}
      <p className="legend-unit">
        {indicator.unit[lang].trim() === ''
          ? t('legend.unitMissing')
          : t('legend.unit', { unit: indicator.unit[lang] })}
      </p>
      <p className="caveat">{indicator.caveat[lang]}</p>
    </section>
  );
}

/** Says on screen which districts the comparable view merged. */
export function MergedNote({
  merged,
  index,
}: {
  merged: [string, string[]][];
  index: DistrictIndex;
}) {
  const { t } = useI18n();
  const name = (u: string) => index.byUbigeo.get(u)?.name ?? u;
  return (
    <details className="merged-note" open>
      <summary>{t('comparable.title', { count: merged.length })}</summary>
      <p className="note">{t('comparable.rule')}</p>
      <ul>
        {merged.map(([key, members]) => (
          <li key={key}>{members.map(name).join(' + ')}</li>
        ))}
      </ul>
    </details>
  );
}
