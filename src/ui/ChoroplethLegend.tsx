import type { ReactNode } from 'react';
import type { Choropleth } from '../domain/choropleth';
import type { DistrictIndex } from '../domain/districts';
import type { IndicatorDef } from '../domain/indicatorRegistry';
import { useI18n } from '../i18n/I18nContext';
import { choroplethLegend } from './legendModel';
import { LegendKey } from './LegendKey';

export interface ChoroplethLegendProps {
  indicator: IndicatorDef;
  year: number;
  map: Choropleth;
  children?: ReactNode;
}

/** An indicator's legend (legendModel.choroplethLegend: the PNG export draws the same). */
export function ChoroplethLegend({ indicator, year, map, children }: ChoroplethLegendProps) {
  const i18n = useI18n();
  const model = choroplethLegend(i18n, indicator, year, map);
  return (
    <section className="legend choropleth-legend" aria-labelledby="legend-title" tabIndex={0}>
      <h2 id="legend-title">{model.title}</h2>
      {model.notice && (
        <p className="tolerance-notice" role="status" data-testid="tolerance-notice">
          {model.notice}
        </p>
      )}
      <LegendKey items={model.items} />
      {children}
      {model.notes.map((note) => (
        <p key={note} className="note">
          {note}
        </p>
      ))}
      <p className="legend-unit">{model.unit}</p>
      <p className="caveat">{indicator.caveat[i18n.lang]}</p>
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
