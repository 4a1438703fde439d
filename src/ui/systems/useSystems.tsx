import { lazy, useMemo, type ReactNode } from 'react';
import type { DistrictFeature } from '../../data/loadAtlas';
import type { ThemeData } from '../../data/loadThemes';
import type { DistrictIndex } from '../../domain/districts';
import type { HoverInfo } from '../../map/AtlasMap';
import { COLORS } from '../../map/palette';
import type { DistrictPaint } from '../../map/themePaints';
import { useI18n } from '../../i18n/I18nContext';
import { dimmedPaint } from '../dimmedPaint';
import type { LegendModel } from '../legendModel';
import { useThemeViews } from '../themeViewsLoader';
import type { UrlState } from '../../state/urlState';
import type { SystemsFigureSources } from '../briefing/figureText';
import './systems.css';

// The scatter (with d3-scale and the CSV writer) is drawn only in the bivariate view: loaded when
// that view opens, not before the first map frame.
const ScatterPanel = lazy(() =>
  import('./ScatterPanel').then((m) => ({ default: m.ScatterPanel })),
);

export interface Systems {
  /** The map's paint in a systems view; null otherwise (the layer's own paint applies). */
  paint: DistrictPaint | null;
  controls: ReactNode;
  legend: ReactNode;
  /** What that legend says, for the PNG export (systemsLegend.ts); null outside the views. */
  legendModel: LegendModel | null;
  /** The sources the view's map draws on, for its image's source line; null outside the views. */
  figureSources: SystemsFigureSources | null;
  /** A panel of its own over the map (the scatter beside the bivariate map). */
  panel: ReactNode;
  /** The tooltip of a district in a systems view; null to fall back to the layer's. */
  tooltip: (hover: HoverInfo) => ReactNode;
}

/**
 * Everything the workspace needs from the systems views, in one hook, so that the workspace only
 * places what it gets (paint, controls, legend, tooltip).
 */
export function useSystems(
  state: UrlState,
  index: DistrictIndex,
  theme: ThemeData | null,
  shapes: readonly DistrictFeature[],
  update: (patch: Partial<UrlState>, mode: 'push' | 'replace') => void,
  /** Outlines a district on the map while the pointer is over its point in the scatter. */
  onHoverDistrict: (ubigeo: string | null) => void,
  /** The district under the pointer on the map, ringed in the scatter. */
  mapHover: string | null = null,
): Systems {
  const i18n = useI18n();
  // A systems view needs the theme, and its code comes with the theme's (../themeViews.ts).
  const views = useThemeViews();
  const view = useMemo(
    () => (views ? views.buildSystemsView(state, index, theme) : null),
    [views, state, index, theme],
  );
  const selection = state.selection;
  const paint = useMemo(
    () => (views && view ? withSelection(views.systemsPaint(view, index), selection) : null),
    [views, view, index, selection],
  );
  const legendModel = useMemo(
    () => (views && view ? views.systemsLegend(i18n, view) : null),
    [views, view, i18n],
  );
  if (!views || !view || !theme)
    return {
      paint: null,
      controls: null,
      legend: null,
      legendModel: null,
      figureSources: null,
      panel: null,
      tooltip: () => null,
    };
  return {
    paint,
    legendModel,
    ...views.systemsParts({
      view,
      state,
      index,
      theme,
      shapes,
      update,
      onHoverDistrict,
      mapHover,
      ScatterPanel,
    }),
  };
}

/**
 * The selected districts (from the scatter's brush, the table or the charts) stand out on the
 * map: the others fade as a filter fades them, and the selected ones take the selection outline.
 */
function withSelection(paint: DistrictPaint, selection: readonly string[]): DistrictPaint {
  if (selection.length === 0) return paint;
  const kept = new Set(selection);
  const dimmed = dimmedPaint(paint, kept);
  return {
    ...dimmed,
    line: (u) => (kept.has(u) ? COLORS.selectedLine : dimmed.line(u)),
    key: `${dimmed.key}|sel`,
  };
}
