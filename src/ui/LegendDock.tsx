import type { ReactNode } from 'react';
import type { ThemeData } from '../data/loadThemes';
import type { DistrictIndex } from '../domain/districts';
import type { PlacedIncident } from '../domain/incidents';
import type { Incident } from '../data/indicatorSchemas';
import { useI18n } from '../i18n/I18nContext';
import { Legend } from './Legend';
import { baseCounts } from './legendModel';
import type { LayerView } from './layerView';
import { importedByFile, type ImportedEvents } from './import/importedEvents';
import { useThemeViews } from './themeViewsLoader';
import type { UcdpView } from './ucdpView';

export interface LegendDockProps {
  view: LayerView;
  index: DistrictIndex;
  theme: ThemeData | null;
  /** Incidents shown on the map, with those that could not be placed; null when off. */
  incidents: { placed: readonly PlacedIncident[]; unplaced: readonly Incident[] } | null;
  /** National scope (?scope=peru). */
  national?: boolean;
  /** The UCDP GED layer for the year, when it is on. */
  ucdp?: UcdpView | null;
  /** Points of imported UCDP/ACLED files, with the file each came from. */
  importedEvents?: ImportedEvents;
  /** A systems view's own legend (bivariate key, overlap panel), in place of the layer's. */
  systemsLegend?: ReactNode;
}

/** The legend of the current layer, with the context notes that belong beside it. */
export function LegendDock({
  view,
  index,
  theme,
  incidents,
  national = false,
  ucdp = null,
  importedEvents,
  systemsLegend,
}: LegendDockProps) {
  const { t, lang } = useI18n();
  // Every legend but the base map's draws theme data: its code loads with the theme.
  const views = useThemeViews();
  return (
    <div className="legend-dock">
      {systemsLegend ? (
        systemsLegend
      ) : view.kind === 'base' ? (
        <Legend counts={baseCounts(index, national)} />
      ) : !views ? null : view.kind === 'indicator' ? (
        <views.ChoroplethLegend indicator={view.indicator} year={view.year} map={view.map}>
          {view.merged && <views.MergedNote merged={view.merged} index={index} />}
        </views.ChoroplethLegend>
      ) : (
        <views.JurisdictionLegend view={view} />
      )}
      {views && view.kind === 'indicator' && view.indicator.id === 'coca_ha' && theme && (
        <views.CocaContext theme={theme} year={view.year} />
      )}
      {views && ucdp && theme && <views.UcdpLegend view={ucdp} file={theme.ucdp} />}
      {views && incidents && <views.IncidentLegend placed={incidents.placed} />}
      {views &&
        importedEvents &&
        importedByFile(importedEvents).map(([key, f]) => (
          <views.ImportedEventsLegend
            key={key}
            layerKey={key}
            fileName={f.fileName}
            placed={f.placed}
          />
        ))}
      {views && incidents && theme && <views.IncidentAggregates aggregates={theme.aggregates} />}
      {incidents && incidents.unplaced.length > 0 && (
        <p className="note unmapped">
          {t('incident.unmapped', {
            list: incidents.unplaced
              .map((i) => `${i.date} ${i.typeLabel?.[lang] ?? i.type}`)
              .join('; '),
          })}
        </p>
      )}
    </div>
  );
}
