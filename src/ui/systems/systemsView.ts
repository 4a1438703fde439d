/**
 * What the systems views show (issue 21), from the URL state and the loaded data: the bivariate
 * map of two indicators, or the districts where the ticked conditions overlap on a date. Pure (no
 * React). The map is painted through the same paint model as every other layer (lookupPaint:
 * a colour per district, the gap pattern over it), so fills, dimming and export need no new path.
 */
import type { ThemeData } from '../../data/loadThemes';
import { crossChoropleths, type Bivariate } from '../../domain/bivariate';
import { buildChoropleth, indicatorYears, type Choropleth } from '../../domain/choropleth';
import type { DistrictIndex } from '../../domain/districts';
import { indicatorById, type IndicatorDef } from '../../domain/indicatorRegistry';
import {
  evaluateOverlap,
  rankOverlap,
  type Condition,
  type OverlapDistrict,
} from '../../domain/overlap';
import { MISSING_COLOURS, paletteColours } from '../../domain/palettes';
import { lookupPaint, type DistrictPaint } from '../../map/themePaints';
import type { UrlState } from '../../state/urlState';
import { emergencyDate, spanOfAllIndicators } from '../layerView';

export interface BivariateView {
  kind: 'bivariate';
  x: IndicatorDef;
  y: IndicatorDef;
  year: number;
  /** The year slider's span. */
  span: number[];
  xMap: Choropleth;
  yMap: Choropleth;
  cells: Bivariate;
}

export interface OverlapView {
  kind: 'overlap';
  date: string;
  conditions: readonly Condition[];
  k: number;
  results: OverlapDistrict[];
  /** Districts meeting at least k conditions, ranked. */
  ranked: OverlapDistrict[];
  /** Colour of each count of conditions met, 0..n. */
  colours: string[];
}

export type SystemsView = BivariateView | OverlapView;

function bivariateView(
  state: UrlState,
  index: DistrictIndex,
  theme: ThemeData,
): BivariateView | null {
  const x = indicatorById(state.systems.bx);
  const y = indicatorById(state.systems.by);
  const xValues = theme.indicators.get(x.id);
  const yValues = theme.indicators.get(y.id);
  if (!xValues || !yValues) return null;
  const span = spanOfAllIndicators(theme);
  const lastX = indicatorYears(xValues).at(-1);
  const lastY = indicatorYears(yValues).at(-1);
  if (lastX === undefined || lastY === undefined) return null;
  // By default the latest year both can have: coca × poverty opens on 2018.
  const year =
    state.year !== null && span.includes(state.year) ? state.year : Math.min(lastX, lastY);
  // Terciles by default; the single map's other methods where they make sense (not manual).
  const method = state.method && state.method !== 'manual' ? state.method : 'quantile';
  const classification = { method, classes: 3, manualBreaks: [] };
  const map = (indicator: IndicatorDef, values: typeof xValues) =>
    buildChoropleth({
      indicator,
      values,
      districts: index.list,
      starts: theme.starts,
      year,
      classification,
    });
  const xMap = map(x, xValues);
  const yMap = map(y, yValues);
  return { kind: 'bivariate', x, y, year, span, xMap, yMap, cells: crossChoropleths(xMap, yMap) };
}

function overlapView(state: UrlState, index: DistrictIndex, theme: ThemeData): OverlapView {
  const date = emergencyDate(state, theme);
  const { conditions, k } = state.systems;
  const source = (id: 'coca_ha' | 'poverty_total_pct') => {
    const values = theme.indicators.get(id);
    return values && { values, tolerance: indicatorById(id).tolerance };
  };
  const results = evaluateOverlap({
    date,
    conditions,
    districts: index.list,
    coca: source('coca_ha'),
    poverty: source('poverty_total_pct'),
    starts: theme.starts,
    decrees: theme.decrees,
    devidaZone: theme.devidaZone,
    incidents: theme.incidents,
    ucdp: theme.ucdp,
  });
  const n = conditions.length;
  const palette = paletteColours('YlOrRd', Math.max(3, n + 1));
  // Spread the palette over 0..n so that the top count is always its darkest colour.
  const colours = Array.from(
    { length: n + 1 },
    (_, i) => palette[n === 0 ? 0 : Math.round((i * (palette.length - 1)) / n)] ?? '#000000',
  );
  return {
    kind: 'overlap',
    date,
    conditions,
    k,
    results,
    ranked: rankOverlap(results, k),
    colours,
  };
}

export function buildSystemsView(
  state: UrlState,
  index: DistrictIndex,
  theme: ThemeData | null,
): SystemsView | null {
  if (!theme) return null;
  if (state.layer === 'bivariate') return bivariateView(state, index, theme);
  if (state.layer === 'overlap') return overlapView(state, index, theme);
  return null;
}

export function systemsPaint(view: SystemsView, index: DistrictIndex): DistrictPaint {
  if (view.kind === 'bivariate') {
    const cell = (u: string) => view.cells.byUbigeo.get(u);
    return lookupPaint(
      index,
      (u) => {
        const c = cell(u);
        if (!c) return null;
        return c.kind === 'cell' ? c.colour : MISSING_COLOURS[c.missing];
      },
      `bivariate|${view.x.id}|${view.y.id}|${view.year}|${view.xMap.breaks.join(',')}|${view.yMap.breaks.join(',')}`,
      undefined,
      (u) => {
        const c = cell(u);
        return c?.kind === 'missing' ? c.missing : null;
      },
    );
  }
  const met = new Map(view.results.map((r) => [r.district.ubigeo, r.met]));
  const key = view.conditions.map((c) => `${c.id}:${c.threshold}`).join(',');
  return lookupPaint(
    index,
    (u) => {
      const count = met.get(u);
      return count === undefined ? null : (view.colours[count] ?? null);
    },
    `overlap|${view.date}|${key}|${view.k}`,
  );
}
