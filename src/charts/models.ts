/**
 * Chart models: pure functions from domain data to the rows a chart draws. A missing value is
 * null in a row (the line breaks there, it is never bridged), and every series keeps the years
 * it has, so sparse series show as points.
 */
import { aggregate, type Member } from '../domain/aggregate';
import {
  isNotYetDistrict,
  ownObservation,
  type DistrictStart,
  type IndicatorValues,
} from '../domain/districtValues';
import type { District } from '../domain/districts';
import type { IndicatorDef } from '../domain/indicatorRegistry';
import { MAX_SELECTED } from '../domain/selection';
import { pointAt, type Series } from '../domain/series';

export function yearRange(first: number, last: number): number[] {
  return Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
}

export type ZoneRow = {
  year: number;
  zone: number | null;
  peru: number | null;
  /** Zone ÷ Peru in %, only where both exist. */
  share: number | null;
};

/** VRAEM zone against Peru, one row per calendar year so that gaps stay visible. */
export function zoneVsPeruRows(zone: Series, peru: Series): ZoneRow[] {
  const years = [...zone.points, ...peru.points].map((p) => p.year);
  if (years.length === 0) return [];
  return yearRange(Math.min(...years), Math.max(...years)).map((year) => {
    const z = pointAt(zone, year)?.value ?? null;
    const p = pointAt(peru, year)?.value ?? null;
    return {
      year,
      zone: z,
      peru: p,
      share: z !== null && p !== null && p > 0 ? (100 * z) / p : null,
    };
  });
}

export type DistrictRow = { year: number } & Record<string, number | null | [number, number]>;

export interface DistrictChart {
  rows: DistrictRow[];
  /** Keys of the district lines, in selection order. */
  keys: string[];
  /** Key of the VRAEM aggregate line. */
  aggregateKey: 'vraem';
  /** How many VRAEM districts the aggregate is over (those the source covers). */
  aggregateOver: number;
  /** True when some selected district has a confidence interval (key `${ubigeo}_ci`). */
  hasBand: boolean;
}

/**
 * Selected districts (at most 8) and the VRAEM aggregate (registry rule) for every year in the
 * indicator's span. Values are the exact year's only: a chart shows what each year has.
 */
export function districtChartRows(args: {
  indicator: IndicatorDef;
  values: IndicatorValues;
  selected: readonly District[];
  vraem: readonly District[];
  starts: ReadonlyMap<string, DistrictStart>;
  years: readonly number[];
}): DistrictChart {
  const { indicator, values, starts } = args;
  const selected = args.selected.slice(0, MAX_SELECTED);
  const covered = args.vraem.filter((d) => values.coverage.has(d.ubigeo));
  let hasBand = false;
  const rows = args.years.map((year) => {
    const row: DistrictRow = { year } as DistrictRow;
    for (const d of selected) {
      const o = ownObservation(values, d, starts.get(d.ubigeo), year);
      row[d.ubigeo] = o?.v ?? null;
      if (o?.lo !== undefined && o.hi !== undefined) {
        row[`${d.ubigeo}_ci`] = [o.lo, o.hi];
        // The same interval as distances below and above the value, for error bars on isolated
        // points (a band needs two consecutive years to be seen).
        row[`${d.ubigeo}_err`] = [o.v - o.lo, o.hi - o.v];
        hasBand = true;
      }
    }
    const members: Member[] = covered.map((d) => {
      const o = ownObservation(values, d, starts.get(d.ubigeo), year);
      if (o?.f?.includes('parentCopy')) return { value: null, missing: 'notYetDistrict' };
      if (o) return { value: o.v, weight: d.population2017 };
      return isNotYetDistrict(d, starts.get(d.ubigeo), year)
        ? { value: null, missing: 'notYetDistrict' }
        : { value: null, missing: 'noData' };
    });
    const result = aggregate(members, indicator.aggregation);
    row.vraem = result.kind === 'value' ? result.value : null;
    return row;
  });
  return {
    rows,
    keys: selected.map((d) => d.ubigeo),
    aggregateKey: 'vraem',
    aggregateOver: covered.length,
    hasBand,
  };
}

/** Splits year-sorted points into runs of consecutive years: a line joins a run, never a gap. */
export function consecutiveRuns<T extends { year: number }>(points: readonly T[]): T[][] {
  const runs: T[][] = [];
  for (const p of [...points].sort((a, b) => a.year - b.year)) {
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (run && last && p.year === last.year + 1) run.push(p);
    else runs.push([p]);
  }
  return runs;
}
