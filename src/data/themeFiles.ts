/** The theme data files, by role, and their names as the pipeline writes them (for errors). */
export interface ThemeUrls {
  indicators: string;
  series: string;
  jurisdiction: string;
  incidents: string;
  ucdp: string;
}

export const THEME_FILE_NAMES: Record<keyof ThemeUrls, string> = {
  indicators: 'data/indicators.json',
  series: 'data/series.json',
  jurisdiction: 'data/jurisdiction.json',
  incidents: 'data/incidents.json',
  ucdp: 'data/ucdp-events.json',
};
