/**
 * Everything the workspace shows, derived from the link's state, the loaded data, the theme (with
 * this session's imports joined) and the session's own state (the area the worker found, the
 * pinned point). Pure: the same inputs give the same view, so it is tested in Node; the
 * components only lay it out. The expensive parts are cached on their own inputs (by identity),
 * so a change of selection does not redo the choropleth or the merged shapes.
 */
import type { AtlasData, DistrictFeature } from '../data/loadAtlas';
import type { Incident } from '../data/indicatorSchemas';
import type { ThemeData } from '../data/loadThemes';
import { comparableGroups } from '../domain/comparable';
import type { District, DistrictIndex } from '../domain/districts';
import type { IndicatorValues } from '../domain/districtValues';
import { adminUnits, applyFilter, isFilterActive, type FilterFacts } from '../domain/filters';
import { placeIncidents, type PlacedIncident } from '../domain/incidents';
import type { IndicatorDef } from '../domain/indicatorRegistry';
import type { SpatialContext } from '../domain/spatial';
import { mergedDistrictShapes } from '../map/comparableShapes';
import type { DistrictPaint } from '../map/themePaints';
import type { UrlState } from '../state/urlState';
import { dimmedPaint } from './dimmedPaint';
import { filterFacts } from './filterFacts';
import type { ImportedEventRef } from './import/importedEvents';
import { buildLayerView, emergencyDate, paintFor, type LayerView } from './layerView';
import { buildUcdpView, type UcdpView } from './ucdpView';
import { namedRivers } from './riverList';

/** The indicator whose latest year a view without a year of its own uses (table, filters). */
export const REFERENCE_INDICATOR = 'poverty_total_pct';

export interface AtlasImports {
  /** The imported indicator shown instead of the link's layer, if any. */
  active: { indicator: IndicatorDef; values: IndicatorValues } | null;
  events: { placed: readonly PlacedIncident[]; byId: ReadonlyMap<string, ImportedEventRef> };
}

export interface AtlasSession {
  /** The districts the drawn or derived area selects (worker result); null while computing. */
  area: ReadonlySet<string> | 'unusable' | null;
  /** The point whose card is open (curated incident or imported event id). */
  pinned: string | null;
}

export interface AtlasView {
  view: LayerView;
  /** District shapes to draw: merged into their 2007 districts in the comparable view. */
  shapes: readonly DistrictFeature[];
  paint: DistrictPaint;
  /** The curated incidents placed on their districts; null until the theme loads. */
  incidents: ReturnType<typeof placeIncidents> | null;
  /** Points on the map: the curated incidents when shown, and every imported event. */
  points: readonly PlacedIncident[];
  ucdp: UcdpView | null;
  /** The map indicator's year; null for layers without one. */
  indicatorYear: number | null;
  /** The year of the table, comparison and the filter's value ranges. */
  dataYear: number | null;
  /** The date of the emergency views and the emergency filter. */
  filterDate: string | null;
  facts: FilterFacts | null;
  filtered: ReturnType<typeof applyFilter>;
  filterActive: boolean;
  units: ReturnType<typeof adminUnits>;
  /** The district whose panel is open: only one that is on this map. */
  selectedDistrict: District | null;
  pinnedIncident: Incident | null;
  pinnedImportedEvent: ImportedEventRef | null;
  /** What the layer controls show. */
  controls: {
    span: readonly number[];
    dataYears: readonly number[];
    year: number | null;
    method: NonNullable<UrlState['method']>;
    classes: number;
    breaks: readonly number[];
    emergencyDate: string | null;
  };
}

/** Caches a function's last result, for inputs compared by identity. */
function lastCall<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | null = null;
  return (...args: A) => {
    if (last && last.args.length === args.length && last.args.every((a, i) => a === args[i]))
      return last.result;
    last = { args, result: fn(...args) };
    return last.result;
  };
}

