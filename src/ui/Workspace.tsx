import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import type { AtlasData } from '../data/loadAtlas';
import type { ThemeData } from '../data/loadThemes';
import type { ClassificationMethod } from '../domain/classify';
import { adminUnits, applyFilter, isFilterActive } from '../domain/filters';
import { placeIncidents } from '../domain/incidents';
import { useI18n } from '../i18n/I18nContext';
import type { MapTarget } from '../map/AtlasMap';
import type { LayerId, UrlState } from '../state/urlState';
import { MAX_SELECTED } from '../charts/models';
import { SelectionButton } from './SelectionButton';
import { comparableGroups } from '../domain/comparable';
import { mergedDistrictShapes } from '../map/comparableShapes';
import { describeFilter } from './describeFilter';
import { dimmedPaint } from './dimmedPaint';
import { DistrictIndicators } from './DistrictIndicators';
import { DistrictList } from './DistrictList';
import { DistrictPanel } from './DistrictPanel';
import { devidaZones, filterFacts } from './filterFacts';
import { FilterPanel } from './FilterPanel';
import { IncidentCard } from './IncidentCard';
import { LayerControls } from './LayerControls';
import { LegendDock } from './LegendDock';
import { buildLayerView, emergencyDate, paintFor } from './layerView';
import { MapArea } from './MapArea';
import { MapTooltip } from './MapTooltip';
import { useMapKeyboard } from './useMapKeyboard';
import './workspace.css';
import { BriefingDock } from './briefing/BriefingDock';

// Charts (recharts) and the table load when first opened, not before the first map frame.
const ChartPanel = lazy(() => import('./ChartPanel').then((m) => ({ default: m.ChartPanel })));
const DistrictTable = lazy(() =>
  import('./DistrictTable').then((m) => ({ default: m.DistrictTable })),
);
const ComparePanel = lazy(() =>
  import('./ComparePanel').then((m) => ({ default: m.ComparePanel })),
);

export interface WorkspaceProps {
  data: AtlasData;
  theme: ThemeData | null;
  themeError: { file: string; reason: string } | null;
  state: UrlState;
  update: (patch: Partial<UrlState>, mode: 'push' | 'replace') => void;
}

