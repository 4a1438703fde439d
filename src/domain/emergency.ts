/**
 * States of emergency on a date, from the decree list. Only decrees whose period is known
 * (start and end, stated or start + days) can be placed on a date; the others are reported as
 * such, never guessed.
 */
import type { Decree } from '../data/indicatorSchemas';

export interface EmergencyOnDate {
  /** Decrees in force on the date (start ≤ date ≤ end). */
  inForce: Decree[];
  /** For each district under at least one decree in force: those decrees. */
  byUbigeo: Map<string, Decree[]>;
  /** In force on the date, but the source's district list is partial or absent. */
  incompleteLists: Decree[];
  /** Decrees that cannot be placed on any date (no start or no end). */
  undated: Decree[];
}

export function isDated(decree: Decree): decree is Decree & { start: string; end: string } {
  return decree.start !== null && decree.end !== null;
}

export function emergencyOn(decrees: readonly Decree[], date: string): EmergencyOnDate {
  const inForce = decrees.filter((d) => isDated(d) && d.start <= date && date <= d.end);
  const byUbigeo = new Map<string, Decree[]>();
  for (const decree of inForce) {
    for (const ubigeo of decree.ubigeos)
      byUbigeo.set(ubigeo, [...(byUbigeo.get(ubigeo) ?? []), decree]);
  }
  return {
    inForce,
    byUbigeo,
    incompleteLists: inForce.filter((d) => !d.listComplete),
    undated: decrees.filter((d) => !isDated(d)),
  };
}

/** Who holds internal order in a district on the date, from the decrees in force there. */
export type EmergencyControl = Decree['control'] | 'mixed';

export function controlOf(decrees: readonly Decree[]): EmergencyControl {
  const kinds = new Set(decrees.map((d) => d.control));
  if (kinds.size === 1) return [...kinds][0] as EmergencyControl;
  return 'mixed';
}

/**
 * The latest start date among dated decrees that list their districts: the default date of the
 * emergency view (a decree the source gives no district list for, such as DS 133-2025-PCM,
 * would open the view on a map with nothing coloured).
 */
export function latestDecreeStart(decrees: readonly Decree[]): string | null {
  const starts = decrees
    .filter((d) => d.ubigeos.length > 0)
    .filter(isDated)
    .map((d) => d.start);
  return starts.length === 0 ? null : starts.reduce((a, b) => (b > a ? b : a));
}
