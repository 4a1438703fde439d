/**
 * The words an exported map or a slide carries: a title (what is shown, which year) and footer
 * lines with the sources — a short citation in the interface language, with the years of the
 * data it does not name — and the date it was made: never a figure without its source. The full
 * references stay one click away in the app (Sources) and in data/SOURCES.md.
 */
import type { SourceRef } from '../../data/schemas';
import type { ThemeData } from '../../data/loadThemes';
import type { I18n } from '../../i18n/I18nContext';
import { LOCALES } from '../../i18n/translate';
import type { LayerView } from '../layerView';
import type { LegendModel } from '../legendModel';
import { citeSources, fullReference, sourcesOfValues, type CitedSource } from '../sourceText';

export interface FigureText {
  title: string;
  /** Short source line(s) in the interface language, then the date the figure was made. */
  footer: string[];
  /** The full references of the cited sources, for the app to show one click or hover away. */
  references: string[];
}

/** What a systems view's map draws on (systemsSources.ts), in place of the layer's sources. */
export interface SystemsFigureSources {
  cited: CitedSource[];
  /** The day an overlap is evaluated on; null for the bivariate map (its year is in the title). */
  date: string | null;
}

/** Sources (ids in the atlas or theme files) behind each layer that is not an indicator. */
const LAYER_SOURCES: Record<'base' | 'emergency' | 'authorities' | 'devida', readonly string[]> = {
  base: ['mapsperu-v2', 'geoperu-vraem-ambito'],
  emergency: ['vraem-emergency-decrees-news', 'mapsperu-v2'],
  authorities: ['vraem-emergency-decrees-news', 'devida-zona-vraem-24', 'geoperu-vraem-ambito'],
  devida: ['devida-zona-vraem-24', 'mapsperu-v2'],
};

export function figureText(
  i18n: I18n,
  view: LayerView,
  /** The legend on screen: its heading names what the map shows (legendModel.ts). */
  legend: Pick<LegendModel, 'title'>,
  theme: ThemeData | null,
  atlasSources: readonly SourceRef[],
  today: Date = new Date(),
  /** A systems view on the map: its own sources, not those of the layer under it. */
  systems: SystemsFigureSources | null = null,
): FigureText {
  const { t, lang } = i18n;
  const footer: string[] = [];
  let cited: CitedSource[];
  // Titled as the legend is headed; the base map's plain "Leyenda" with the atlas's name.
  const title =
    legend.title === t('legend.title') ? `${t('app.title')} · ${legend.title}` : legend.title;
  if (systems) {
    cited = systems.cited;
    footer.push(t('figure.sources', { list: citeSources(cited, lang) || '—' }));
    if (systems.date) footer.push(t('figure.decreeDate', { date: systems.date }));
  } else if (view.kind === 'indicator') {
    // Each source with the years of the values it gave: a value from another year (tolerance)
    // is cited with its own year.
    cited = sourcesOfValues(view.map.byUbigeo.values(), theme?.sources ?? new Map());
    footer.push(t('figure.sources', { list: citeSources(cited, lang) || '—' }));
  } else {
    const known = new Map<string, SourceRef>(atlasSources.map((s) => [s.id, s]));
    for (const [id, s] of theme?.sources ?? []) known.set(id, s);
    cited = LAYER_SOURCES[view.kind].flatMap((id) => {
      const source = known.get(id);
      return source ? [{ source, years: [] }] : [];
    });
    footer.push(t('figure.sources', { list: citeSources(cited, lang) || '—' }));
    if (view.kind === 'emergency' || view.kind === 'authorities') {
      footer.push(t('figure.decreeDate', { date: view.date }));
    }
  }
  const made = new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long' }).format(today);
  footer.push(t('figure.made', { date: made }));
  return { title, footer, references: cited.map((c) => fullReference(c.source, lang)) };
}
