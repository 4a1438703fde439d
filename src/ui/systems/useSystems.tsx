import { useMemo, type ReactNode } from 'react';
import type { DistrictFeature } from '../../data/loadAtlas';
import type { ThemeData } from '../../data/loadThemes';
import type { DistrictIndex } from '../../domain/districts';
import type { HoverInfo } from '../../map/AtlasMap';
import type { DistrictPaint } from '../../map/themePaints';
import type { UrlState } from '../../state/urlState';
import { BivariateLegend, BivariateTooltip } from './BivariateViews';
import { OverlapPanel } from './OverlapPanel';
import { SystemsControls } from './SystemsControls';
import { buildSystemsView, systemsPaint } from './systemsView';
import './systems.css';

export interface Systems {
  /** The map's paint in a systems view; null otherwise (the layer's own paint applies). */
  paint: DistrictPaint | null;
  controls: ReactNode;
  legend: ReactNode;
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
): Systems {
  const view = useMemo(() => buildSystemsView(state, index, theme), [state, index, theme]);
  const paint = useMemo(() => (view ? systemsPaint(view, index) : null), [view, index]);
  if (!view || !theme) return { paint: null, controls: null, legend: null, tooltip: () => null };
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
    tooltip: (hover) =>
      view.kind === 'bivariate' && hover.layer === 'district' ? (
        <BivariateTooltip
          view={view}
          index={index}
          theme={theme}
          ubigeo={hover.id}
          x={hover.x}
          y={hover.y}
        />
      ) : null,
  };
}
