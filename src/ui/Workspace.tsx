import { useCallback, useEffect, useMemo, useState } from 'react';
import type { AtlasData } from '../data/loadAtlas';
import type { ThemeData } from '../data/loadThemes';
import { formatInteger } from '../i18n/format';
import { useI18n } from '../i18n/I18nContext';
import type { MapTarget } from '../map/mapTargets';
import { isNarrowLayout } from '../map/layout';
import {
  pickDistrict,
  selectDistrict,
  setArea,
  setChartSelection,
  type Intent,
} from '../state/intents';
import type { UrlState } from '../state/urlState';
import { deriveAtlasView, dimmedByFilter, spatialContext } from './atlasView';
import { describeFilter } from './describeFilter';
import { AreaOverlay, type DrawMode } from './AreaOverlay';
import { useAreaSelection } from './useAreaSelection';
import { LegendDock } from './LegendDock';
import { baseCounts, layerLegend } from './legendModel';
import { pointKeysOnMap, withPointKeys } from './pointKeys';
import { MapArea } from './MapArea';
import { MapTooltip } from './MapTooltip';
import { useMapKeyboard } from './useMapKeyboard';
import { ViewPanels } from './ViewPanels';
import { WorkspaceSidebar } from './WorkspaceSidebar';
import { useImportedLayers } from './import/useImportedLayers';
import { PinnedCards } from './PinnedCards';
import './workspace.css';
import { BriefingDock } from './briefing/BriefingDock';
import { useThemeViews } from './themeViewsLoader';
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
  // Key figures and the tooltips of UCDP and imported points draw theme data: their code loads
  // with the theme (themeViews.ts).
  const views = useThemeViews();
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
  // What the legends on screen say, for the PNG export and the figure to draw (legendModel.ts):
  // the layer's (or the systems view's), then the keys of the points on the map (pointKeys.ts).
  const legend = useMemo(() => {
    const layer =
      systems.legendModel ?? layerLegend(i18n, view, baseCounts(index, data.scope === 'peru'));
    const points = pointKeysOnMap(i18n, {
      ucdp: ucdp?.on && theme ? { view: ucdp, file: theme.ucdp } : null,
      incidents: state.incidents ? (atlas.incidents?.placed ?? null) : null,
      imported: imports.events,
    });
    return withPointKeys(layer, points, (n) => formatInteger(i18n.lang, n));
  }, [
    systems.legendModel,
    i18n,
    view,
    index,
    data.scope,
    ucdp,
    theme,
    state.incidents,
    atlas.incidents,
    imports.events,
  ]);
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

  return (
    <main className={state.charts && theme ? 'workspace with-charts' : 'workspace'}>
      <WorkspaceSidebar
        data={data}
        theme={theme}
        themeError={themeError}
        state={state}
        atlas={atlas}
        imports={imports}
        area={area}
        act={act}
        selected={selected}
        onSelect={select}
        onDraw={(mode, km) => setDrawing({ mode, km })}
        systemsControls={systems.controls}
      />
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
          if (event && theme && views)
            return (
              <views.UcdpTooltip
                event={event}
                file={theme.ucdp}
                index={index}
                x={hover.x}
                y={hover.y}
              />
            );
          const imported = hover.layer === 'incident' && imports.events.byId.get(hover.id);
          return imported && views ? (
            <views.ImportedEventTooltip found={imported} x={hover.x} y={hover.y} />
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
      {views && (
        <views.KeyFiguresStrip
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
      )}
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
        legend={legend}
        theme={theme}
        atlasSources={data.sources}
        systemsSources={systems.figureSources}
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
