// The theme data files, as URLs Vite resolves (hashed in the build, served in dev).
import incidents from '../../data/incidents.json?url';
import indicators from '../../data/indicators.json?url';
import peruIndicators from '../../data/peru-indicators.json?url';
import jurisdiction from '../../data/jurisdiction.json?url';
import series from '../../data/series.json?url';
import ucdp from '../../data/ucdp-events.json?url';
import { THEME_FILE_NAMES, type ThemeUrls } from './themeFiles';
import type { Scope } from './scope';

export const THEME_URLS: ThemeUrls = { indicators, series, jurisdiction, incidents, ucdp };

/** National scope: indicators over every district of Peru; the other theme files are shared. */
export const NATIONAL_THEME_URLS: ThemeUrls = { ...THEME_URLS, indicators: peruIndicators };

export const NATIONAL_THEME_FILE_NAMES: Record<keyof ThemeUrls, string> = {
  ...THEME_FILE_NAMES,
  indicators: 'data/peru-indicators.json',
};

export function themeUrlsFor(scope: Scope): {
  urls: ThemeUrls;
  names: Record<keyof ThemeUrls, string>;
} {
  return scope === 'peru'
    ? { urls: NATIONAL_THEME_URLS, names: NATIONAL_THEME_FILE_NAMES }
    : { urls: THEME_URLS, names: THEME_FILE_NAMES };
}
