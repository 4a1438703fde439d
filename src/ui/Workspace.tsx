import { useCallback, useEffect, useMemo, useState } from 'react';
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
import { AreaControls } from './AreaControls';
import { AreaOverlay, type DrawMode } from './AreaOverlay';
import { useAreaSelection } from './useAreaSelection';
import type { SpatialContext } from '../domain/spatial';
import { dimmedPaint } from './dimmedPaint';
import { Sidebar } from './Sidebar';
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
import { ViewPanels } from './ViewPanels';
import { PanelBoundary } from './PanelBoundary';
import { ImportButton } from './import/ImportButton';
import { useImportedLayers } from './import/useImportedLayers';
import { ImportedLayersPanel } from './import/ImportedLayersPanel';
import { ImportedEventCard, ImportedEventTooltip } from './import/ImportedEventViews';
import './workspace.css';
import { BriefingDock } from './briefing/BriefingDock';
import { buildUcdpView } from './ucdpView';
import { UcdpControls, UcdpDistrictBlock, UcdpTooltip } from './UcdpViews';
import { KeyFiguresStrip } from './systems/KeyFigures';
import { useSystems } from './systems/useSystems';

export interface WorkspaceProps {
  data: AtlasData;
  theme: ThemeData | null;
  themeError: { file: string; reason: string } | null;
  state: UrlState;
  update: (patch: Partial<UrlState>, mode: 'push' | 'replace') => void;
}

