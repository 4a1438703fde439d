// The theme data files, as URLs Vite resolves (hashed in the build, served in dev).
import incidents from '../../data/incidents.json?url';
import indicators from '../../data/indicators.json?url';
import jurisdiction from '../../data/jurisdiction.json?url';
import series from '../../data/series.json?url';
import type { ThemeUrls } from './loadThemes';

export const THEME_URLS: ThemeUrls = { indicators, series, jurisdiction, incidents };