export function Workspace({ data, theme, themeError, state, update }: WorkspaceProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const index = data.districts;
  const [pinnedIncident, setPinnedIncident] = useState<string | null>(null);
  const [chartHover, setChartHover] = useState<string | null>(null);

  const view = useMemo(() => buildLayerView(state, index, theme), [state, index, theme]);
  const comparable = view.kind === 'indicator' && view.merged !== null;
  const shapes = useMemo(
    () =>
      comparable
        ? mergedDistrictShapes(data.topology, data.districtShapes, comparableGroups(index))
        : data.districtShapes,
    [comparable, data, index],
  );
  const incidents = useMemo(
    () =>
      theme ? placeIncidents(theme.incidents, (u) => index.byUbigeo.get(u)?.labelPoint) : null,
    [theme, index],
  );

  // The year of the table and of the filter's value ranges: the map's, else the link's.
  const dataYear = view.kind === 'indicator' ? view.year : (state.year ?? 2018);
  const filterDate = theme ? emergencyDate(state, theme) : null;
  const facts = useMemo(
    () => (theme && filterDate ? filterFacts(theme, index, filterDate, dataYear) : null),
    [theme, index, filterDate, dataYear],
  );
  const filtered = useMemo(
    () => applyFilter(state.filter, index.list, facts),
    [state.filter, index, facts],
  );
  const units = useMemo(() => adminUnits(index.list), [index]);
  const filterActive = isFilterActive(state.filter);
  const paint = useMemo(() => {
    const base = paintFor(view, index);
    return filterActive
      ? dimmedPaint(base, new Set(filtered.districts.map((d) => d.ubigeo)))
      : base;
  }, [view, index, filterActive, filtered]);

  const selectedDistrict = state.district ? index.byUbigeo.get(state.district) : undefined;
  const selected = selectedDistrict?.ubigeo ?? null;
  const incident = pinnedIncident
    ? theme?.incidents.find((i) => i.id === pinnedIncident)
    : undefined;

  const select = useCallback(
    (ubigeo: string | null) => update({ district: ubigeo }, 'push'),
    [update],
  );
  const keyboard = useMapKeyboard(filtered.districts, index, view, select);
  const pick = useCallback(
    (target: MapTarget | null) => {
      if (target?.layer === 'incident') {
        setPinnedIncident(target.id);
        return;
      }
      setPinnedIncident(null);
      const ubigeo = target?.id ?? null;
      // With the charts open, picking a district on the map also adds its line.
      if (
        ubigeo &&
        state.charts &&
        !state.selection.includes(ubigeo) &&
        state.selection.length < MAX_SELECTED
      ) {
        update({ district: ubigeo, selection: [...state.selection, ubigeo] }, 'push');
        return;
      }
      select(ubigeo);
    },
    [select, state.charts, state.selection, update],
  );

  const onLayer = (layer: LayerId) =>
    update({ layer, year: state.year, method: null, classes: null, breaks: [] }, 'push');
  const onClassification = (method: ClassificationMethod, classes: number) =>
    update({ method, classes }, 'replace');

  return (
    <main className={state.charts && theme ? 'workspace with-charts' : 'workspace'}>
      <div className="sidebar">
        <LayerControls
          layer={state.layer}
          onLayer={onLayer}
          years={view.kind === 'indicator' ? view.span : []}
          dataYears={view.kind === 'indicator' ? view.years : []}
          year={view.kind === 'indicator' ? view.year : null}
          onYear={(year) => update({ year }, 'replace')}
          breaks={view.kind === 'indicator' ? view.classification.manualBreaks : []}
          onManualBreaks={(breaks) => update({ method: 'manual', breaks }, 'replace')}
          method={view.kind === 'indicator' ? view.classification.method : 'quantile'}
          classes={view.kind === 'indicator' ? view.classification.classes : 5}
          onClassification={onClassification}
          incidents={state.incidents}
          onIncidents={(on) => update({ incidents: on }, 'replace')}
          comparable={state.comparable}
          onComparable={(on) => update({ comparable: on }, 'replace')}
          emergencyDate={
            view.kind === 'emergency' || view.kind === 'authorities' ? view.date : null
          }
          onEmergencyDate={(date) => update({ date }, 'replace')}
          ready={theme !== null}
        />
        {themeError && (
          <p className="error-note" role="alert">
            {t('error.dataFile', themeError)}
          </p>
        )}
        <DistrictList districts={filtered.districts} selected={selected} onSelect={select}>
          <FilterPanel
            filter={state.filter}
            onFilter={(filter) => update({ filter }, 'replace')}
            departments={units.departments}
            provinces={units.provinces}
            zones={theme ? devidaZones(theme) : []}
            date={filterDate}
            year={theme ? dataYear : null}
            shown={filtered.districts.length}
            universe={filtered.universe}
            pending={filtered.pending}
          />
        </DistrictList>
      </div>
      <MapArea
        data={data}
        shapes={shapes}
        paint={paint}
        incidents={state.incidents && incidents ? incidents.placed : null}
        selected={selected}
        emphasis={chartHover ?? keyboard.focus}
        onKeyDown={keyboard.onKeyDown}
        announcement={keyboard.announcement}
        onPick={pick}
        renderTooltip={(hover) => (
          <MapTooltip hover={hover} view={view} index={index} theme={theme} />
        )}
      />
      <LegendDock
        view={view}
        index={index}
        theme={theme}
        incidents={state.incidents ? incidents : null}
      />
      <div className="view-toggles">
        <button
          type="button"
          className="table-toggle"
          aria-pressed={state.table}
          disabled={!theme}
          onClick={() => update({ table: !state.table, compare: false }, 'replace')}
        >
          {t('table.open')}
        </button>
        <button
          type="button"
          className="compare-toggle"
          aria-pressed={state.compare}
          disabled={!theme}
          onClick={() => update({ compare: !state.compare, table: false }, 'replace')}
        >
          {t('compare.open')}
          {state.selection.length > 0 && ` (${state.selection.length})`}
        </button>
        <button
          type="button"
          className="charts-toggle"
          aria-pressed={state.charts}
          disabled={!theme}
          onClick={() => update({ charts: !state.charts }, 'replace')}
        >
          {t('chart.open')}
        </button>
      </div>
      {state.table && theme && (
        <Suspense fallback={null}>
          <DistrictTable
            index={index}
            districts={filtered.districts}
            shapes={data.districtShapes}
            filterSummary={describeFilter(
              i18n,
              state.filter,
              {
                department: (c) => units.departments.find((d) => d.code === c)?.name ?? c,
                province: (c) => units.provinces.find((p) => p.code === c)?.name ?? c,
              },
              { date: filterDate, year: dataYear },
            )}
            theme={theme}
            year={dataYear}
            selected={selected}
            onSelect={select}
            selection={state.selection}
            onSelection={(selection) => update({ selection }, 'replace')}
            onClose={() => update({ table: false }, 'replace')}
          />
        </Suspense>
      )}
      {state.compare && theme && (
        <Suspense fallback={null}>
          <ComparePanel
            index={index}
            theme={theme}
            selection={state.selection}
            year={dataYear}
            onSelect={select}
            onRemove={(u) =>
              update({ selection: state.selection.filter((s) => s !== u) }, 'replace')
            }
            onClose={() => update({ compare: false }, 'replace')}
          />
        </Suspense>
      )}
      {state.charts && theme && (
        <Suspense fallback={null}>
          <ChartPanel
            theme={theme}
            index={index}
            view={view}
            selection={state.selection}
            onYear={(year) => update({ year }, 'replace')}
            onHoverDistrict={setChartHover}
            onDecree={(event) => update({ layer: 'emergency', date: event.date }, 'push')}
            onClose={() => update({ charts: false }, 'replace')}
          />
        </Suspense>
      )}
      <BriefingDock
        state={state}
        update={update}
        view={view}
        theme={theme}
        atlasSources={data.sources}
        knownDistrict={(u) => index.byUbigeo.has(u)}
      />
      {incident && <IncidentCard incident={incident} onClose={() => setPinnedIncident(null)} />}
      {!incident && selectedDistrict && (
        <DistrictPanel
          district={selectedDistrict}
          index={index}
          sources={data.sources}
          onClose={() => select(null)}
          actions={
            <SelectionButton
              ubigeo={selectedDistrict.ubigeo}
              selection={state.selection}
              onChange={(selection) => update({ selection, charts: true }, 'replace')}
            />
          }
        >
          {theme ? (
            <DistrictIndicators
              district={selectedDistrict}
              index={index}
              theme={theme}
              year={view.kind === 'indicator' ? view.year : state.year}
            />
          ) : (
            <p className="note">{t('panel.loadingIndicators')}</p>
          )}
        </DistrictPanel>
      )}
    </main>
  );
}
