/**
 * The typed ways a value can be missing, and how far in time a value may travel (tolerance). A
 * missing value is never 0 or NaN: the map, legend, tooltip and table each say which kind of
 * missing it is. The value types themselves are in districtValues.ts.
 */

export type MissingKind =
  /** The source covers this district but has no value for the year (or none within tolerance). */
  | 'noData'
  /** The district did not exist yet that year (its territory belonged to another district). */
  | 'notYetDistrict'
  /** The district lies outside what the source covers (e.g. coca by district: 31 districts). */
  | 'outsideCoverage';

/** How far from the requested year a value may come. */
export type Tolerance =
  | { kind: 'exact' }
  /** The latest year at or before the requested one, at most `maxYears` earlier. */
  | { kind: 'nearestEarlier'; maxYears: number };

/**
 * The item to show for a year under a tolerance, or null. Items need not be sorted; duplicates
 * of a year are a data error upstream and the first one wins.
 */
export function pickNearest<T>(
  items: readonly T[],
  yearOf: (item: T) => number,
  year: number,
  tolerance: Tolerance,
): T | null {
  let best: T | null = null;
  let bestYear = -Infinity;
  for (const item of items) {
    const y = yearOf(item);
    if (y === year) return item;
    if (
      tolerance.kind === 'nearestEarlier' &&
      y < year &&
      year - y <= tolerance.maxYears &&
      y > bestYear
    ) {
      best = item;
      bestYear = y;
    }
  }
  return best;
}
