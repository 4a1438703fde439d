/**
 * What a person does, as named changes of the link's state: each intent returns the patch the
 * URL codec serialises (urlState.ts) and whether it makes a history entry (push: Back undoes it)
 * or replaces the current one. Pure, so the rules ("a map click with the charts open adds the
 * district") are tested in Node; components only call them.
 */
import type { ClassificationMethod } from '../domain/classify';
import type { AreaFilter } from '../domain/area';
import type { DistrictFilter } from '../domain/filters';
import { withAdded } from '../domain/selection';
import type { UcdpYearMode } from '../domain/ucdp';
import type { LayerId, UrlState } from './urlState';

export interface Intent {
  patch: Partial<UrlState>;
  mode: 'push' | 'replace';
}

const push = (patch: Partial<UrlState>): Intent => ({ patch, mode: 'push' });
const replace = (patch: Partial<UrlState>): Intent => ({ patch, mode: 'replace' });

/** Opens a district's panel (or closes it with null): Back closes it again. */
export const selectDistrict = (ubigeo: string | null): Intent => push({ district: ubigeo });

/**
 * A district clicked on the map: opens its panel and, with the charts open, also adds its line
 * (unless it is drawn already or the chart is full).
 */
export function pickDistrict(state: UrlState, ubigeo: string | null): Intent {
  const selection = ubigeo && state.charts ? withAdded(state.selection, ubigeo) : null;
  return selection ? push({ district: ubigeo, selection }) : selectDistrict(ubigeo);
}

/** Another layer: its own default classification, the year kept when the layer has it. */
export const setLayer = (state: UrlState, layer: LayerId): Intent =>
  push({ layer, year: state.year, method: null, classes: null, breaks: [] });

export const setYear = (year: number): Intent => replace({ year });

export const setClassification = (method: ClassificationMethod, classes: number): Intent =>
  replace({ method, classes });

export const setManualBreaks = (breaks: number[]): Intent => replace({ method: 'manual', breaks });

export const setIncidents = (on: boolean): Intent => replace({ incidents: on });

export const setComparable = (on: boolean): Intent => replace({ comparable: on });

export const setEmergencyDate = (date: string): Intent => replace({ date });

export const setUcdpMode = (mode: UcdpYearMode | null): Intent => replace({ ucdp: mode });

export const setFilter = (filter: DistrictFilter): Intent => replace({ filter });

export const setArea = (state: UrlState, area: AreaFilter | null): Intent =>
  replace({ filter: { ...state.filter, area } });

export const setSelection = (selection: string[]): Intent => replace({ selection });

/** The district panel's "add to chart" / "remove": the chart opens to show it. */
export const setChartSelection = (selection: string[]): Intent =>
  replace({ selection, charts: true });

export const removeFromSelection = (state: UrlState, ubigeo: string): Intent =>
  replace({ selection: state.selection.filter((s) => s !== ubigeo) });

/** The table and the comparison share the space: opening one closes the other. */
export const toggleTable = (state: UrlState): Intent =>
  replace({ table: !state.table, compare: false });
export const toggleCompare = (state: UrlState): Intent =>
  replace({ compare: !state.compare, table: false });
export const toggleCharts = (state: UrlState): Intent => replace({ charts: !state.charts });
export const closePanel = (panel: 'table' | 'compare' | 'charts'): Intent =>
  replace({ [panel]: false });

/** A decree on the chart's timeline: the emergency map on the decree's first day. */
export const showDecree = (date: string): Intent => push({ layer: 'emergency', date });

/** Applies an intent to a state (what `update` does, without the history). */
export const applyIntent = (state: UrlState, intent: Intent): UrlState => ({
  ...state,
  ...intent.patch,
});
