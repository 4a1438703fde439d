import type { SourceRef } from '../data/schemas';
import type { DistrictValue } from '../domain/districtValues';
import { translate, type Lang } from '../i18n/translate';

/**
 * A source as the user's language shows it: in Spanish, the atlas's own descriptions of a source
 * (title, licence, vintage) come from its `es` block, written by the pipeline next to the
 * English; a citation quoted as published has no `es` block and is shown as it is.
 */
export function localizeSource(source: SourceRef, lang: Lang): SourceRef {
  if (lang !== 'es' || !source.es) return source;
  return {
    ...source,
    title: source.es.title,
    licence: source.es.licence ?? source.licence,
    vintage: source.es.vintage ?? source.vintage,
    ...((source.es.short ?? source.short) && { short: source.es.short ?? source.short }),
  };
}

/**
 * One-line citations of a figure's sources, without repeats ("DEVIDA; INEI"): each source's
 * `short` when the pipeline gives one, else its publisher up to the first ";" (the body that
 * published it, before the copy that carries it). `sources` are already localized.
 */
export function shortCitations(sources: readonly SourceRef[]): string {
  const names = sources.map((s) => s.short ?? (s.publisher.split(';')[0] as string).trim());
  return [...new Set(names)].join('; ');
}

/** Every source of a map, localized (for the CSV export, which looks sources up by id). */
export function localizeSources(
  sources: ReadonlyMap<string, SourceRef>,
  lang: Lang,
): ReadonlyMap<string, SourceRef> {
  if (lang !== 'es') return sources;
  return new Map([...sources].map(([id, s]) => [id, localizeSource(s, lang)]));
}

/** "2012–2016, 2018": the years in order, runs of consecutive years as a range. */
export function yearList(years: Iterable<number>): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const runs: string[] = [];
  let start = sorted[0];
  sorted.forEach((year, i) => {
    const next = sorted[i + 1];
    if (next === year + 1) return;
    runs.push(start === year ? String(year) : `${start}–${year}`);
    start = next;
  });
  return runs.join(', ');
}

/**
 * The one-line citation a slide, an image or a chart carries, in the user's language: the
 * pipeline's `short` ("INEI, Mapa de Pobreza Monetaria 2018"; publisher, title, year) or else the
 * publisher before the copy that carries it, followed by the years of the figure's values from
 * this source when the citation does not already name them ("… Quispe et al. 2022 (datos de
 * 2016)"). The full reference (title, copy, commit) stays in the app and in SOURCES.md.
 */
export function citeSource(source: SourceRef, lang: Lang, years: Iterable<number> = []): string {
  const short = shortCitations([localizeSource(source, lang)]);
  const unnamed = [...new Set(years)].filter((y) => !short.includes(String(y)));
  return unnamed.length === 0
    ? short
    : translate(lang, 'source.withYears', { short, years: yearList(unnamed) });
}

/** A figure's sources, each with the years of the values it gave. */
export interface CitedSource {
  source: SourceRef;
  years: readonly number[];
}

/** Several sources in one line ("INEI, Censo 2017; DEVIDA (datos de 2016)"), without repeats. */
export function citeSources(cited: readonly CitedSource[], lang: Lang): string {
  return [...new Set(cited.map((c) => citeSource(c.source, lang, c.years)))].join('; ');
}

/** The full reference, for the title or the notes one click away: title (publisher; vintage). */
export function fullReference(source: SourceRef, lang: Lang): string {
  const s = localizeSource(source, lang);
  return `${s.title} (${s.publisher}; ${s.vintage})`;
}

/**
 * The sources of the values a choropleth shows, with the years each gave (values from another
 * year under the tolerance carry that year). Ids the lookup does not know are left out.
 */
export function sourcesOfValues(
  values: Iterable<{ value: DistrictValue }>,
  lookup: ReadonlyMap<string, SourceRef>,
): CitedSource[] {
  const years = new Map<string, Set<number>>();
  for (const { value } of values) {
    if (value.kind !== 'value') continue;
    const set = years.get(value.source) ?? new Set<number>();
    set.add(value.year);
    years.set(value.source, set);
  }
  return [...years].flatMap(([id, set]) => {
    const source = lookup.get(id);
    return source ? [{ source, years: [...set].sort((a, b) => a - b) }] : [];
  });
}
