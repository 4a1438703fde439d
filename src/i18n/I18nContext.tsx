import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { MessageKey } from './es';
import {
  DEFAULT_LANG,
  hasDictionary,
  loadDictionary,
  translate,
  type Lang,
  type Params,
} from './translate';

export interface I18n {
  lang: Lang;
  t: (key: MessageKey, params?: Params) => string;
}

const I18nContext = createContext<I18n>({
  lang: 'es',
  t: (key, params) => translate('es', key, params),
});

/**
 * Provides the language whose messages are loaded: asked for a language whose dictionary is still
 * loading (English reached by Back or a link), it keeps the language it showed until the
 * dictionary is there, so that no key and no mixed screen is ever shown.
 */
export function I18nProvider({ lang: wanted, children }: { lang: Lang; children: ReactNode }) {
  const [loaded, setLoaded] = useState<Lang>(() => (hasDictionary(wanted) ? wanted : DEFAULT_LANG));
  useEffect(() => {
    let live = true;
    loadDictionary(wanted).then(
      () => live && setLoaded(wanted),
      () => undefined, // offline without the chunk: stays in the language shown
    );
    return () => {
      live = false;
    };
  }, [wanted]);
  const lang = hasDictionary(wanted) ? wanted : loaded;
  const value = useMemo<I18n>(
    () => ({ lang, t: (key, params) => translate(lang, key, params) }),
    [lang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
