/**
 * The four theme outputs (indicators, series, jurisdiction, incidents), built from the raw files
 * and the district facts of districts.json, each validated with its schema before it is written.
 */
import type { DistrictsFile } from '../../src/data/schemas';
import { buildIncidents, type IncidentsResult } from './incidents';
import { buildIndicators, type IndicatorsResult } from './indicators/build';
import type { DistrictFacts } from './indicators/starts';
import type { RawInputs } from './inputs';
import { buildJurisdiction, type JurisdictionResult } from './jurisdiction';
import * as load from './load';
import type { OutputFile } from './manifest';
import type { CreationLawRow } from './raw-schemas';
import { buildSeries, type SeriesResult } from './series/build';
import { canonicalJson } from './write';

export interface ThemesResult {
  indicators: IndicatorsResult;
  series: SeriesResult;
  jurisdiction: JurisdictionResult;
  incidents: IncidentsResult;
  outputs: OutputFile[];
  counts: Record<string, number>;
}

export function factsOf(records: DistrictsFile['districts']): DistrictFacts[] {
  return records.map((r) => ({
    ubigeo: r.ubigeo,
    name: r.name,
    province: r.province,
    department: r.department,
    existsIn2007: r.existsIn2007,
    existsIn2017: r.existsIn2017,
    parent2007: r.lineage?.parent2007.ubigeo ?? null,
    parents2007: r.lineage?.parents2007.map((p) => p.ubigeo) ?? [],
  }));
}

/** District facts straight from the raw files (no geometry work): for tests of the themes alone. */
export function loadDistrictFacts(inputs: RawInputs): DistrictFacts[] {
  const in2007 = load.loadLimits2007(inputs).ubigeos;
  const in2017 = load.loadDistricts2017(inputs);
  return load.loadDistricts(inputs).map((d) => ({
    ubigeo: d.ubigeo,
    name: d.name,
    province: d.province,
    department: d.department,
    existsIn2007: in2007.has(d.ubigeo),
    existsIn2017: in2017.has(d.ubigeo),
  }));
}

/** Budget rows whose district or sub-zone is not the DEVIDA zone list's (same repository). */
export function budgetZoneMismatches(r: Omit<ThemesResult, 'outputs' | 'counts'>): string[] {
  const zone = new Map(r.jurisdiction.file.devidaZone.map((z) => [z.ubigeo, z.subzone]));
  const budget = new Map(r.indicators.budget.matches.map((m) => [m.ubigeo, m.subzone]));
  const out: string[] = [];
  for (const [u, s] of budget)
    if (zone.get(u)?.toLowerCase() !== s.toLowerCase())
      out.push(`${u}: budget ${s}, zone ${zone.get(u) ?? 'absent'}`);
  for (const u of zone.keys()) if (!budget.has(u)) out.push(`${u}: in the zone, no budget row`);
  return out.sort();
}

function themeCounts(r: Omit<ThemesResult, 'outputs' | 'counts'>): Record<string, number> {
  const c: Record<string, number> = {};
  for (const [id, a] of Object.entries(r.indicators.byId)) {
    c[`indicators.${id}.coverage`] = a.indicator.coverage.length;
    c[`indicators.${id}.districtsWithValues`] = Object.keys(a.indicator.values).length;
    c[`indicators.${id}.observations`] = a.observations;
    c[`indicators.${id}.droppedNotYetDistrict`] = a.dropped.length;
  }
  c['indicators.coca_ha.zeroBeforeSplit'] = r.indicators.coca.zeroBeforeSplit.length;
  for (const [year, n] of Object.entries(r.indicators.poverty.leftOut))
    c[`indicators.poverty_total_pct.pipaberLeftOut${year}`] = n;
  c.districtStarts = r.indicators.starts.length;
  for (const s of r.indicators.starts)
    c[`districtStarts.${s.basis}`] = (c[`districtStarts.${s.basis}`] ?? 0) + 1;
  for (const s of r.series.file.series) c[`series.${s.id}.points`] = s.points.length;
  c['series.addendumYearsAdded'] = r.series.added.length;
  c['series.addendumConfirmations'] = r.series.confirmed.length;
  c['series.disputedPoints'] = r.series.disputed.length;
  c.decrees = r.jurisdiction.file.decrees.length;
  c.decreeDistrictRows = r.jurisdiction.file.decrees.reduce((n, d) => n + d.ubigeos.length, 0);
  c.devidaZoneDistricts = r.jurisdiction.file.devidaZone.length;
  c.incidents = r.incidents.file.incidents.length;
  c.incidentsWithoutDistrict = r.incidents.withoutDistrict.length;
  c.incidentAggregates = r.incidents.file.aggregates.length;
  c.budgetRowsMatched = r.indicators.budget.matches.length;
  c.budgetVsDevidaZoneMismatches = budgetZoneMismatches(r).length;
  return c;
}

export function buildThemes(
  inputs: RawInputs,
  districts: DistrictFacts[],
  laws: Map<string, CreationLawRow>,
  population2017: Map<string, number>,
): ThemesResult {
  const names = new Map(districts.map((d) => [d.ubigeo, d.name]));
  const built = {
    indicators: buildIndicators(inputs, districts, laws, population2017),
    series: buildSeries(inputs),
    jurisdiction: buildJurisdiction(inputs, names),
    incidents: buildIncidents(inputs, names),
  };
  const outputs: OutputFile[] = [
    { path: 'indicators.json', content: canonicalJson(built.indicators.file) },
    { path: 'series.json', content: canonicalJson(built.series.file) },
    { path: 'jurisdiction.json', content: canonicalJson(built.jurisdiction.file) },
    {
      path: 'incidents.json',
      content: canonicalJson(built.incidents.file),
      features: built.incidents.file.incidents.length,
    },
  ];
  return { ...built, outputs, counts: themeCounts(built) };
}
