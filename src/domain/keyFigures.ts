/**
 * The VRAEM's headline figures for a policymaker opening the atlas cold: coca in the zone and its
 * share of Peru, population-weighted poverty with its interval, population, emergency decrees in
 * force and events recorded. Each figure is computed from the loaded data (never typed in), for
 * the latest year it exists, with the ids of its sources. A figure with no data is absent.
 */
import type { Decree, Incident, SeriesFile } from '../data/indicatorSchemas';
import type { UcdpEvent } from '../data/ucdpSchemas';
import { aggregate, type Member } from './aggregate';
import {
  isNotYetDistrict,
  ownObservation,
  type DistrictStart,
  type IndicatorValues,
} from './districtValues';
import type { District } from './districts';
import { emergencyOn, latestDecreeStart } from './emergency';
import { indicatorYears } from './choropleth';
import { shareOfNational } from './series';

type Series = SeriesFile['series'][number];

export interface CocaFigure {
  year: number;
  hectares: number;
  /** Zone ÷ Peru (0..1) for the same year; null when Peru has no figure that year. */
  share: number | null;
  peruHectares: number | null;
  sources: string[];
  flags: readonly string[];
}

export interface AggregateFigure {
  year: number;
  value: number;
  /** Population-weighted means of the districts' lower and upper bounds (when all have one). */
  interval: readonly [number, number] | null;
  /** Districts with a value of their own that year. */
  members: number;
  sources: string[];
}

export interface DecreeFigure {
  date: string;
  inForce: number;
  /** VRAEM districts under at least one of them. */
  vraemDistricts: number;
  incompleteLists: number;
  decrees: string[];
}

export interface EventsFigure {
  curated: { count: number; firstYear: number; lastYear: number } | null;
  /** UCDP events placed in a VRAEM district, and the copy's last year with rows. */
  ucdp: { count: number; lastYear: number } | null;
  sources: string[];
}

export interface KeyFigures {
  coca: CocaFigure | null;
  poverty: AggregateFigure | null;
  population: AggregateFigure | null;
  decrees: DecreeFigure | null;
  events: EventsFigure;
}

export interface KeyFigureInput {
  series: readonly Series[];
  poverty: IndicatorValues | undefined;
  population: IndicatorValues | undefined;
  starts: ReadonlyMap<string, DistrictStart>;
  vraem: readonly District[];
  decrees: readonly Decree[];
  incidents: readonly Incident[];
  incidentSources: readonly string[];
  ucdp: { events: readonly UcdpEvent[]; sources: readonly string[] };
}

/** The latest year the zone series has, with Peru's figure and the share when Peru has one. */
export function cocaFigure(series: readonly Series[]): CocaFigure | null {
  const zone = series.find((s) => s.id === 'coca_vraem_zone_ha');
  const peru = series.find((s) => s.id === 'coca_peru_ha');
  const latest = zone?.points.reduce<Series['points'][number] | null>(
    (a, p) => (a === null || p.year > a.year ? p : a),
    null,
  );
  if (!zone || !latest) return null;
  const share = peru ? shareOfNational(zone, peru).find((s) => s.year === latest.year) : undefined;
  const peruPoint = peru?.points.find((p) => p.year === latest.year);
  return {
    year: latest.year,
    hectares: latest.value,
    share: share?.share ?? null,
    peruHectares: peruPoint?.value ?? null,
    sources: [...new Set([latest.s, ...(peruPoint ? [peruPoint.s] : [])])],
    flags: latest.f ?? [],
  };
}

type Bound = 'v' | 'lo' | 'hi';

function members(
  values: IndicatorValues,
  districts: readonly District[],
  starts: ReadonlyMap<string, DistrictStart>,
  year: number,
  bound: Bound,
): Member[] {
  return districts
    .filter((d) => values.coverage.has(d.ubigeo))
    .map((d) => {
      const start = starts.get(d.ubigeo);
      const o = ownObservation(values, d, start, year);
      // As in the charts' VRAEM line: a copied parent value is not evidence of its own.
      if (o?.f?.includes('parentCopy')) return { value: null, missing: 'notYetDistrict' };
      const v = o?.[bound];
      if (o && v !== undefined) return { value: v, weight: d.population2017 };
      if (!o && isNotYetDistrict(d, start, year)) return { value: null, missing: 'notYetDistrict' };
      return { value: null, missing: 'noData' };
    });
}

/**
 * The registry's aggregate (sum, or mean weighted by 2017 population) over the districts the
 * source covers, for the latest year where it is a value; the interval where every member has one.
 */
export function latestAggregate(
  values: IndicatorValues | undefined,
  districts: readonly District[],
  starts: ReadonlyMap<string, DistrictStart>,
  rule: 'sum' | 'populationWeightedMean',
): AggregateFigure | null {
  if (!values) return null;
  for (const year of indicatorYears(values).reverse()) {
    const mid = aggregate(members(values, districts, starts, year, 'v'), rule);
    if (mid.kind !== 'value') continue;
    const lo = aggregate(members(values, districts, starts, year, 'lo'), rule);
    const hi = aggregate(members(values, districts, starts, year, 'hi'), rule);
    const sources = new Set<string>();
    for (const d of districts) {
      const o = ownObservation(values, d, starts.get(d.ubigeo), year);
      if (o) sources.add(o.s);
    }
    return {
      year,
      value: mid.value,
      interval:
        lo.kind === 'value' && hi.kind === 'value' && lo.members === mid.members
          ? [lo.value, hi.value]
          : null,
      members: mid.members,
      sources: [...sources].sort(),
    };
  }
  return null;
}

/** Decrees in force on a date (by default the latest decree's start) and the VRAEM under them. */
export function decreeFigure(
  decrees: readonly Decree[],
  vraem: readonly District[],
  date: string | null = latestDecreeStart(decrees),
): DecreeFigure | null {
  if (date === null) return null;
  const on = emergencyOn(decrees, date);
  return {
    date,
    inForce: on.inForce.length,
    vraemDistricts: vraem.filter((d) => on.byUbigeo.has(d.ubigeo)).length,
    incompleteLists: on.incompleteLists.length,
    decrees: on.inForce.map((d) => d.decree),
  };
}

export function eventsFigure(
  input: Pick<KeyFigureInput, 'incidents' | 'incidentSources' | 'ucdp' | 'vraem'>,
): EventsFigure {
  const years = input.incidents.map((i) => Number(i.date.slice(0, 4)));
  const vraem = new Set(input.vraem.map((d) => d.ubigeo));
  const inVraem = input.ucdp.events.filter((e) => e.ubigeo !== null && vraem.has(e.ubigeo));
  return {
    curated:
      years.length === 0
        ? null
        : { count: years.length, firstYear: Math.min(...years), lastYear: Math.max(...years) },
    ucdp:
      inVraem.length === 0
        ? null
        : { count: inVraem.length, lastYear: Math.max(...inVraem.map((e) => e.year)) },
    sources: [
      ...(years.length > 0 ? input.incidentSources : []),
      ...(inVraem.length > 0 ? input.ucdp.sources : []),
    ],
  };
}

export function keyFigures(input: KeyFigureInput): KeyFigures {
  return {
    coca: cocaFigure(input.series),
    poverty: latestAggregate(input.poverty, input.vraem, input.starts, 'populationWeightedMean'),
    population: latestAggregate(input.population, input.vraem, input.starts, 'sum'),
    decrees: decreeFigure(input.decrees, input.vraem),
    events: eventsFigure(input),
  };
}
