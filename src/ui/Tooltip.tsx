import type { ReactNode } from 'react';
import type { Incident } from '../data/indicatorSchemas';
import type { SourceRef } from '../data/schemas';
import type { District } from '../domain/districts';
import { incidentDeaths } from '../domain/incidents';
import { useI18n } from '../i18n/I18nContext';
import { localizeSource } from './sourceText';

export interface TooltipProps {
  district: District;
  /** Replaces the district name, e.g. "Pangoa + Vizcatán del Ene" in the comparable view. */
  title?: string;
  /** What the current layer says about the district, if anything. */
  line: string | null;
  flags: readonly string[];
  /** The source of the value shown (a bare title is shown as given). */
  source?: SourceRef | string;
  /** The indicator over time for this district. */
  sparkline?: ReactNode;
  x: number;
  y: number;
}

/** Follows the pointer over the map; positioned by the map's pixel coordinates. */
export function Tooltip({ district, title, line, flags, source, sparkline, x, y }: TooltipProps) {
  const { t, lang } = useI18n();
  const sourceTitle =
    typeof source === 'string' ? source : source && localizeSource(source, lang).title;
  return (
    <div className="map-tooltip" role="status" style={{ left: x + 14, top: y + 14 }}>
      <strong>{title ?? district.name}</strong>
      <div>
        {district.province}, {district.department}
      </div>
      <div className={district.vraem ? 'tag tag-vraem' : 'tag'}>
        {district.vraem ? t('tooltip.vraem') : t('tooltip.notVraem')}
      </div>
      {line && <div className="tooltip-value">{line}</div>}
      {sparkline}
      {flags.length > 0 && <div className="tooltip-flags">⚠ {flags.join(' · ')}</div>}
      {sourceTitle && (
        <div className="tooltip-source">
          {t('panel.source')}: {sourceTitle}
        </div>
      )}
    </div>
  );
}

export function IncidentTooltip({ incident, x, y }: { incident: Incident; x: number; y: number }) {
  const { t, lang } = useI18n();
  const deaths = incidentDeaths(incident);
  return (
    <div className="map-tooltip" role="status" style={{ left: x + 14, top: y + 14 }}>
      <strong>{incident.date}</strong> · {incident.typeLabel?.[lang] ?? incident.type}
      <div>{incident.place}</div>
      <div>
        {deaths === null ? t('incident.deathsUnknown') : t('incident.deaths', { count: deaths })}
      </div>
      <div className="note">{t('incident.approximate')}</div>
      <div className="note">
        {t('incident.clickForSources', { count: incident.sourceUrls.length })}
      </div>
    </div>
  );
}
