import type { SourceRef } from '../data/schemas';
import type { Lang } from '../i18n/translate';

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
