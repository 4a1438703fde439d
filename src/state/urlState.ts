/**
 * The part of the view a link must reproduce, and its URL codec. Parsing never throws: a
 * missing, unknown or malformed parameter falls back to its default. Defaults are left out of
 * the serialized form so links stay short.
 */
import { DEFAULT_LANG, isLang, type Lang } from '../i18n/translate';

export interface UrlState {
  lang: Lang;
  /** Ubigeo of the district whose panel is open. */
  district: string | null;
}

export const DEFAULT_URL_STATE: UrlState = { lang: DEFAULT_LANG, district: null };

const UBIGEO = /^\d{6}$/;

/**
 * Reads the state from a query string ("?lang=en&d=120609"). `knownDistrict` lets the caller
 * reject ubigeos that are well-formed but not on the map.
 */
export function parseUrlState(
  search: string,
  knownDistrict: (ubigeo: string) => boolean = () => true,
): UrlState {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { ...DEFAULT_URL_STATE };
  }
  const lang = params.get('lang');
  const district = params.get('d');
  return {
    lang: isLang(lang) ? lang : DEFAULT_URL_STATE.lang,
    district:
      district !== null && UBIGEO.test(district) && knownDistrict(district) ? district : null,
  };
}

/** The query string for a state, with defaults dropped; "" when everything is default. */
export function serializeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  if (state.lang !== DEFAULT_URL_STATE.lang) params.set('lang', state.lang);
  if (state.district !== null) params.set('d', state.district);
  const query = params.toString();
  return query ? `?${query}` : '';
}
