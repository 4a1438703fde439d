/**
 * data/series.json: coca hectares for the VRAEM zone, Peru and three departments, one point per
 * year with its own source. Addendum rows add missing years; a same-year addendum row either
 * confirms the value (said in the note) or disagrees (value kept, point flagged `disputed`, the
 * other figure named in the note). Zone renames are method breaks; rounded figures are flagged.
 */
import {
  seriesFileSchema,
  type FlagCode,
  type SeriesFile,
} from '../../../src/data/indicatorSchemas';
import { DATA_SCHEMA_VERSION } from '../../../src/data/schemas';
import { RawDataError } from '../csv';
import type { RawInputs } from '../inputs';
import { normalizeName } from '../raw-fields';
import { orderFlags } from '../indicators/assemble';
import { fmt, joinNotes } from '../format';
import { loadSeriesInputs, NATIONAL_ADDENDUM_CSV, DEPARTMENT_CSV, type RawPoint } from './raw';
import { DEPARTMENT_SOURCE, TranscribedSources } from './sources';

type Point = SeriesFile['series'][number]['points'][number];

export interface SeriesResult {
  file: SeriesFile;
  transcribedFiles: Map<string, string[]>;
  added: { series: string; year: number }[];
  confirmed: { series: string; year: number; value: number }[];
  disputed: { series: string; year: number; kept: number; other: number }[];
  /** Department table: TOTAL row minus the sum of the department rows, by year. */
  departmentSumGap: { year: number; gap: number }[];
  /** Department TOTAL row minus the national series, where both have the year. */
  totalVsNational: { year: number; gap: number }[];
}

/** Zone names as published, grouped: a new group is a change of zone definition. */
export function zoneGroup(name: string): string {
  const n = normalizeName(name);
  if (n.startsWith('apurimac-ene')) return 'Apurímac-Ene';
  if (/^vraem\b/.test(n)) return 'VRAEM';
  if (/^vrae\b/.test(n)) return 'VRAE';
  throw new Error(`series: unknown VRAEM zone name "${name}"`);
}

function parsePct(p: RawPoint): { pct: number | null; note: string } {
  if (p.pctText === '') return { pct: null, note: '' };
  const m = /^(\d+(?:\.\d+)?)(\s*\(.*\))?$/.exec(p.pctText);
  if (!m)
    throw new RawDataError(
      p.file,
      p.row,
      'pct_of_national_as_published',
      `not a percentage: "${p.pctText}"`,
    );
  return {
    pct: Number(m[1]),
    note: m[2] ? ` Share of the national total printed as "${p.pctText}".` : '',
  };
}

