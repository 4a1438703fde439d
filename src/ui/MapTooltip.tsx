import type { ThemeData } from '../data/loadThemes';
import type { DistrictIndex } from '../domain/districts';
import { Sparkline } from '../charts/Sparkline';
import { useI18n } from '../i18n/I18nContext';
import type { HoverInfo } from '../map/mapTargets';
import { flagsOf, layerLine } from './describeValue';
import type { LayerView } from './layerView';
import { IncidentTooltip, Tooltip } from './Tooltip';

export interface MapTooltipProps {
  hover: HoverInfo;
  view: LayerView;
  index: DistrictIndex;
  theme: ThemeData | null;
}

/** What the pointer is over: an incident, or a district with the layer's value and its trend. */
export function MapTooltip({ hover, view, index, theme }: MapTooltipProps) {
  const i18n = useI18n();
  if (hover.layer === 'incident') {
    const found = theme?.incidents.find((i) => i.id === hover.id);
    return found ? <IncidentTooltip incident={found} x={hover.x} y={hover.y} /> : null;
  }
  const district = index.byUbigeo.get(hover.id);
  if (!district) return null;
  const indicator = view.kind === 'indicator' ? view : null;
  const classified = indicator?.map.byUbigeo.get(hover.id);
  const members = indicator?.merged?.find(([key]) => key === hover.id)?.[1];
  const observations =
    indicator && !indicator.merged
      ? (theme?.indicators.get(indicator.indicator.id)?.values.get(hover.id) ?? [])
      : [];
  return (
    <Tooltip
      district={district}
      title={members?.map((u) => index.byUbigeo.get(u)?.name ?? u).join(' + ')}
      line={layerLine(i18n, view, hover.id, index)}
      flags={classified ? flagsOf(i18n, classified.value, { ubigeo: hover.id, index }) : []}
      sparkline={
        indicator && observations.length >= 2 ? (
          <Sparkline
            points={observations.map((o) => ({ year: o.y, value: o.v }))}
            from={indicator.years[0] ?? indicator.year}
            to={indicator.years.at(-1) ?? indicator.year}
            label={i18n.t('chart.sparkline', { indicator: indicator.indicator.label[i18n.lang] })}
          />
        ) : undefined
      }
      source={
        classified?.value.kind === 'value' ? theme?.sources.get(classified.value.source) : undefined
      }
      x={hover.x}
      y={hover.y}
    />
  );
}
