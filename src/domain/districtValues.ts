/**
 * The value of one indicator for one district and year, with every way it can be missing told
 * apart. Pure: takes the loaded indicator data and the district facts, returns a typed value.
 */
import type { DistrictObservation, FlagCode, IndicatorsFile } from '../data/indicatorSchemas';
import type { District } from './districts';
import { pickNearest, type MissingKind, type Tolerance } from './values';

type DistrictStartRecord = IndicatorsFile['districtStarts'][number];

export interface IndicatorValues {
  /** Districts the source covers. */
  coverage: ReadonlySet<string>;
  /** Observations by ubigeo. */
  values: ReadonlyMap<string, readonly DistrictObservation[]>;
}

/** First year a district can have a value of its own, when the sources tell. */
export interface DistrictStart {
  firstYear: number | null;
  basis: DistrictStartRecord['basis'];
}

export interface PresentValue {
  kind: 'value';
  value: number;
  year: number;
  requestedYear: number;
  ci: readonly [number, number] | null;
  source: string;
  flags: readonly FlagCode[];
}

export interface MissingValue {
  kind: 'missing';
  missing: MissingKind;
  requestedYear: number;
  /** For a district that did not exist yet: the value of the district it was part of. */
  parent: { ubigeo: string; value: PresentValue } | null;
  /**
   * For "no data" only: the closest years, before and after, for which the district has a value
   * of its own that the tolerance does not reach ("no data for 2016 · data for 2007 and 2017").
   * Absent when the district has no value of its own in any year.
   */
  nearest?: NearestYears;
}

export interface NearestYears {
  before: number | null;
  after: number | null;
}

export type DistrictValue = PresentValue | MissingValue;

function present(o: DistrictObservation, requestedYear: number): PresentValue {
  return {
    kind: 'value',
    value: o.v,
    year: o.y,
    requestedYear,
    ci: o.lo !== undefined && o.hi !== undefined ? [o.lo, o.hi] : null,
    source: o.s,
    flags: o.f ?? [],
  };
}

/** True when the district cannot have a value of its own in `year`. */
export function isNotYetDistrict(
  district: District,
  start: DistrictStart | undefined,
  year: number,
): boolean {
  if (start?.firstYear != null) return year < start.firstYear;
  if (!district.existsIn2017) return year <= 2017;
  if (!district.existsIn2007) return year <= 2007;
  return false;
}

export function resolveDistrictValue(
  data: IndicatorValues,
  district: District,
  start: DistrictStart | undefined,
  year: number,
  tolerance: Tolerance,
): DistrictValue {
  const observations = data.values.get(district.ubigeo) ?? [];
  const parentUbigeo = district.lineage?.parent2007.ubigeo ?? null;
  const parentValue = () => {
    if (!parentUbigeo) return null;
    const picked = pickNearest(data.values.get(parentUbigeo) ?? [], (o) => o.y, year, tolerance);
    return picked ? { ubigeo: parentUbigeo, value: present(picked, year) } : null;
  };

  // A value re-based by its publisher to the 2017 limits describes the 2017 territory, so a
  // district that existed in 2017 has it even for a year before its creation (population 2007).
  const rebased = pickNearest(observations, (o) => o.y, year, tolerance);
  if (rebased?.f?.includes('limits2017') && district.existsIn2017) return present(rebased, year);
  // A year before the district existed: never the source's 0, never blank.
  if (isNotYetDistrict(district, start, year)) {
    return {
      kind: 'missing',
      missing: 'notYetDistrict',
      requestedYear: year,
      parent: parentValue(),
    };
  }
  // A district created after the source's frame (e.g. after the 2017 census) has no row of its
  // own anywhere in that source: it is not yet a district *for that source*.
  if (observations.length === 0 && !district.existsIn2017 && !data.coverage.has(district.ubigeo)) {
    return {
      kind: 'missing',
      missing: 'notYetDistrict',
      requestedYear: year,
      parent: parentValue(),
    };
  }
  if (!data.coverage.has(district.ubigeo)) {
    return { kind: 'missing', missing: 'outsideCoverage', requestedYear: year, parent: null };
  }
  const picked = pickNearest(observations, (o) => o.y, year, tolerance);
  if (!picked) {
    const nearest = nearestOwnYears(observations, district, start, year);
    return {
      kind: 'missing',
      missing: 'noData',
      requestedYear: year,
      parent: null,
      ...(nearest ? { nearest } : {}),
    };
  }
  // A year shown under tolerance must not come from before the district existed.
  if (isNotYetDistrict(district, start, picked.y)) {
    return {
      kind: 'missing',
      missing: 'notYetDistrict',
      requestedYear: year,
      parent: parentValue(),
    };
  }
  return present(picked, year);
}

/**
 * The closest years before and after `year` with a value the district has of its own (none from
 * before it existed, unless re-based to the 2017 limits), or null when it has none at all.
 */
export function nearestOwnYears(
  observations: readonly DistrictObservation[],
  district: District,
  start: DistrictStart | undefined,
  year: number,
): NearestYears | null {
  let before: number | null = null;
  let after: number | null = null;
  for (const o of observations) {
    const own =
      (o.f?.includes('limits2017') && district.existsIn2017) ||
      !isNotYetDistrict(district, start, o.y);
    if (!own || o.y === year) continue;
    if (o.y < year && (before === null || o.y > before)) before = o.y;
    if (o.y > year && (after === null || o.y < after)) after = o.y;
  }
  return before === null && after === null ? null : { before, after };
}

/**
 * True when a value may be ranked and aggregated: a value the source most likely copied from the
 * parent district (flag parentCopy) is shown, flagged, but is not evidence of its own.
 */
export function countsAsEvidence(value: DistrictValue | undefined): value is PresentValue {
  return value?.kind === 'value' && !value.flags.includes('parentCopy');
}

/**
 * The observation of exactly `year` a district has of its own: none before it existed, unless
 * the value is re-based to the 2017 limits and the district existed then (population 2007).
 */
export function ownObservation(
  data: IndicatorValues,
  district: District,
  start: DistrictStart | undefined,
  year: number,
): DistrictObservation | undefined {
  const o = data.values.get(district.ubigeo)?.find((x) => x.y === year);
  if (!o) return undefined;
  if (o.f?.includes('limits2017') && district.existsIn2017) return o;
  return isNotYetDistrict(district, start, year) ? undefined : o;
}
