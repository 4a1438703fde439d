/** Chart sizes in CSS pixels: the chart panel's width, and each chart's height. */
export const CHART_WIDTH = 400;
export const CHART_HEIGHT = {
  /** Selected districts against the VRAEM aggregate (legend and error bars need room). */
  districts: 210,
  /** Coca in the VRAEM zone against Peru. */
  zoneVsPeru: 190,
  /** The zone's share of Peru's coca. */
  share: 120,
} as const;
