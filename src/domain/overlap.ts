/**
 * "Where the problems overlap": on a date, which districts meet k of n conditions the user ticks
 * (coca above N ha, poverty above N %, an incident within N years, a state of emergency, N or
 * more authorities). Each condition is met, not met, or unknown ("sin dato") for a district: a
 * missing input is never "does not meet". Pure: every input is a value.
 */
import type { Decree, Incident } from '../data/indicatorSchemas';
import type { UcdpEvent, UcdpFile } from '../data/ucdpSchemas';
import { authoritiesOf } from './authorities';
import {
  resolveDistrictValue,
  type DistrictStart,
  type DistrictValue,
  type IndicatorValues,
} from './districtValues';
import type { District } from './districts';
import { emergencyOn } from './emergency';
import type { Tolerance } from './values';

export type ConditionId = 'coca' | 'poverty' | 'events' | 'emergency' | 'authorities';
export const CONDITION_IDS: readonly ConditionId[] = [
  'coca',
  'poverty',
  'events',
  'emergency',
  'authorities',
];

/** A ticked condition with its threshold (ha, %, years, or authorities; none for emergency). */
export interface Condition {
  id: ConditionId;
  threshold: number;
}

export const DEFAULT_THRESHOLDS: Record<ConditionId, number> = {
  coca: 100,
  poverty: 50,
  events: 3,
  emergency: 0,
  authorities: 6,
};

export type ConditionStatus = 'met' | 'notMet' | 'unknown';

export interface ConditionResult {
  status: ConditionStatus;
  /** What decided it: the value and its year, the events counted, the decrees, the count. */
  value: number | null;
  year: number | null;
}

export interface OverlapDistrict {
  district: District;
  results: Record<ConditionId, ConditionResult | undefined>;
  met: number;
  unknown: number;
}

export interface OverlapInput {
  date: string;
  conditions: readonly Condition[];
  districts: readonly District[];
  coca: { values: IndicatorValues; tolerance: Tolerance } | undefined;
  poverty: { values: IndicatorValues; tolerance: Tolerance } | undefined;
  starts: ReadonlyMap<string, DistrictStart>;
  decrees: readonly Decree[];
  devidaZone: ReadonlyMap<string, string>;
  incidents: readonly Incident[];
  ucdp: Pick<UcdpFile, 'coverage'> & { events: readonly UcdpEvent[] };
}

function valueCondition(value: DistrictValue | null, threshold: number): ConditionResult {
  if (value === null || value.kind === 'missing')
    return { status: 'unknown', value: null, year: null };
  return {
    status: value.value > threshold ? 'met' : 'notMet',
    value: value.value,
    year: value.year,
  };
}

/** The date `years` years before `date` (YYYY-MM-DD). */
export function yearsBefore(date: string, years: number): string {
  return `${String(Number(date.slice(0, 4)) - years).padStart(4, '0')}${date.slice(4)}`;
}

/**
 * Events in the window (date − N years, date]. Curated incidents are a short list of major events
 * and the UCDP copy misses whole years: absence of an event proves nothing when the window holds
 * a year the UCDP copy has no rows for, or lies outside its release. Then "unknown", else "not met".
 */
export function eventWindowKnown(
  coverage: UcdpFile['coverage'],
  from: string,
  to: string,
): boolean {
  const first = Number(from.slice(0, 4));
  const last = Number(to.slice(0, 4));
  if (first < coverage.releaseFirstYear || last > coverage.releaseLastYear) return false;
  return !coverage.yearsWithoutRows.some((y) => y >= first && y <= last);
}

export function evaluateOverlap(input: OverlapInput): OverlapDistrict[] {
  const year = Number(input.date.slice(0, 4));
  const on = emergencyOn(input.decrees, input.date);
  // Our decree list is sparse (a few decrees over two decades): a date no listed decree covers
  // says nothing about emergencies then, and a decree whose district list the source gives only
  // in part may cover any district. Only a complete list in force can tell "not under it".
  const emergencyKnown = on.inForce.length > 0 && on.incompleteLists.length === 0;
  const eventsCondition = input.conditions.find((c) => c.id === 'events');
  const from = yearsBefore(input.date, eventsCondition?.threshold ?? 0);
  const known = eventWindowKnown(input.ucdp.coverage, from, input.date);
  const eventCounts = new Map<string, number>();
  const inWindow = (d: string) => d > from && d <= input.date;
  for (const e of [...input.incidents, ...input.ucdp.events]) {
    // A curated date may be a month only (YYYY-MM): compared as the month's first day.
    const date = e.date.length === 7 ? `${e.date}-01` : e.date;
    if (e.ubigeo && inWindow(date)) eventCounts.set(e.ubigeo, (eventCounts.get(e.ubigeo) ?? 0) + 1);
  }

  return input.districts.map((district) => {
    const start = input.starts.get(district.ubigeo);
    const results = {} as Record<ConditionId, ConditionResult | undefined>;
    for (const c of input.conditions) {
      results[c.id] = evaluate(c, district);
    }
    const all = Object.values(results).filter((r): r is ConditionResult => r !== undefined);
    return {
      district,
      results,
      met: all.filter((r) => r.status === 'met').length,
      unknown: all.filter((r) => r.status === 'unknown').length,
    };

    function evaluate(c: Condition, d: District): ConditionResult {
      switch (c.id) {
        case 'coca':
        case 'poverty': {
          const source = input[c.id];
          const value = source
            ? resolveDistrictValue(source.values, d, start, year, source.tolerance)
            : null;
          return valueCondition(value, c.threshold);
        }
        case 'events': {
          const n = eventCounts.get(d.ubigeo) ?? 0;
          if (n > 0) return { status: 'met', value: n, year: null };
          return { status: known ? 'notMet' : 'unknown', value: known ? 0 : null, year: null };
        }
        case 'emergency': {
          const decrees = on.byUbigeo.get(d.ubigeo);
          if (decrees) return { status: 'met', value: decrees.length, year };
          return { status: emergencyKnown ? 'notMet' : 'unknown', value: null, year };
        }
        case 'authorities': {
          const count = authoritiesOf(d, {
            devidaZone: input.devidaZone.has(d.ubigeo),
            decrees: on.byUbigeo.get(d.ubigeo) ?? [],
          }).length;
          if (count >= c.threshold) return { status: 'met', value: count, year };
          // Without knowing the emergency, the armed forces may be one more authority.
          const armedForcesUnknown = !emergencyKnown && !on.byUbigeo.has(d.ubigeo);
          const status = armedForcesUnknown && count + 1 >= c.threshold ? 'unknown' : 'notMet';
          return { status, value: count, year };
        }
      }
    }
  });
}

/**
 * The districts meeting at least k conditions, ranked: most conditions met first, then those
 * with more unknowns (they might meet more), then by name.
 */
export function rankOverlap(results: readonly OverlapDistrict[], k: number): OverlapDistrict[] {
  return results
    .filter((r) => r.met >= k)
    .sort(
      (a, b) =>
        b.met - a.met ||
        b.unknown - a.unknown ||
        a.district.name.localeCompare(b.district.name, 'es') ||
        a.district.ubigeo.localeCompare(b.district.ubigeo),
    );
}
