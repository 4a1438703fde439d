/**
 * Values and the typed ways a value can be missing. A missing value is never 0 or NaN: the map,
 * legend, tooltip and table each say which kind of missing it is.
 */

/** One value a source gives for one year, optionally with its 95 % interval. */
export interface Observation {
  year: number;
  value: number;
  ci?: readonly [low: number, high: number];
}

export type MissingKind =
  /** The source covers this district but has no value for the year (or none within tolerance). */
  | 'noData'
  /** The district did not exist yet that year (its territory belonged to another district). */
  | 'notYetDistrict'
  /** The district lies outside what the source covers (e.g. coca by district: 31 districts). */
  | 'outsideCoverage';

export type ResolvedValue =
  | {
      kind: 'value';
      value: number;
      /** The year the value is from; differs from the requested year under a tolerance. */
      year: number;
      requestedYear: number;
      ci?: readonly [number, number];
    }
  | { kind: 'missing'; missing: MissingKind; requestedYear: number };

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

export function pickObservation(
  observations: readonly Observation[],
  year: number,
  tolerance: Tolerance,
): Observation | null {
  return pickNearest(observations, (o) => o.year, year, tolerance);
}

export function resolveValue(
  observations: readonly Observation[],
  year: number,
  tolerance: Tolerance,
): ResolvedValue {
  const picked = pickObservation(observations, year, tolerance);
  if (!picked) return { kind: 'missing', missing: 'noData', requestedYear: year };
  return {
    kind: 'value',
    value: picked.value,
    year: picked.year,
    requestedYear: year,
    ...(picked.ci ? { ci: picked.ci } : {}),
  };
}

/** Years between the value's year and the requested one (0 when exact). */
export function yearOffset(value: ResolvedValue): number {
  return value.kind === 'value' ? value.requestedYear - value.year : 0;
}
