/**
 * The sidebar of the workspace: what the map shows (layer, year, classes, UCDP, the bivariate
 * controls), the imports, and the district list with its filters and area. It lays out; the
 * changes go through the intents (state/intents.ts) it is handed.
 */
import type { ReactNode } from 'react';
import type { AtlasData } from '../data/loadAtlas';
import type { ThemeData } from '../data/loadThemes';
import { useI18n } from '../i18n/I18nContext';
import {
  setArea,
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
import { AreaControls } from './AreaControls';
import type { DrawMode } from './AreaOverlay';
import type { AtlasView } from './atlasView';
import { DistrictList } from './DistrictList';
import { devidaZones } from './filterFacts';
import { FilterPanel } from './FilterPanel';
import { ImportButton } from './import/ImportButton';
import { ImportedLayersPanel } from './import/ImportedLayersPanel';
import type { useImportedLayers } from './import/useImportedLayers';
import { LayerControls } from './LayerControls';
import { riverChoices } from './riverList';
import { Sidebar } from './Sidebar';
import { useThemeViews } from './themeViewsLoader';

export interface WorkspaceSidebarProps {
  data: AtlasData;
  /** The loaded theme with the session's imports joined in; null until it loads. */
  theme: ThemeData | null;
  themeError: { file: string; reason: string } | null;
  state: UrlState;
  atlas: AtlasView;
  imports: ReturnType<typeof useImportedLayers>;
  /** The districts the area selects (useAreaSelection). */
  area: ReadonlySet<string> | 'unusable' | null;
  act: (intent: Intent) => void;
  selected: string | null;
  onSelect: (ubigeo: string | null) => void;
  /** Start drawing an area on the map. */
  onDraw: (mode: DrawMode, km: number) => void;
  /** The bivariate map's and overlap panel's own controls (issue 21). */
  systemsControls: ReactNode;
}

export function WorkspaceSidebar({
  data,
  theme,
  themeError,
  state,
  atlas,
  imports,
  area,
  act,
  selected,
  onSelect,
  onDraw,
  systemsControls,
}: WorkspaceSidebarProps) {
  const { t, lang } = useI18n();
  const views = useThemeViews();
  const index = data.districts;
  const { filtered, units, dataYear, filterDate, ucdp } = atlas;
  const controls = atlas.controls;
  const onLayer = (layer: LayerId) => {
    imports.setActive(null);
    act(setLayer(state, layer));
  };

  return (
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
        {views && ucdp && theme && (
          <views.UcdpControls
            view={ucdp}
            file={theme.ucdp}
            followsIndicator={atlas.indicatorYear !== null}
            isVraem={(u) => index.byUbigeo.get(u)?.vraem === true}
            onMode={(mode) => act(setUcdpMode(mode))}
            onYear={(year) => act(setYear(year))}
            ready={theme !== null}
          />
        )}
        {systemsControls}
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
      <DistrictList districts={filtered.districts} selected={selected} onSelect={onSelect}>
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
            onDraw={onDraw}
            status={area === 'unusable' ? 'unusable' : (area?.size ?? null)}
          />
        </FilterPanel>
      </DistrictList>
    </Sidebar>
  );
}
