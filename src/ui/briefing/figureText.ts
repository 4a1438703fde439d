/**
 * The words an exported map or a slide carries: a title (what is shown, which year) and footer
 * lines with the sources and the date of the data — never a figure without its source.
 */
import type { SourceRef } from '../../data/schemas';
import type { ThemeData } from '../../data/loadThemes';
import type { I18n } from '../../i18n/I18nContext';
import { LOCALES } from '../../i18n/translate';
import type { LayerView } from '../layerView';

export interface FigureText {
  title: string;
  footer: string[];
}

function publishers(ids: Iterable<string>, sources: ReadonlyMap<string, SourceRef>): string {
  return [...new Set([...ids].map((id) => sources.get(id)?.publisher ?? id))].join('; ');
}

export function figureText(
  i18n: I18n,
  view: LayerView,
  theme: ThemeData | null,
  atlasSources: readonly SourceRef[],
  today: Date = new Date(),
): FigureText {
  const { t, lang } = i18n;
  const boundaries = atlasSources.map((s) => s.publisher);
  const footer: string[] = [];
  // The same headings as the legends (JurisdictionLegend, Legend).
  let title =
    view.kind === 'emergency'
      ? t('emergency.title', { date: view.date })
      : view.kind === 'authorities'
        ? t('authority.title', { date: view.date })
        : view.kind === 'devida'
          ? t('layers.devida')
          : `${t('app.title')} · ${t('legend.title')}`;
  if (view.kind === 'indicator') {
    title = `${view.indicator.label[lang]} · ${view.year}`;
    const ids = new Set<string>();
    const years = new Set<number>();
    for (const { value } of view.map.byUbigeo.values()) {
      if (value.kind !== 'value') continue;
      ids.add(value.source);
      years.add(value.year);
    }
    footer.push(t('figure.sources', { list: publishers(ids, theme?.sources ?? new Map()) }));
    if (years.size > 0) {
      footer.push(t('figure.dataYears', { years: [...years].sort((a, b) => a - b).join(', ') }));
    }
  } else {
    footer.push(t('figure.sources', { list: [...new Set(boundaries)].join('; ') }));
    if (view.kind === 'emergency' || view.kind === 'authorities') {
      footer.push(t('figure.decreeDate', { date: view.date }));
    }
  }
  const made = new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long' }).format(today);
  footer.push(t('figure.made', { date: made }));
  return { title, footer };
}
