import type { ThemeData } from '../data/loadThemes';
import type { DistrictIndex } from '../domain/districts';
import type { PlacedIncident } from '../domain/incidents';
import type { Incident } from '../data/indicatorSchemas';
import { useI18n } from '../i18n/I18nContext';
import { ChoroplethLegend, MergedNote } from './ChoroplethLegend';
import { CocaContext } from './CocaContext';
import { IncidentAggregates } from './IncidentAggregates';
import { JurisdictionLegend } from './JurisdictionLegend';
import { Legend } from './Legend';
import type { LayerView } from './layerView';

export interface LegendDockProps {
  view: LayerView;
  index: DistrictIndex;
  theme: ThemeData | null;
  /** Incidents shown on the map, with those that could not be placed; null when off. */
  incidents: { placed: readonly PlacedIncident[]; unplaced: readonly Incident[] } | null;
  /** National scope (?scope=peru). */
  national?: boolean;
}

/** The legend of the current layer, with the context notes that belong beside it. */
export function LegendDock({ view, index, theme, incidents, national }: LegendDockProps) {
  const { t, lang } = useI18n();
  return (
    <div className="legend-dock">
      {view.kind === 'base' ? (
        <Legend
          vraemCount={index.vraem.length}
          newCount={index.vraem.filter((d) => !d.existsIn2017).length}
          national={national}
        />
      ) : view.kind === 'indicator' ? (
        <ChoroplethLegend indicator={view.indicator} year={view.year} map={view.map}>
          {view.merged && <MergedNote merged={view.merged} index={index} />}
        </ChoroplethLegend>
      ) : (
        <JurisdictionLegend view={view} />
      )}
      {view.kind === 'indicator' && view.indicator.id === 'coca_ha' && theme && (
        <CocaContext theme={theme} year={view.year} />
      )}
      {incidents && theme && <IncidentAggregates aggregates={theme.aggregates} />}
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