const shapesFor = lastCall((data: AtlasData, comparable: boolean): readonly DistrictFeature[] =>
  comparable
    ? mergedDistrictShapes(data.topology, data.districtShapes, comparableGroups(data.districts))
    : data.districtShapes,
);
const incidentsFor = lastCall((theme: ThemeData, index: DistrictIndex) =>
  placeIncidents(theme.incidents, (u) => index.byUbigeo.get(u)?.labelPoint),
);
const factsFor = lastCall(filterFacts);
const unitsFor = lastCall((index: DistrictIndex) => adminUnits(index.list));
const layerViewFor = lastCall(
  (
    layer: UrlState['layer'],
    year: UrlState['year'],
    method: UrlState['method'],
    classes: UrlState['classes'],
    breaks: UrlState['breaks'],
    date: UrlState['date'],
    comparable: boolean,
    index: DistrictIndex,
    theme: ThemeData | null,
    active: AtlasImports['active'],
  ) =>
    buildLayerView(
      { layer, year, method, classes, breaks, date, comparable },
      index,
      theme,
      active,
    ),
);
const paintOf = lastCall(paintFor);
const filteredFor = lastCall(
  (
    filter: UrlState['filter'],
    index: DistrictIndex,
    facts: FilterFacts | null,
    area: AtlasSession['area'],
  ) => applyFilter(filter, index.list, facts, area === 'unusable' ? new Set() : area),
);
/** How an active filter shows on any paint: the districts it leaves out fade (dimmedPaint). */
export function dimmedByFilter(
  paint: DistrictPaint,
  filtered: ReturnType<typeof applyFilter>,
  active: boolean,
): DistrictPaint {
  return active ? dimmedPaint(paint, new Set(filtered.districts.map((d) => d.ubigeo))) : paint;
}
const dimmedFor = lastCall(dimmedByFilter);
const ucdpFor = lastCall(buildUcdpView);
const pointsFor = lastCall(
  (
    shown: boolean,
    incidents: ReturnType<typeof placeIncidents> | null,
    imported: readonly PlacedIncident[],
  ): readonly PlacedIncident[] => [...(shown && incidents ? incidents.placed : []), ...imported],
);

/** The latest year of the reference indicator (the poverty map): 2018 with today's data. */
export function referenceYear(theme: ThemeData): number | null {
  const values = theme.indicators.get(REFERENCE_INDICATOR);
  let latest: number | null = null;
  for (const observations of values?.values.values() ?? [])
    for (const o of observations) if (latest === null || o.y > latest) latest = o.y;
  return latest;
}

/** What the area selection works on: shapes, label points, rivers and incident points. */
export const spatialContext = lastCall(
  (data: AtlasData, theme: ThemeData | null): SpatialContext | null => {
    if (!theme) return null;
    const incidents = incidentsFor(theme, data.districts);
    return {
      shapes: data.districtShapes,
      interiorPoints: new Map(data.districts.list.map((d) => [d.ubigeo, d.labelPoint])),
      rivers: namedRivers(data.rivers),
      incidentPoints: incidents.placed.map((p) => p.position),
    };
  },
);

export function deriveAtlasView(
  state: UrlState,
  data: AtlasData,
  theme: ThemeData | null,
  imports: AtlasImports,
  session: AtlasSession,
): AtlasView {
  const index = data.districts;
  const view = layerViewFor(
    state.layer,
    state.year,
    state.method,
    state.classes,
    state.breaks,
    state.date,
    state.comparable,
    index,
    theme,
    imports.active,
  );
  const indicator = view.kind === 'indicator' ? view : null;
  const incidents = theme ? incidentsFor(theme, index) : null;
  const indicatorYear = indicator?.year ?? null;
  // The year of the table and of the filter's value ranges: the map's, else the link's, else
  // the poverty map's.
  const dataYear = indicatorYear ?? state.year ?? (theme ? referenceYear(theme) : null);
  const filterDate = theme ? emergencyDate(state, theme) : null;
  const facts =
    theme && filterDate && dataYear !== null ? factsFor(theme, index, filterDate, dataYear) : null;
  const filtered = filteredFor(state.filter, index, facts, session.area);
  const filterActive = isFilterActive(state.filter);
  const pinned = session.pinned;
  return {
    view,
    shapes: shapesFor(data, indicator?.merged != null),
    paint: dimmedFor(paintOf(view, index), filtered, filterActive),
    incidents,
    points: pointsFor(state.incidents, incidents, imports.events.placed),
    // UCDP GED events: the map indicator's year, else the link's (issue 20).
    ucdp: theme && ucdpFor(theme.ucdp, state.ucdp, indicatorYear, state.year),
    indicatorYear,
    dataYear,
    filterDate,
    facts,
    filtered,
    filterActive,
    units: unitsFor(index),
    selectedDistrict: (state.district && index.byUbigeo.get(state.district)) || null,
    pinnedIncident: (pinned && theme?.incidents.find((i) => i.id === pinned)) || null,
    pinnedImportedEvent: (pinned && imports.events.byId.get(pinned)) || null,
    controls: {
      span: indicator?.span ?? [],
      dataYears: indicator?.years ?? [],
      year: indicatorYear,
      method: indicator?.classification.method ?? 'quantile',
      classes: indicator?.classification.classes ?? 5,
      breaks: indicator?.classification.manualBreaks ?? [],
      emergencyDate: view.kind === 'emergency' || view.kind === 'authorities' ? view.date : null,
    },
  };
}
