import { lazy, Suspense, useCallback, useMemo, useState, type KeyboardEvent } from 'react';
import type { AtlasData } from '../data/loadAtlas';
import type { ThemeData } from '../data/loadThemes';
import type { ClassificationMethod } from '../domain/classify';
import { placeIncidents } from '../domain/incidents';
import { useI18n } from '../i18n/I18nContext';
import type { HoverInfo, MapTarget } from '../map/AtlasMap';
import type { LayerId, UrlState } from '../state/urlState';
import { MAX_SELECTED } from '../charts/models';
import { Sparkline } from '../charts/Sparkline';
import { rankAmong } from '../domain/choropleth';
import { ChoroplethLegend, MergedNote } from './ChoroplethLegend';
import { SelectionButton } from './SelectionButton';
import { CocaContext } from './CocaContext';
import { comparableGroups } from '../domain/comparable';
import { mergedDistrictShapes } from '../map/comparableShapes';
import { DistrictIndicators } from './DistrictIndicators';
import { DistrictList } from './DistrictList';
import { DistrictPanel } from './DistrictPanel';
import { flagsOf, layerLine } from './describeValue';
import { IncidentAggregates } from './IncidentAggregates';
import { IncidentCard } from './IncidentCard';
import { JurisdictionLegend } from './JurisdictionLegend';
import { LayerControls } from './LayerControls';
import { Legend } from './Legend';
import { buildLayerView, paintFor } from './layerView';
import { MapArea } from './MapArea';
import { IncidentTooltip, Tooltip } from './Tooltip';
import { BriefingDock } from './briefing/BriefingDock';

