/**
 * What the chosen layer shows, computed from the URL state and the loaded data: the model behind
 * the map colours, the legend and the tooltip line. Pure (no React), so it can be unit-tested.
 */
import type { IndicatorId } from '../data/indicatorSchemas';
import type { ThemeData } from '../data/loadThemes';
import { authoritiesOf, type AuthorityId } from '../domain/authorities';
import {
  buildChoropleth,
  classifyResolved,
  indicatorYears,
  type Choropleth,
  type ClassificationChoice,
} from '../domain/choropleth';
import { comparableGroups, mergedGroups, resolveGroupValue } from '../domain/comparable';
import type { DistrictIndex } from '../domain/districts';
import type { IndicatorValues } from '../domain/districtValues';
import {
  controlOf,
  emergencyOn,
  latestDecreeStart,
  type EmergencyControl,
  type EmergencyOnDate,
} from '../domain/emergency';
import { indicatorById, type IndicatorDef } from '../domain/indicatorRegistry';
import { lookupPaint, vraemPaint, type DistrictPaint } from '../map/themePaints';
import { effectiveClassification, effectiveYear } from '../state/selectors';
import type { UrlState } from '../state/urlState';

export type LayerView =
  | { kind: 'base' }
  | {
      kind: 'indicator';
      indicator: IndicatorDef;
      /** Years this indicator has values for. */
      years: number[];
      /** The year control's span: every year any district indicator has (tolerance fills in). */
      span: number[];
      year: number;
      classification: ClassificationChoice;
      map: Choropleth;
      /** Comparable view: 2007 district → current districts merged into it (only merges). */
      merged: [string, string[]][] | null;
    }
  | { kind: 'emergency'; date: string; on: EmergencyOnDate; control: Map<string, EmergencyControl> }
  | { kind: 'devida'; zone: ReadonlyMap<string, string> }
  | {
      kind: 'authorities';
      date: string;
      on: EmergencyOnDate;
      byUbigeo: Map<string, AuthorityId[]>;
    };

export const EMERGENCY_COLOURS: Record<EmergencyControl, string> = {
  armedForces: '#b2182b',
  police: '#2166ac',
  joint: '#35978f',
  notStated: '#8073ac',
  mixed: '#e08214',
};
export const DEVIDA_COLOURS: Record<string, string> = {
  norte: '#1b9e77',
  centro: '#d95f02',
  sur: '#7570b3',
};
/** 4 (the minimum) to 7 authorities, light to dark. */
export const AUTHORITY_COUNT_COLOURS: Record<number, string> = {
  4: '#fdd0a2',
  5: '#fdae6b',
  6: '#e6550d',
  7: '#a63603',
};

/** Every year from the first to the last that any district indicator has a value for. */
/**
 * Every year any layer or area series has a value for (district indicators 2007–2022, coca zone
 * and Peru 2004–2024): the slider reaches them all, and a district layer without a value for the
 * year says so while the zone/Peru box still answers (issue 20).
 */
