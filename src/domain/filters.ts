/**
 * District filters: which districts a researcher is looking at. Pure: the caller passes the
 * facts a criterion needs (DEVIDA zones, emergency on a date, indicator values for a year).
 * A criterion whose facts are not loaded yet is reported as pending, never silently dropped.
 */
import type { IndicatorId } from '../data/indicatorSchemas';
import type { District } from './districts';
import { matchesQuery } from './search';

/** Which set of districts the filter starts from. */
export type Membership = 'vraem' | 'vraem2017' | 'all' | 'outside';
export const MEMBERSHIPS: readonly Membership[] = ['vraem', 'vraem2017', 'all', 'outside'];

export type RangeOp = 'ge' | 'gt' | 'le' | 'lt';
export const RANGE_OPS: readonly RangeOp[] = ['ge', 'gt', 'le', 'lt'];

/** "poverty ≥ 50", "coca > 0": a bound on an indicator's value in the view's year. */
export interface RangeFilter {
  indicator: IndicatorId;
  op: RangeOp;
  value: number;
}

export type EmergencyFilter = 'any' | 'in' | 'out';

export interface DistrictFilter {
  /** Name, province, department or ubigeo; accents and case ignored. */
  query: string;
  /** Department codes (first 2 digits of the ubigeo); empty = all. */
  departments: string[];
  /** Province codes (first 4 digits of the ubigeo); empty = all. */
  provinces: string[];
  membership: Membership;
  /** DEVIDA coca zones the district must be in; empty = any. */
  devida: string[];
  /** Under a state of emergency on the view's date, or not. */
  emergency: EmergencyFilter;
  ranges: RangeFilter[];
}

export const DEFAULT_FILTER: DistrictFilter = {
  query: '',
  departments: [],
  provinces: [],
  membership: 'vraem',
  devida: [],
  emergency: 'any',
  ranges: [],
};

/** Facts the theme-dependent criteria need; null while the theme files are loading. */
export interface FilterFacts {
  devidaZone: (ubigeo: string) => string | undefined;
  inEmergency: (ubigeo: string) => boolean;
  /** The value shown on the map for the year (tolerance applied), or null when missing. */
  valueOf: (indicator: IndicatorId, ubigeo: string) => number | null;
}

export interface FilterResult {
  /** Districts passing every criterion, in the order given. */
  districts: District[];
  /** How many districts the membership starts from ("23 of 79"). */
  universe: number;
  /** Criteria set but not applied because their data is still loading. */
  pending: boolean;
}

export function inMembership(district: District, membership: Membership): boolean {
  switch (membership) {
    case 'vraem':
      return district.vraem;
    case 'vraem2017':
      // The 2017 decree's districts as they were then: today's districts created later were
      // inside the VRAEM through their parent, and are not counted twice.
      return district.vraem && district.existsIn2017;
    case 'all':
      return true;
    case 'outside':
      return !district.vraem;
  }
}

export function passesRange(value: number | null, range: RangeFilter): boolean {
  // A district without a value for the year cannot be said to pass a bound.
  if (value === null) return false;
  switch (range.op) {
    case 'ge':
      return value >= range.value;
    case 'gt':
      return value > range.value;
    case 'le':
      return value <= range.value;
    case 'lt':
      return value < range.value;
  }
}

export function needsFacts(filter: DistrictFilter): boolean {
  return filter.devida.length > 0 || filter.emergency !== 'any' || filter.ranges.length > 0;
}

/** True when the filter narrows anything beyond the default membership. */
export function isFilterActive(filter: DistrictFilter): boolean {
  return (
    filter.query.trim() !== '' ||
    filter.departments.length > 0 ||
    filter.provinces.length > 0 ||
    filter.membership !== DEFAULT_FILTER.membership ||
    needsFacts(filter)
  );
}

export function applyFilter(
  filter: DistrictFilter,
  districts: readonly District[],
  facts: FilterFacts | null,
): FilterResult {
  const members = districts.filter((d) => inMembership(d, filter.membership));
  const departments = new Set(filter.departments);
  const provinces = new Set(filter.provinces);
  const zones = new Set(filter.devida);
  const passing = members.filter((d) => {
    if (departments.size > 0 && !departments.has(d.ubigeo.slice(0, 2))) return false;
    if (provinces.size > 0 && !provinces.has(d.ubigeo.slice(0, 4))) return false;
    if (!matchesQuery(filter.query, [d.name, d.province, d.department, d.ubigeo])) return false;
    if (!facts) return true;
    if (zones.size > 0 && !zones.has(facts.devidaZone(d.ubigeo) ?? '')) return false;
    if (filter.emergency !== 'any' && facts.inEmergency(d.ubigeo) !== (filter.emergency === 'in'))
      return false;
    return filter.ranges.every((r) => passesRange(facts.valueOf(r.indicator, d.ubigeo), r));
  });
  return {
    districts: passing,
    universe: members.length,
    pending: facts === null && needsFacts(filter),
  };
}

/** Departments and provinces present among districts, for the filter's pickers. */
export function adminUnits(districts: readonly District[]) {
  const departments = new Map<string, string>();
  const provinces = new Map<string, { name: string; department: string }>();
  for (const d of districts) {
    departments.set(d.ubigeo.slice(0, 2), d.department);
    provinces.set(d.ubigeo.slice(0, 4), { name: d.province, department: d.ubigeo.slice(0, 2) });
  }
  const byName = <T extends { name: string }>(a: T, b: T) => a.name.localeCompare(b.name, 'es');
  return {
    departments: [...departments].map(([code, name]) => ({ code, name })).sort(byName),
    provinces: [...provinces]
      .map(([code, p]) => ({ code, name: p.name, department: p.department }))
      .sort(byName),
  };
}
