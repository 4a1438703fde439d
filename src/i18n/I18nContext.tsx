import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { MessageKey } from './es';
import { translate, type Lang, type Params } from './translate';

export interface I18n {
  lang: Lang;
  t: (key: MessageKey, params?: Params) => string;
}

const I18nContext = createContext<I18n>({
  lang: 'es',
  t: (key, params) => translate('es', key, params),
});

export function I18nProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  const value = useMemo<I18n>(
    () => ({ lang, t: (key, params) => translate(lang, key, params) }),
    [lang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
