/** Area-level series (VRAEM zone, Peru, departments): lookups and the zone's national share. */
import type { SeriesFile } from '../data/indicatorSchemas';

export type Series = SeriesFile['series'][number];
export type SeriesPoint = Series['points'][number];

export function pointAt(series: Series | undefined, year: number): SeriesPoint | null {
  return series?.points.find((p) => p.year === year) ?? null;
}

export interface ShareOfNational {
  year: number;
  zone: number;
  national: number;
  /** zone / national, 0..1. */
  share: number;
}

/** The zone's share of the national total, only for years where both figures exist. */
export function shareOfNational(zone: Series, national: Series): ShareOfNational[] {
  return zone.points.flatMap((z) => {
    const n = pointAt(national, z.year);
    return n && n.value > 0
      ? [{ year: z.year, zone: z.value, national: n.value, share: z.value / n.value }]
      : [];
  });
}
