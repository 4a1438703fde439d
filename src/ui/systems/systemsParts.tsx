/**
 * The pieces of a systems view (issue 21) that the workspace places: controls, legend, panel,
 * tooltip and the sources of its image. Loaded with the theme (../themeViews.ts); useSystems.tsx
 * keeps the hooks and calls this once the view exists.
 */
import { Suspense, type ComponentType } from 'react';
import type { DistrictFeature } from '../../data/loadAtlas';
import type { ThemeData } from '../../data/loadThemes';
import type { DistrictIndex } from '../../domain/districts';
import type { UrlState } from '../../state/urlState';
import { BivariateLegend, BivariateTooltip } from './BivariateViews';
import { OverlapPanel, OverlapTooltip } from './OverlapPanel';
import { SystemsControls } from './SystemsControls';
import { systemsSources } from './systemsSources';
import type { ScatterPanelProps } from './ScatterPanel';
import type { SystemsView } from './systemsView';
import type { Systems } from './useSystems';

export interface SystemsPartsInput {
  view: SystemsView;
  state: UrlState;
  index: DistrictIndex;
  theme: ThemeData;
  shapes: readonly DistrictFeature[];
  update: (patch: Partial<UrlState>, mode: 'push' | 'replace') => void;
  onHoverDistrict: (ubigeo: string | null) => void;
  mapHover: string | null;
  /** The scatter, loaded on its own when the bivariate view opens (useSystems.tsx). */
  ScatterPanel: ComponentType<ScatterPanelProps>;
}

export function systemsParts({
  view,
  state,
  index,
  theme,
  shapes,
  update,
  onHoverDistrict,
  mapHover,
  ScatterPanel,
}: SystemsPartsInput): Omit<Systems, 'paint' | 'legendModel'> {
  const selection = state.selection;
  return {
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
