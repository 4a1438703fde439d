import { beforeAll, describe, expect, it } from 'vitest';
import type { AtlasData } from '../../src/data/loadAtlas';
import type { ThemeData } from '../../src/data/loadThemes';
import type { Lang } from '../../src/i18n/translate';
import { parseUrlState } from '../../src/state/urlState';
import { deriveAtlasView, type AtlasImports, type AtlasSession } from '../../src/ui/atlasView';
import { figureText } from '../../src/ui/briefing/figureText';
import { baseCounts, layerLegend } from '../../src/ui/legendModel';
import { systemsLegend } from '../../src/ui/systems/systemsLegend';
import { buildSystemsView } from '../../src/ui/systems/systemsView';
import { i18nOf } from '../fixtures/i18n';
import { loadShippedAtlas, loadShippedThemes } from '../fixtures/shipped';

let data: AtlasData;
let theme: ThemeData;
beforeAll(async () => {
  [data, theme] = await Promise.all([loadShippedAtlas(), loadShippedThemes()]);
});
const NO_IMPORTS: AtlasImports = { active: null, events: { placed: [], byId: new Map() } };
const NO_SESSION: AtlasSession = { area: null, pinned: null };
const DAY = new Date('2026-12-06T12:00:00Z');

/** The words of the slide and the exported image of the view a link opens. */
function textOf(query: string, lang: Lang) {
  const { view } = deriveAtlasView(parseUrlState(query), data, theme, NO_IMPORTS, NO_SESSION);
  const i18n = i18nOf(lang);
  const legend = layerLegend(i18n, view, baseCounts(data.districts, false));
  return figureText(i18n, view, legend, theme, data.sources, DAY);
}

describe('figureText: the source line of slides, map images and print', () => {
  it('coca 2016 in Spanish: one short line citing DEVIDA and the year, then the date made', () => {
    const text = textOf('?i=coca&y=2016', 'es');
    expect(text.title).toBe('Coca cultivada (ha) · 2016');
    expect(text.footer).toEqual([
      'Fuente: DEVIDA/UNODC vía Quispe et al. 2022 (datos de 2016)',
      'Atlas VRAEM · elaborado el 6 de diciembre de 2026',
    ]);
    // The full reference, for the app's hover and notes: title, copy, commit.
    expect(text.references).toHaveLength(1);
    expect(text.references[0]).toMatch(
      /^Cultivo de coca por distrito.*commit del repositorio 04b3706/,
    );
  });

  it('coca 2016 in English', () => {
    expect(textOf('?i=coca&y=2016&lang=en', 'en').footer[0]).toBe(
      'Source: DEVIDA/UNODC via Quispe et al. 2022 (2016 data)',
    );
  });

  it('poverty 2018 cites the INEI poverty map by title and year', () => {
    expect(textOf('?i=pov&y=2018', 'es').footer[0]).toBe(
      'Fuente: INEI, Mapa de Pobreza Monetaria 2018',
    );
  });

  it('the emergency map cites the decree compilation and the limits, with the date', () => {
    const { footer } = textOf('?i=emergency&f=2018-06-01', 'es');
    expect(footer[0]).toBe(
      'Fuente: Atlas VRAEM (prensa; serie incompleta); Límites del INEI vía mapsPERU v2.0.0',
    );
    expect(footer[1]).toBe('Situación al 2018-06-01');
  });

  it('titled as the legend is headed: the base map with the atlas name, a date view with its date, a systems view with its own heading', () => {
    expect(textOf('', 'es').title).toBe('Atlas VRAEM · Leyenda');
    expect(textOf('?lang=en', 'en').title).toBe('Atlas VRAEM · Legend');
    expect(textOf('?i=emergency&f=2018-06-01', 'es').title).toBe(
      'Estado de emergencia el 2018-06-01',
    );
    const state = parseUrlState('?i=bivariate');
    const systems = buildSystemsView(state, data.districts, theme);
    const { view } = deriveAtlasView(state, data, theme, NO_IMPORTS, NO_SESSION);
    if (!systems) throw new Error('expected the bivariate view');
    const legend = systemsLegend(i18nOf('es'), systems);
    expect(figureText(i18nOf('es'), view, legend, theme, data.sources, DAY).title).toBe(
      'Coca cultivada (ha) × Pobreza monetaria total (%) · 2018',
    );
  });

  it('no line carries transcription notes, repository names or commits, in either language', () => {
    for (const lang of ['es', 'en'] as const) {
      for (const q of ['', '?i=coca&y=2016', '?i=pov&y=2016', '?i=devida', '?i=authorities']) {
        for (const line of textOf(`${q}${q ? '&' : '?'}lang=${lang}`, lang).footer) {
          expect(line).not.toMatch(/as transcribed|commit|github|copy in/i);
          expect(line.length).toBeLessThanOrEqual(120);
        }
      }
    }
  });
});
