/**
 * The source line of a systems view's exported map (systemsSources.ts, figureText.ts) on the
 * shipped data: the bivariate map cites the sources of both axes with the years of the values
 * it shows, the overlap map those of each condition it counts, never the base map's sources.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AtlasData } from '../../src/data/loadAtlas';
import type { ThemeData } from '../../src/data/loadThemes';
import { parseUrlState } from '../../src/state/urlState';
import { deriveAtlasView } from '../../src/ui/atlasView';
import { figureText } from '../../src/ui/briefing/figureText';
import { mergeCited, systemsSources } from '../../src/ui/systems/systemsSources';
import { buildSystemsView } from '../../src/ui/systems/systemsView';
import { i18nOf } from '../fixtures/i18n';
import { loadShippedAtlas, loadShippedThemes } from '../fixtures/shipped';

let data: AtlasData;
let theme: ThemeData;
beforeAll(async () => {
  [data, theme] = await Promise.all([loadShippedAtlas(), loadShippedThemes()]);
});

function viewOf(query: string) {
  const view = buildSystemsView(parseUrlState(query), data.districts, theme);
  if (!view) throw new Error(`no systems view for ${query}`);
  return view;
}

/** Source ids with years, as cited. */
const cited = (query: string) =>
  systemsSources(viewOf(query), theme).map((c) => `${c.source.id} ${c.years.join(',')}`.trim());

describe("a systems view's image cites what its map shows", () => {
  it('bivariate coca × poverty 2018: the coca source and the INEI 2018 poverty map, with their years', () => {
    const sources = cited('?i=bivariate');
    expect(sources).toContain('inei-poverty-map-2018 2018');
    expect(sources.some((s) => s.startsWith('coca-district-pipaber-quispe2022'))).toBe(true);
    expect(sources.join()).not.toMatch(/mapsperu|geoperu/);
    // Every year cited is a year a value on the map has.
    const view = viewOf('?i=bivariate');
    if (view.kind !== 'bivariate') throw new Error('expected the bivariate view');
    const yearsShown = new Set(
      [...view.xMap.byUbigeo.values(), ...view.yMap.byUbigeo.values()].flatMap(({ value }) =>
        value.kind === 'value' ? [value.year] : [],
      ),
    );
    for (const c of systemsSources(view, theme)) {
      for (const year of c.years) expect(yearsShown.has(year)).toBe(true);
    }
  });

  it('overlap: each ticked condition brings its own sources (values with their years, decrees, events)', () => {
    // 2019: coca (2018 and before) and poverty (2018) are still within their tolerance.
    const sources = cited('?i=overlap&f=2019-06-01');
    const view = viewOf('?i=overlap&f=2019-06-01');
    if (view.kind !== 'overlap') throw new Error('expected the overlap view');
    const ticked = new Set(view.conditions.map((c) => c.id));
    if (ticked.has('emergency')) expect(sources.join()).toContain('vraem-emergency-decrees-news');
    expect(ticked.has('coca') && ticked.has('poverty')).toBe(true);
    expect(sources.some((s) => /^coca-district-pipaber-quispe2022 \d{4}/.test(s))).toBe(true);
    expect(sources).toContain('inei-poverty-map-2018 2018');
    if (ticked.has('events')) expect(sources.join()).toContain('vraem-security-events-2003-2023');
    expect(ticked.size).toBeGreaterThan(0);
    expect(sources.join()).not.toMatch(/mapsperu|geoperu/);
    // On a day past every value's tolerance the conditions are unknown: nothing of theirs cited.
    expect(cited('?i=overlap&f=2025-08-14').join()).not.toMatch(/coca-district|poverty-map/);
  });

  it('the exported footer uses them, in es and en, and the overlap day', () => {
    const state = parseUrlState('?i=bivariate');
    const atlas = deriveAtlasView(
      state,
      data,
      theme,
      { active: null, events: { placed: [], byId: new Map() } },
      { area: null, pinned: null },
    );
    const view = viewOf('?i=bivariate');
    for (const lang of ['es', 'en'] as const) {
      const text = figureText(
        i18nOf(lang),
        atlas.view,
        { title: 'x' },
        theme,
        data.sources,
        new Date('2026-12-06T12:00:00Z'),
        { cited: systemsSources(view, theme), date: null },
      );
      expect(text.footer[0]).toMatch(/INEI/);
      expect(text.footer[0]).not.toMatch(/Límites|boundaries|GEO PERÚ/i);
      expect(text.references.length).toBe(systemsSources(view, theme).length);
    }
  });

  it('merges a source cited twice into one entry with the years of both', () => {
    const source = { id: 'a' } as never;
    expect(
      mergeCited([[{ source, years: [2018] }], [{ source, years: [2013, 2018] }]]).map(
        (c) => c.years,
      ),
    ).toEqual([[2013, 2018]]);
  });
});
