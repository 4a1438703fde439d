/**
 * The sources a systems view's map draws on, each with the years of the values it used, for the
 * source line of its exported image and print (figureText.ts). The bivariate map cites the
 * sources of both axes' values; the overlap map those of each condition it counts (the coca and
 * poverty values with their own years, the event lists, the decrees and DEVIDA's zone).
 */
import type { SourceRef } from '../../data/schemas';
import type { ThemeData } from '../../data/loadThemes';
import type { ConditionId } from '../../domain/overlap';
import { sourcesOfValues, type CitedSource } from '../sourceText';
import type { OverlapView, SystemsView } from './systemsView';

/** Sources of the conditions that are not an indicator's values (ids in the theme files). */
const CONDITION_SOURCES: Record<Exclude<ConditionId, 'coca' | 'poverty'>, readonly string[]> = {
  events: ['vraem-security-events-2003-2023', 'ucdp-ged-21.1-juanr-peru'],
  emergency: ['vraem-emergency-decrees-news'],
  authorities: ['vraem-emergency-decrees-news', 'devida-zona-vraem-24'],
};

const INDICATOR_OF = { coca: 'coca_ha', poverty: 'poverty_total_pct' } as const;

/** One entry per source, the years of all entries merged, in order of first mention. */
export function mergeCited(lists: readonly (readonly CitedSource[])[]): CitedSource[] {
  const merged = new Map<string, { source: SourceRef; years: Set<number> }>();
  for (const { source, years } of lists.flat()) {
    const entry = merged.get(source.id) ?? { source, years: new Set<number>() };
    for (const year of years) entry.years.add(year);
    merged.set(source.id, entry);
  }
  return [...merged.values()].map(({ source, years }) => ({
    source,
    years: [...years].sort((a, b) => a - b),
  }));
}

/** The coca or poverty values an overlap used: each district's value of the year it decided on. */
function overlapValueSources(
  view: OverlapView,
  id: 'coca' | 'poverty',
  theme: ThemeData,
): CitedSource[] {
  const values = theme.indicators.get(INDICATOR_OF[id]);
  const years = new Map<string, Set<number>>();
  for (const district of view.results) {
    const result = district.results[id];
    if (!result || result.year === null) continue;
    const observation = values?.values
      .get(district.district.ubigeo)
      ?.find((o) => o.y === result.year);
    if (!observation) continue;
    const set = years.get(observation.s) ?? new Set<number>();
    set.add(result.year);
    years.set(observation.s, set);
  }
  return [...years].flatMap(([source, set]) => {
    const ref = theme.sources.get(source);
    return ref ? [{ source: ref, years: [...set].sort((a, b) => a - b) }] : [];
  });
}

export function systemsSources(view: SystemsView, theme: ThemeData): CitedSource[] {
  if (view.kind === 'bivariate') {
    return mergeCited([
      sourcesOfValues(view.xMap.byUbigeo.values(), theme.sources),
      sourcesOfValues(view.yMap.byUbigeo.values(), theme.sources),
    ]);
  }
  return mergeCited(
    view.conditions.map(({ id }) => {
      if (id === 'coca' || id === 'poverty') return overlapValueSources(view, id, theme);
      return CONDITION_SOURCES[id].flatMap((sourceId) => {
        const source = theme.sources.get(sourceId);
        return source ? [{ source, years: [] }] : [];
      });
    }),
  );
}