export function Workspace({ data, theme: loaded, themeError, state, update }: WorkspaceProps) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const index = data.districts;
  const [pinnedIncident, setPinnedIncident] = useState<string | null>(null);
  const [chartHover, setChartHover] = useState<string | null>(null);
  const [drawing, setDrawing] = useState<{ mode: DrawMode; km: number } | null>(null);
  // Imports join the theme here: every view below sees them like shipped indicators.
  const imports = useImportedLayers(loaded);
  const theme = imports.theme;

  const view = useMemo(
    () => buildLayerView(state, index, theme, imports.active),
    [state, index, theme, imports.active],
  );
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
  // UCDP GED events: the map indicator's year, else the link's (issue 20).
  const indicatorYear = view.kind === 'indicator' ? view.year : null;
  const ucdp = useMemo(
    () => theme && buildUcdpView(theme.ucdp, state.ucdp, indicatorYear, state.year),
    [theme, state.ucdp, indicatorYear, state.year],
  );

  // The year of the table and of the filter's value ranges: the map's, else the link's.
  const dataYear = view.kind === 'indicator' ? view.year : (state.year ?? 2018);
  const filterDate = theme ? emergencyDate(state, theme) : null;
  const facts = useMemo(
    () => (theme && filterDate ? filterFacts(theme, index, filterDate, dataYear) : null),
    [theme, index, filterDate, dataYear],
  );
  const spatial = useMemo<SpatialContext | null>(
    () =>
      incidents && {
        shapes: data.districtShapes,
        interiorPoints: new Map(index.list.map((d) => [d.ubigeo, d.labelPoint])),
        rivers: data.rivers.features,
        incidentPoints: incidents.placed.map((p) => p.position),
      },
    [data, index, incidents],
  );
  const inArea = useAreaSelection(state.filter.area, spatial);
  const filtered = useMemo(
    () => applyFilter(state.filter, index.list, facts, inArea === 'unusable' ? new Set() : inArea),
    [state.filter, index, facts, inArea],
  );
  const setArea = (area: UrlState['filter']['area']) =>
    update({ filter: { ...state.filter, area } }, 'replace');
  const units = useMemo(() => adminUnits(index.list), [index]);
  const filterActive = isFilterActive(state.filter);
  // Bivariate map and overlap panel (issue 21): their own paint, legend, tooltip and controls.
  const systems = useSystems(state, index, theme, data.districtShapes, update, setChartHover);
  const paint = useMemo(() => {
    const base = systems.paint ?? paintFor(view, index);
    return filterActive
      ? dimmedPaint(base, new Set(filtered.districts.map((d) => d.ubigeo)))
      : base;
  }, [view, index, filterActive, filtered, systems.paint]);

  const selectedDistrict = state.district ? index.byUbigeo.get(state.district) : undefined;
  const selected = selectedDistrict?.ubigeo ?? null;
  // A link naming a well-formed ubigeo that is not on this map (e.g. d=999999, or a district of
  // the other scope) opens with nothing selected, and the link stops naming it.
  useEffect(() => {
    if (state.district && !selectedDistrict) update({ district: null }, 'replace');
  }, [state.district, selectedDistrict, update]);
  const incident = pinnedIncident
    ? theme?.incidents.find((i) => i.id === pinnedIncident)
    : undefined;
  const importedEvent = pinnedIncident ? imports.events.byId.get(pinnedIncident) : undefined;
  const points = useMemo(() => {
    const shown = [...(state.incidents && incidents ? incidents.placed : [])];
    return shown.concat(imports.events.placed);
  }, [state.incidents, incidents, imports.events]);

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
      if (target?.layer === 'ucdp') {
        // A UCDP event opens its district, whose panel counts the district's events.
        const event = theme?.ucdp.events.find((e) => e.id === target.id);
        setPinnedIncident(null);
        if (event?.ubigeo && index.byUbigeo.has(event.ubigeo)) select(event.ubigeo);
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
    [select, state.charts, state.selection, update, theme, index],
  );

  const onLayer = (layer: LayerId) => {
    imports.setActive(null);
    update({ layer, year: state.year, method: null, classes: null, breaks: [] }, 'push');
  };
  const onClassification = (method: ClassificationMethod, classes: number) =>
    update({ method, classes }, 'replace');

  return (
    <main className={state.charts && theme ? 'workspace with-charts' : 'workspace'}>
      <Sidebar>
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
          imported={imports.defs.map((d) => ({ id: d.id, label: d.label[lang] }))}
          activeImported={imports.activeId}
          onImported={(id) => imports.setActive(imports.defs.find((d) => d.id === id)?.id ?? null)}
        >
          {ucdp && theme && (
            <UcdpControls
              view={ucdp}
              file={theme.ucdp}
              followsIndicator={indicatorYear !== null}
              isVraem={(u) => index.byUbigeo.get(u)?.vraem === true}
              onMode={(mode) => update({ ucdp: mode }, 'replace')}
              onYear={(year) => update({ year }, 'replace')}
              ready={theme !== null}
            />
          )}
          {systems.controls}
        </LayerControls>
        <ImportButton data={data} count={imports.count} onAccept={imports.add} />
        <ImportedLayersPanel
          layers={imports.layers}
          activeId={imports.activeId}
          onShow={imports.setActive}
          onRemove={imports.remove}
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
            national={data.scope === 'peru'}
            pending={filtered.pending}
          >
            <AreaControls
              area={state.filter.area}
              onArea={setArea}
              rivers={data.rivers.features.map((r) => r.properties.name)}
              onDraw={(mode, km) => setDrawing({ mode, km })}
              status={inArea === 'unusable' ? 'unusable' : (inArea?.size ?? null)}
            />
          </FilterPanel>
        </DistrictList>
      </Sidebar>
      <MapArea
        data={data}
        shapes={shapes}
        paint={paint}
        incidents={points.length > 0 ? points : null}
        ucdpEvents={ucdp?.on ? ucdp.events : null}
        selected={selected}
        emphasis={chartHover ?? keyboard.focus}
        viewLoading={loaded === null && themeError === null}
        onKeyDown={keyboard.onKeyDown}
        announcement={keyboard.announcement}
        onPick={pick}
        renderTooltip={(hover) => {
          const own = systems.tooltip(hover);
          if (own) return own;
          const event = hover.layer === 'ucdp' && theme?.ucdp.events.find((e) => e.id === hover.id);
          if (event && theme)
            return (
              <UcdpTooltip event={event} file={theme.ucdp} index={index} x={hover.x} y={hover.y} />
            );
          const imported = hover.layer === 'incident' && imports.events.byId.get(hover.id);
          return imported ? (
            <ImportedEventTooltip found={imported} x={hover.x} y={hover.y} />
          ) : (
            <MapTooltip hover={hover} view={view} index={index} theme={theme} />
          );
        }}
      >
        <AreaOverlay
          shape={state.filter.area?.shape ?? null}
          drawing={drawing}
          onDrawn={(shape) => {
            setDrawing(null);
            setArea({ shape, rule: state.filter.area?.rule ?? 'touches' });
          }}
          onCancel={() => setDrawing(null)}
        />
      </MapArea>
      <KeyFiguresStrip
        theme={theme}
        index={index}
        update={update}
        open={state.layer === 'base' && !imports.active}
      />
      <LegendDock
        view={view}
        index={index}
        theme={theme}
        incidents={state.incidents ? incidents : null}
        national={data.scope === 'peru'}
        ucdp={ucdp?.on ? ucdp : null}
        importedEvents={imports.events}
        systemsLegend={systems.legend}
      />
      {systems.panel}
      <ViewPanels
        state={state}
        update={update}
        theme={theme}
        index={index}
        view={view}
        shapes={data.districtShapes}
        districts={filtered.districts}
        filterSummary={describeFilter(
          i18n,
          state.filter,
          {
            department: (c) => units.departments.find((d) => d.code === c)?.name ?? c,
            province: (c) => units.provinces.find((p) => p.code === c)?.name ?? c,
          },
          {
            date: filterDate,
            year: dataYear,
            nationalCount: data.scope === 'peru' ? index.list.length : null,
          },
        )}
        year={dataYear}
        selected={selected}
        onSelect={select}
        onHoverDistrict={setChartHover}
        imported={imports.defs}
      />
      <BriefingDock
        state={state}
        update={update}
        view={view}
        theme={theme}
        atlasSources={data.sources}
        knownDistrict={(u) => index.byUbigeo.has(u)}
      />
      {incident && <IncidentCard incident={incident} onClose={() => setPinnedIncident(null)} />}
      {importedEvent && (
        <ImportedEventCard
          found={importedEvent}
          index={index}
          onClose={() => setPinnedIncident(null)}
        />
      )}
      {!incident && !importedEvent && selectedDistrict && (
        <PanelBoundary panel="district" key={selectedDistrict.ubigeo}>
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
            {theme && ucdp ? (
              <>
                <DistrictIndicators
                  district={selectedDistrict}
                  index={index}
                  theme={theme}
                  year={dataYear}
                />
                <UcdpDistrictBlock ubigeo={selectedDistrict.ubigeo} view={ucdp} file={theme.ucdp} />
              </>
            ) : (
              <p className="note">{t('panel.loadingIndicators')}</p>
            )}
          </DistrictPanel>
        </PanelBoundary>
      )}
    </main>
  );
}