export function spanOfAllIndicators(theme: ThemeData): number[] {
  const years = [
    ...[...theme.indicators.values()].flatMap((values) => indicatorYears(values)),
    ...theme.series.flatMap((s) => s.points.map((p) => p.year)),
  ];
  if (years.length === 0) return [];
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** The date the emergency views and the emergency filter use: the link's, else the latest decree's. */
export function emergencyDate(state: Pick<UrlState, 'date'>, theme: ThemeData): string {
  return state.date ?? latestDecreeStart(theme.decrees) ?? '2018-04-04';
}

export function buildLayerView(
  state: UrlState,
  index: DistrictIndex,
  theme: ThemeData | null,
  /** An imported indicator the user chose to show: it takes the place of the URL's layer. */
  imported: { indicator: IndicatorDef; values: IndicatorValues } | null = null,
): LayerView {
  if (theme && imported)
    return indicatorView(state, index, theme, imported.indicator, imported.values);
  if (state.layer === 'base' || !theme) return { kind: 'base' };
  if (state.layer === 'devida') return { kind: 'devida', zone: theme.devidaZone };
  if (state.layer === 'emergency' || state.layer === 'authorities') {
    const date = emergencyDate(state, theme);
    const on = emergencyOn(theme.decrees, date);
    if (state.layer === 'emergency') {
      const control = new Map([...on.byUbigeo].map(([u, decrees]) => [u, controlOf(decrees)]));
      return { kind: 'emergency', date, on, control };
    }
    const byUbigeo = new Map(
      index.list.map((d) => [
        d.ubigeo,
        authoritiesOf(d, {
          devidaZone: theme.devidaZone.has(d.ubigeo),
          decrees: on.byUbigeo.get(d.ubigeo) ?? [],
        }),
      ]),
    );
    return { kind: 'authorities', date, on, byUbigeo };
  }
  // The systems views (bivariate, overlap) paint and explain themselves (ui/systems/).
  if (state.layer === 'bivariate' || state.layer === 'overlap') return { kind: 'base' };
  const id: IndicatorId = state.layer;
  const values = theme.indicators.get(id);
  if (!values) return { kind: 'base' };
  return indicatorView(state, index, theme, indicatorById(id), values);
}

/** The choropleth of one indicator (shipped or imported) for the state's year and classes. */
function indicatorView(
  state: UrlState,
  index: DistrictIndex,
  theme: ThemeData,
  indicator: IndicatorDef,
  values: IndicatorValues,
): LayerView {
  const years = indicatorYears(values);
  const span = spanOfAllIndicators(theme);
  const requested = effectiveYear(state.year, span) === state.year ? state.year : null;
  const year = requested ?? years[years.length - 1];
  if (year === undefined) return { kind: 'base' };
  const classification = effectiveClassification(state, indicator);
  if (state.comparable) {
    const groups = comparableGroups(index);
    const resolved = [...groups].map(([key, members]) => ({
      ubigeo: key,
      value: resolveGroupValue(
        members.flatMap((u) => index.byUbigeo.get(u) ?? []),
        values,
        theme.starts,
        year,
        indicator,
      ),
    }));
    const map = classifyResolved(resolved, indicator, year, classification);
    return {
      kind: 'indicator',
      indicator,
      years,
      span,
      year,
      classification,
      map,
      merged: mergedGroups(groups),
    };
  }
  const map = buildChoropleth({
    indicator,
    values,
    districts: index.list,
    starts: theme.starts,
    year,
    classification,
  });
  return { kind: 'indicator', indicator, years, span, year, classification, map, merged: null };
}

export function paintFor(view: LayerView, index: DistrictIndex): DistrictPaint {
  switch (view.kind) {
    case 'base':
      return vraemPaint(index);
    case 'indicator': {
      const c = view.classification;
      const key = `${view.indicator.id}|${view.year}|${c.method}|${c.classes}|${c.manualBreaks.join(',')}|${view.merged ? 'cmp' : ''}`;
      return lookupPaint(
        index,
        (u) => view.map.byUbigeo.get(u)?.colour ?? null,
        key,
        undefined,
        (u) => {
          const value = view.map.byUbigeo.get(u)?.value;
          return value?.kind === 'missing' ? value.missing : null;
        },
      );
    }
    case 'emergency':
      return lookupPaint(
        index,
        (u) => {
          const control = view.control.get(u);
          return control ? EMERGENCY_COLOURS[control] : null;
        },
        `emergency|${view.date}`,
      );
    case 'devida':
      return lookupPaint(index, (u) => DEVIDA_COLOURS[view.zone.get(u) ?? ''] ?? null, 'devida');
    case 'authorities':
      return lookupPaint(
        index,
        (u) => AUTHORITY_COUNT_COLOURS[view.byUbigeo.get(u)?.length ?? 0] ?? null,
        `authorities|${view.date}`,
      );
  }
}