function mergeAddendum(name: string, main: RawPoint[], addendum: RawPoint[], r: SeriesResult) {
  const byYear = new Map<number, RawPoint & { flags: FlagCode[] }>();
  for (const p of main) {
    if (byYear.has(p.year))
      throw new RawDataError(p.file, p.row, 'year', `second row for ${p.year}`);
    byYear.set(p.year, { ...p, flags: [] });
  }
  for (const a of addendum) {
    const m = byYear.get(a.year);
    if (!m) {
      byYear.set(a.year, { ...a, flags: [] });
      r.added.push({ series: name, year: a.year });
    } else if (m.value === a.value) {
      m.note = joinNotes(m.note, `Confirmed by a second source (addendum): ${a.sourceText}.`);
      r.confirmed.push({ series: name, year: a.year, value: a.value });
    } else {
      m.flags.push('disputed');
      m.note = joinNotes(
        m.note,
        `Disagreement: ${a.sourceText} gives ${fmt(a.value)} ha ("${a.areaAsPublished}"); ${fmt(m.value)} ha is kept.`,
        `Addendum note: ${a.note}`,
      );
      r.disputed.push({ series: name, year: a.year, kept: m.value, other: a.value });
    }
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

function toPoints(
  merged: (RawPoint & { flags: FlagCode[] })[],
  sources: TranscribedSources,
  documentedRounded: (p: RawPoint) => boolean,
): Point[] {
  return merged.map((p) => {
    const flags = [...p.flags];
    if (p.transcribed) flags.push('transcribed');
    if (/\brounded\b/i.test(p.note) || documentedRounded(p)) {
      if (p.value % 100 !== 0)
        throw new RawDataError(
          p.file,
          p.row,
          null,
          `${p.value} is said to be rounded to 100 ha but is not`,
        );
      flags.push('roundedTo100');
    }
    const pct = parsePct(p);
    return {
      year: p.year,
      value: p.value,
      publishedPct: pct.pct,
      areaAsPublished: p.areaAsPublished,
      s: sources.cite(p.sourceText, p.file, p.year),
      note: joinNotes(p.note, pct.note),
      f: flags,
    };
  });
}

function markZoneBreaks(points: Point[]): void {
  let previous: string | null = null;
  for (const p of points) {
    const group = zoneGroup(p.areaAsPublished);
    if (previous !== null && group !== previous) {
      p.f = [...(p.f ?? []), 'methodBreak'];
      p.note = joinNotes(
        p.note,
        `Zone name changes here from ${previous} to ${group} (as published); the zone definition may differ, so no line should join this point to the previous one.`,
      );
    }
    previous = group;
  }
}

const DEPARTMENT_SERIES = [
  ['coca_department_ha_ayacucho', 'ayacucho'],
  ['coca_department_ha_cusco', 'cusco'],
  ['coca_department_ha_junin', 'junin'],
] as const;

export function buildSeries(inputs: RawInputs): SeriesResult {
  const raw = loadSeriesInputs(inputs);
  const sources = new TranscribedSources();
  const result: SeriesResult = {
    file: { schemaVersion: DATA_SCHEMA_VERSION, sources: [], series: [] },
    transcribedFiles: new Map(),
    added: [],
    confirmed: [],
    disputed: [],
    departmentSumGap: [],
    totalVsNational: [],
  };
  const zone = toPoints(
    mergeAddendum('coca_vraem_zone_ha', raw.zone, raw.zoneAddendum, result),
    sources,
    () => false,
  );
  markZoneBreaks(zone);
  // INDICATOR-SOURCES §1h: the 2006–2011 national figures are all UNODC figures rounded to 100 ha.
  const national = toPoints(
    mergeAddendum('coca_peru_ha', raw.national, raw.nationalAddendum, result),
    sources,
    (p) => p.file === NATIONAL_ADDENDUM_CSV,
  );
  const byName = new Map(raw.departments.map((d) => [normalizeName(d.name), d]));
  const departments = DEPARTMENT_SERIES.map(([id, name]) => {
    const d = byName.get(name);
    if (!d) throw new RawDataError(DEPARTMENT_CSV, null, 'Departamento', `no row for ${name}`);
    const points: Point[] = d.values.map((v) => ({
      year: v.year,
      value: v.value,
      publishedPct: null,
      areaAsPublished: d.name,
      s: DEPARTMENT_SOURCE.ref.id,
      note: '',
    }));
    return { id, unit: 'ha' as const, points };
  });
  const total = byName.get('total');
  if (!total) throw new RawDataError(DEPARTMENT_CSV, null, 'Departamento', 'no TOTAL row');
  const nationalByYear = new Map(national.map((p) => [p.year, p.value]));
  for (const [i, t] of total.values.entries()) {
    const sum = raw.departments
      .filter((d) => d !== total)
      .reduce((s, d) => s + (d.values[i]?.value ?? 0), 0);
    result.departmentSumGap.push({ year: t.year, gap: t.value - sum });
    const n = nationalByYear.get(t.year);
    if (n !== undefined) result.totalVsNational.push({ year: t.year, gap: t.value - n });
  }
  const series = [
    { id: 'coca_vraem_zone_ha' as const, unit: 'ha' as const, points: zone },
    { id: 'coca_peru_ha' as const, unit: 'ha' as const, points: national },
    ...departments,
  ].map((s) => ({
    ...s,
    points: s.points.map((p) => {
      const f = orderFlags(p.f ?? []);
      return { ...p, f: f.length > 0 ? f : undefined };
    }),
  }));
  result.file = seriesFileSchema.parse({
    schemaVersion: DATA_SCHEMA_VERSION,
    sources: [...sources.refs(), DEPARTMENT_SOURCE.ref],
    series,
  });
  result.transcribedFiles = sources.files();
  return result;
}
