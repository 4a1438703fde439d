import { useCallback, useEffect, useMemo, useState } from 'react';
import type { AtlasData } from '../data/loadAtlas';
import type { ThemeData } from '../data/loadThemes';
import { useI18n } from '../i18n/I18nContext';
import type { MapTarget } from '../map/AtlasMap';
import { isNarrowLayout } from '../map/layout';
import {
  pickDistrict,
  selectDistrict,
  setArea,
  setChartSelection,
  setClassification,
  setComparable,
  setEmergencyDate,
  setFilter,
  setIncidents,
  setLayer,
  setManualBreaks,
  setUcdpMode,
  setYear,
  type Intent,
} from '../state/intents';
import type { LayerId, UrlState } from '../state/urlState';
import { deriveAtlasView, dimmedByFilter, spatialContext } from './atlasView';
import { describeFilter } from './describeFilter';
import { AreaControls } from './AreaControls';
import { AreaOverlay, type DrawMode } from './AreaOverlay';
import { useAreaSelection } from './useAreaSelection';
import { Sidebar } from './Sidebar';
import { DistrictList } from './DistrictList';
import { devidaZones } from './filterFacts';
import { FilterPanel } from './FilterPanel';
import { LayerControls } from './LayerControls';
import { LegendDock } from './LegendDock';
import { MapArea } from './MapArea';
import { MapTooltip } from './MapTooltip';
import { useMapKeyboard } from './useMapKeyboard';
import { ViewPanels } from './ViewPanels';
import { ImportButton } from './import/ImportButton';
import { useImportedLayers } from './import/useImportedLayers';
import { ImportedLayersPanel } from './import/ImportedLayersPanel';
import { ImportedEventTooltip } from './import/ImportedEventViews';
import { PinnedCards } from './PinnedCards';
import './workspace.css';
import { BriefingDock } from './briefing/BriefingDock';
import { UcdpControls, UcdpTooltip } from './UcdpViews';
import { KeyFiguresStrip } from './systems/KeyFigures';
import { useSystems } from './systems/useSystems';
import { riverChoices } from './riverList';

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
  const [pinned, setPinned] = useState<string | null>(null);
  const [chartHover, setChartHover] = useState<string | null>(null);
  // The district under the pointer on the map, for the scatter beside it.
  const [mapHover, setMapHover] = useState<string | null>(null);
  const [drawing, setDrawing] = useState<{ mode: DrawMode; km: number } | null>(null);
  // Imports join the theme here: every view below sees them like shipped indicators.
  const imports = useImportedLayers(loaded);
  const theme = imports.theme;
  const area = useAreaSelection(state.filter.area, spatialContext(data, theme));
  const atlas = useMemo(
    () => deriveAtlasView(state, data, theme, imports, { area, pinned }),
    [state, data, theme, imports, area, pinned],
  );
  const { view, ucdp, filtered, units, selectedDistrict, dataYear, filterDate } = atlas;
  const act = useCallback((intent: Intent) => update(intent.patch, intent.mode), [update]);
  // Bivariate map and overlap panel (issue 21): their own paint, legend, tooltip and controls.
  const systems = useSystems(
    state,
    index,
    theme,
    data.districtShapes,
    update,
    setChartHover,
    mapHover,
  );
  const paint = useMemo(
    () =>
      systems.paint === null
        ? atlas.paint
        : dimmedByFilter(systems.paint, filtered, atlas.filterActive),
    [systems.paint, atlas.paint, atlas.filterActive, filtered],
  );
  const selected = selectedDistrict?.ubigeo ?? null;
  // A link naming a well-formed ubigeo that is not on this map (e.g. d=999999, or a district of
  // the other scope) opens with nothing selected, and the link stops naming it.
  useEffect(() => {
    if (state.district && !selectedDistrict) update({ district: null }, 'replace');
  }, [state.district, selectedDistrict, update]);

  const select = useCallback((ubigeo: string | null) => act(selectDistrict(ubigeo)), [act]);
  const keyboard = useMapKeyboard(filtered.districts, index, view, select);
  const pick = useCallback(
    (target: MapTarget | null) => {
      if (target?.layer === 'incident') return setPinned(target.id);
      setPinned(null);
      if (target?.layer === 'ucdp') {
        // A UCDP event opens its district, whose panel counts the district's events.
        const event = theme?.ucdp.events.find((e) => e.id === target.id);
        if (event?.ubigeo && index.byUbigeo.has(event.ubigeo)) select(event.ubigeo);
        return;
      }
      act(pickDistrict(state, target?.id ?? null));
    },
    [act, select, state, theme, index],
  );
  const onLayer = (layer: LayerId) => {
    imports.setActive(null);
    act(setLayer(state, layer));
  };
  const controls = atlas.controls;

  return (
    <main className={state.charts && theme ? 'workspace with-charts' : 'workspace'}>
      <Sidebar>
        <LayerControls
          layer={state.layer}
          onLayer={onLayer}
          years={controls.span}
          dataYears={controls.dataYears}
          year={controls.year}
          onYear={(year) => act(setYear(year))}
          breaks={controls.breaks}
          onManualBreaks={(breaks) => act(setManualBreaks(breaks))}
          method={controls.method}
          classes={controls.classes}
          onClassification={(method, classes) => act(setClassification(method, classes))}
          incidents={state.incidents}
          onIncidents={(on) => act(setIncidents(on))}
          comparable={state.comparable}
          onComparable={(on) => act(setComparable(on))}
          emergencyDate={controls.emergencyDate}
          onEmergencyDate={(date) => act(setEmergencyDate(date))}
          ready={theme !== null}
          imported={imports.defs.map((d) => ({ id: d.id, label: d.label[lang] }))}
          activeImported={imports.activeId}
          onImported={(id) => imports.setActive(imports.defs.find((d) => d.id === id)?.id ?? null)}
        >
          {ucdp && theme && (
            <UcdpControls
              view={ucdp}
              file={theme.ucdp}
              followsIndicator={atlas.indicatorYear !== null}
              isVraem={(u) => index.byUbigeo.get(u)?.vraem === true}
              onMode={(mode) => act(setUcdpMode(mode))}
              onYear={(year) => act(setYear(year))}
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
            onFilter={(filter) => act(setFilter(filter))}
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
              onArea={(a) => act(setArea(state, a))}
              rivers={riverChoices(data.rivers, lang)}
              onDraw={(mode, km) => setDrawing({ mode, km })}
              status={area === 'unusable' ? 'unusable' : (area?.size ?? null)}
            />
          </FilterPanel>
        </DistrictList>
      </Sidebar>
      <MapArea
        data={data}
        shapes={atlas.shapes}
        paint={paint}
        incidents={atlas.points.length > 0 ? atlas.points : null}
        ucdpEvents={ucdp?.on ? ucdp.events : null}
        selected={selected}
        emphasis={chartHover ?? keyboard.focus}
        onHoverDistrict={systems.panel ? setMapHover : undefined}
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
            act(setArea(state, { shape, rule: state.filter.area?.rule ?? 'touches' }));
          }}
          onCancel={() => setDrawing(null)}
        />
      </MapArea>
      <KeyFiguresStrip
        theme={theme}
        index={index}
        update={update}
        // Open on the VRAEM's own base map; folded where the map needs the room: over a layer,
        // with a district open (its panel takes the map's right), on a phone, and in national
        // scope (all of Peru under the strip would be a thumbnail).
        open={
          state.layer === 'base' &&
          data.scope === 'vraem' &&
          !state.district &&
          !imports.active &&
          !isNarrowLayout()
        }
      />
      <LegendDock
        view={view}
        index={index}
        theme={theme}
        incidents={state.incidents ? atlas.incidents : null}
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
      <PinnedCards
        atlas={atlas}
        index={index}
        sources={data.sources}
        theme={theme}
        selection={state.selection}
        panelYear={dataYear}
        onUnpin={() => setPinned(null)}
        onClose={() => select(null)}
        onSelection={(selection) => act(setChartSelection(selection))}
      />
    </main>
  );
}
