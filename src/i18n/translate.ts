import { en } from './en';
import { es, type MessageKey } from './es';

export type Lang = 'es' | 'en';
export const LANGS: readonly Lang[] = ['es', 'en'];
export const DEFAULT_LANG: Lang = 'es';

export const dictionaries: Record<Lang, Record<MessageKey, string>> = { es, en };

/** BCP 47 locale used by Intl for each language (CLDR decides the separators). */
export const LOCALES: Record<Lang, string> = { es: 'es-PE', en: 'en' };

export type Params = Record<string, string | number>;

/**
 * Looks up a message and fills `{name}` placeholders. A placeholder without a value is left
 * visible (`{name}`) so that a missing parameter shows up in a screenshot instead of vanishing.
 */
export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const template = dictionaries[lang][key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

export function isLang(value: unknown): value is Lang {
  return value === 'es' || value === 'en';
}
