import { lazy, Suspense } from 'react';
import type { DistrictFeature } from '../data/loadAtlas';
import type { ThemeData } from '../data/loadThemes';
import type { District, DistrictIndex } from '../domain/districts';
import type { IndicatorDef } from '../domain/indicatorRegistry';
import { useI18n } from '../i18n/I18nContext';
import {
  closePanel,
  removeFromSelection,
  setSelection,
  setYear,
  showDecree,
  toggleCharts,
  toggleCompare,
  toggleTable,
  type Intent,
} from '../state/intents';
import type { UrlState } from '../state/urlState';
import type { LayerView } from './layerView';
import { PanelBoundary } from './PanelBoundary';

// Charts (recharts) and the table load when first opened, not before the first map frame.
const ChartPanel = lazy(() => import('./ChartPanel').then((m) => ({ default: m.ChartPanel })));
const DistrictTable = lazy(() =>
  import('./DistrictTable').then((m) => ({ default: m.DistrictTable })),
);
const ComparePanel = lazy(() =>
  import('./ComparePanel').then((m) => ({ default: m.ComparePanel })),
);

export interface ViewPanelsProps {
  state: UrlState;
  update: (patch: Partial<UrlState>, mode: 'push' | 'replace') => void;
  theme: ThemeData | null;
  index: DistrictIndex;
  view: LayerView;
  shapes: readonly DistrictFeature[];
  /** The districts the filter keeps. */
  districts: readonly District[];
  filterSummary: string;
  /** The table's and comparison's year; null until the theme loads. */
  year: number | null;
  selected: string | null;
  onSelect: (ubigeo: string) => void;
  onHoverDistrict: (ubigeo: string | null) => void;
  imported: readonly IndicatorDef[];
}

/** The Table / Compare / Charts toggles and the panels they open, each loaded when first used. */
export function ViewPanels(props: ViewPanelsProps) {
  const { state, update, theme, index, view, shapes, districts, filterSummary, year } = props;
  const { selected, onSelect, onHoverDistrict, imported } = props;
  const { t } = useI18n();
  const act = (intent: Intent) => update(intent.patch, intent.mode);
  return (
    <>
      <div className="view-toggles">
        <button
          type="button"
          className="table-toggle"
          aria-pressed={state.table}
          disabled={!theme}
          onClick={() => act(toggleTable(state))}
        >
          {t('table.open')}
        </button>
        <button
          type="button"
          className="compare-toggle"
          aria-pressed={state.compare}
          disabled={!theme}
          onClick={() => act(toggleCompare(state))}
        >
          {t('compare.open')}
          {state.selection.length > 0 && ` (${state.selection.length})`}
        </button>
        <button
          type="button"
          className="charts-toggle"
          aria-pressed={state.charts}
          disabled={!theme}
          onClick={() => act(toggleCharts(state))}
        >
          {t('chart.open')}
        </button>
      </div>
      {state.table && theme && year !== null && (
        <PanelBoundary panel="table">
          <Suspense fallback={null}>
            <DistrictTable
              index={index}
              districts={districts}
              shapes={shapes}
              filterSummary={filterSummary}
              theme={theme}
              year={year}
              selected={selected}
              onSelect={onSelect}
              selection={state.selection}
              onSelection={(selection) => act(setSelection(selection))}
              onClose={() => act(closePanel('table'))}
              imported={imported}
              ucdpMode={state.ucdp ?? 'year'}
            />
          </Suspense>
        </PanelBoundary>
      )}
      {state.compare && theme && year !== null && (
        <PanelBoundary panel="compare">
          <Suspense fallback={null}>
            <ComparePanel
              index={index}
              theme={theme}
              selection={state.selection}
              year={year}
              onSelect={onSelect}
              onRemove={(u) => act(removeFromSelection(state, u))}
              onClose={() => act(closePanel('compare'))}
            />
          </Suspense>
        </PanelBoundary>
      )}
      {state.charts && theme && (
        <PanelBoundary panel="charts">
          <Suspense fallback={null}>
            <ChartPanel
              theme={theme}
              index={index}
              view={view}
              selection={state.selection}
              onYear={(year) => act(setYear(year))}
              onHoverDistrict={onHoverDistrict}
              onDecree={(event) => act(showDecree(event.date))}
              onClose={() => act(closePanel('charts'))}
            />
          </Suspense>
        </PanelBoundary>
      )}
    </>
  );
}
