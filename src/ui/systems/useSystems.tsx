import { lazy, Suspense, useMemo, type ReactNode } from 'react';
import type { DistrictFeature } from '../../data/loadAtlas';
import type { ThemeData } from '../../data/loadThemes';
import type { DistrictIndex } from '../../domain/districts';
import type { HoverInfo } from '../../map/AtlasMap';
import { COLORS } from '../../map/palette';
import type { DistrictPaint } from '../../map/themePaints';
import { useI18n } from '../../i18n/I18nContext';
import { dimmedPaint } from '../dimmedPaint';
import type { LegendModel } from '../legendModel';
import type { UrlState } from '../../state/urlState';
import { BivariateLegend, BivariateTooltip } from './BivariateViews';
import { OverlapPanel, OverlapTooltip } from './OverlapPanel';
import { SystemsControls } from './SystemsControls';
import { systemsLegend } from './systemsLegend';
import { buildSystemsView, systemsPaint } from './systemsView';
import { systemsSources } from './systemsSources';
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
  const view = useMemo(() => buildSystemsView(state, index, theme), [state, index, theme]);
  const selection = state.selection;
  const paint = useMemo(
    () => (view ? withSelection(systemsPaint(view, index), selection) : null),
    [view, index, selection],
  );
  const legendModel = useMemo(() => (view ? systemsLegend(i18n, view) : null), [view, i18n]);
  if (!view || !theme)
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
    controls: <SystemsControls view={view} state={state} update={update} />,
    legend:
      view.kind === 'bivariate' ? (
        <BivariateLegend view={view} theme={theme} />
      ) : (
        <OverlapPanel
          view={view}
          shapes={shapes}
          onSelect={(ubigeo) => update({ district: ubigeo }, 'push')}
        />
      ),
    legendModel,
    figureSources: {
      cited: systemsSources(view, theme),
      date: view.kind === 'overlap' ? view.date : null,
    },
    panel:
      view.kind === 'bivariate' ? (
        <Suspense fallback={null}>
          <ScatterPanel
            view={view}
            index={index}
            theme={theme}
            selection={selection}
            onSelection={(ubigeos) => update({ selection: ubigeos }, 'push')}
            onHover={onHoverDistrict}
            highlighted={mapHover}
          />
        </Suspense>
      ) : null,
    tooltip: (hover) =>
      hover.layer !== 'district' ? null : view.kind === 'overlap' ? (
        <OverlapTooltip view={view} index={index} ubigeo={hover.id} x={hover.x} y={hover.y} />
      ) : (
        <BivariateTooltip
          view={view}
          index={index}
          theme={theme}
          ubigeo={hover.id}
          x={hover.x}
          y={hover.y}
        />
      ),
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