// Charts (recharts) and the table load when first opened, not before the first map frame.
const ChartPanel = lazy(() => import('./ChartPanel').then((m) => ({ default: m.ChartPanel })));
const DistrictTable = lazy(() =>
  import('./DistrictTable').then((m) => ({ default: m.DistrictTable })),
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
  const [keyboardFocus, setKeyboardFocus] = useState<string | null>(null);
  // A stable order for the arrow keys: the VRAEM districts alphabetically (as in the list).
  const keyboardOrder = useMemo(
    () => [...index.vraem].sort((a, b) => a.name.localeCompare(b.name, 'es')).map((d) => d.ubigeo),
    [index],
  );

  const view = useMemo(() => buildLayerView(state, index, theme), [state, index, theme]);
  const paint = useMemo(() => paintFor(view, index), [view, index]);
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

  const selectedDistrict = state.district ? index.byUbigeo.get(state.district) : undefined;
  const selected = selectedDistrict?.ubigeo ?? null;
  const incident = pinnedIncident
    ? theme?.incidents.find((i) => i.id === pinnedIncident)
    : undefined;

  const select = useCallback(
    (ubigeo: string | null) => update({ district: ubigeo }, 'push'),
    [update],
  );
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

  const mergedTitle = (ubigeo: string) => {
    const members =
      view.kind === 'indicator' ? view.merged?.find(([key]) => key === ubigeo)?.[1] : undefined;
    return members?.map((u) => index.byUbigeo.get(u)?.name ?? u).join(' + ');
  };
  const districtSparkline = (ubigeo: string) => {
    if (view.kind !== 'indicator') return undefined;
    const observations = theme?.indicators.get(view.indicator.id)?.values.get(ubigeo) ?? [];
    if (observations.length < 2) return undefined;
    return (
      <Sparkline
        points={observations.map((o) => ({ year: o.y, value: o.v }))}
        from={view.years[0] ?? view.year}
        to={view.years.at(-1) ?? view.year}
        label={t('chart.sparkline', { indicator: view.indicator.label[i18n.lang] })}
      />
    );
  };
  const renderTooltip = (hover: HoverInfo) => {
    if (hover.layer === 'incident') {
      const found = theme?.incidents.find((i) => i.id === hover.id);
      return found ? <IncidentTooltip incident={found} x={hover.x} y={hover.y} /> : null;
    }
    const district = index.byUbigeo.get(hover.id);
    if (!district) return null;
    const classified = view.kind === 'indicator' ? view.map.byUbigeo.get(hover.id) : undefined;
    return (
      <Tooltip
        district={district}
        title={mergedTitle(hover.id)}
        line={layerLine(i18n, view, hover.id, index)}
        flags={classified ? flagsOf(i18n, classified.value) : []}
        sparkline={
          view.kind === 'indicator' && !view.merged ? districtSparkline(hover.id) : undefined
        }
        source={
          classified?.value.kind === 'value'
            ? theme?.sources.get(classified.value.source)?.title
            : undefined
        }
        x={hover.x}
        y={hover.y}
      />
    );
  };

  const onMapKey = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== event.currentTarget) return;
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    if (step !== undefined) {
      event.preventDefault();
      const at = keyboardFocus ? keyboardOrder.indexOf(keyboardFocus) : -1;
      const next = keyboardOrder[(at + step + keyboardOrder.length) % keyboardOrder.length];
      if (next) setKeyboardFocus(next);
    } else if (event.key === 'Enter' && keyboardFocus) {
      event.preventDefault();
      select(keyboardFocus);
    }
  };
  const announcement = (() => {
    const district = keyboardFocus ? index.byUbigeo.get(keyboardFocus) : undefined;
    if (!district) return '';
    const parts = [`${district.name}, ${district.province}, ${district.department}.`];
    const line = layerLine(i18n, view, district.ubigeo, index);
    if (line) parts.push(`${line}.`);
    const rank =
      view.kind === 'indicator' ? rankAmong(view.map, keyboardOrder, district.ubigeo) : null;
    if (rank) parts.push(t('map.rank', { rank: rank.rank, of: rank.of }));
    return parts.join(' ');
  })();

  const legend =
    view.kind === 'base' ? (
      <Legend
        vraemCount={index.vraem.length}
        newCount={index.vraem.filter((d) => !d.existsIn2017).length}
      />
    ) : view.kind === 'indicator' ? (
      <ChoroplethLegend indicator={view.indicator} year={view.year} map={view.map}>
        {view.merged && <MergedNote merged={view.merged} index={index} />}
      </ChoroplethLegend>
    ) : (
      <JurisdictionLegend view={view} />
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
        <DistrictList districts={index.vraem} selected={selected} onSelect={select} />
      </div>
      <MapArea
        data={data}
        shapes={shapes}
        paint={paint}
        incidents={state.incidents && incidents ? incidents.placed : null}
        selected={selected}
        emphasis={chartHover ?? keyboardFocus}
        onKeyDown={onMapKey}
        announcement={announcement}
        onPick={pick}
        renderTooltip={renderTooltip}
      />
      <div className="legend-dock">
        {legend}
        {view.kind === 'indicator' && view.indicator.id === 'coca_ha' && theme && (
          <CocaContext theme={theme} year={view.year} />
        )}
        {state.incidents && theme && <IncidentAggregates aggregates={theme.aggregates} />}
        {state.incidents && incidents && incidents.unplaced.length > 0 && (
          <p className="note unmapped">
            {t('incident.unmapped', {
              list: incidents.unplaced.map((i) => `${i.date} ${i.type}`).join('; '),
            })}
          </p>
        )}
      </div>
      <button
        type="button"
        className="table-toggle"
        aria-pressed={state.table}
        disabled={!theme}
        onClick={() => update({ table: !state.table }, 'replace')}
      >
        {t('table.open')}
      </button>
      {state.table && theme && (
        <Suspense fallback={null}>
          <DistrictTable
            index={index}
            theme={theme}
            year={view.kind === 'indicator' ? view.year : (state.year ?? 2018)}
            selected={selected}
            onSelect={select}
            onClose={() => update({ table: false }, 'replace')}
          />
        </Suspense>
      )}
      <button
        type="button"
        className="charts-toggle"
        aria-pressed={state.charts}
        disabled={!theme}
        onClick={() => update({ charts: !state.charts }, 'replace')}
      >
        {t('chart.open')}
      </button>
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
