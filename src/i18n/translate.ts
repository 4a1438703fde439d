import { es, type MessageKey } from './es';

export type Lang = 'es' | 'en';
export const DEFAULT_LANG: Lang = 'es';

type Dictionary = Record<MessageKey, string>;

/**
 * Spanish is in the app's first chunk; English is a chunk of its own, loaded when the atlas is
 * opened or switched to English (loadDictionary), so that the first frame does not wait for it.
 */
const dictionaries: Partial<Record<Lang, Dictionary>> = { es };
const loading: Partial<Record<Lang, Promise<void>>> = {};

export function hasDictionary(lang: Lang): boolean {
  return dictionaries[lang] !== undefined;
}

/** Loads a language's messages once; resolves when translate() can use them. */
export function loadDictionary(lang: Lang): Promise<void> {
  if (dictionaries[lang]) return Promise.resolve();
  return (loading[lang] ??= import('./en').then(
    ({ en }) => {
      dictionaries.en = en;
    },
    (error: unknown) => {
      loading[lang] = undefined; // a later switch tries again
      throw error;
    },
  ));
}

/** BCP 47 locale used by Intl for each language (CLDR decides the separators). */
export const LOCALES: Record<Lang, string> = { es: 'es-PE', en: 'en' };

export type Params = Record<string, string | number>;

const pluralRules: Partial<Record<Lang, Intl.PluralRules>> = {};

/**
 * A message written as "singular|plural" ("{count} distrito|{count} distritos") picks its form by
 * the CLDR plural category of `count` in the language: "one" takes the first form, every other
 * category (es also has "many" for millions) the second. Without a count, the plural.
 */
function pluralForm(lang: Lang, template: string, count: unknown): string {
  const bar = template.indexOf('|');
  if (bar < 0) return template;
  const n = typeof count === 'number' ? count : Number(count);
  const rules = (pluralRules[lang] ??= new Intl.PluralRules(LOCALES[lang]));
  return Number.isFinite(n) && rules.select(n) === 'one'
    ? template.slice(0, bar)
    : template.slice(bar + 1);
}

const numberFormats: Partial<Record<Lang, Intl.NumberFormat>> = {};

/**
 * Looks up a message and fills `{name}` placeholders. A placeholder without a value is left
 * visible (`{name}`) so that a missing parameter shows up in a screenshot instead of vanishing.
 * In a plural message the count is a quantity, written as the language writes numbers
 * ("1,000,000 distritos"); other numbers (years, ubigeos) are written as they are.
 */
export function translate(lang: Lang, key: MessageKey, params?: Params): string {
  const dictionary = dictionaries[lang];
  // Callers wait for loadDictionary before showing a language; should one not, Spanish, never a key.
  if (!dictionary) return translate(DEFAULT_LANG, key, params);
  const raw = dictionary[key];
  const template = pluralForm(lang, raw, params?.count);
  if (!params) return template;
  const plural = raw.includes('|');
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (plural && name === 'count' && typeof value === 'number') {
      const format = (numberFormats[lang] ??= new Intl.NumberFormat(LOCALES[lang]));
      return format.format(value);
    }
    return String(value);
  });
}

export function isLang(value: unknown): value is Lang {
  return value === 'es' || value === 'en';
}
