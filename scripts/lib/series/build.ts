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

/**
 * The share of the national total as printed. A figure printed with a qualifier ("43 (as published;
 * see note)") is one the data gathering could not tie to this year: it is kept as printed, never
 * shown as this year's share (issue 20 §1).
 */
function parsePct(p: RawPoint): {
  pct: number | null;
  printedElsewhere: number | null;
  note: string;
} {
  if (p.pctText === '') return { pct: null, printedElsewhere: null, note: '' };
  const m = /^(\d+(?:\.\d+)?)(\s*\(.*\))?$/.exec(p.pctText);
  if (!m)
    throw new RawDataError(
      p.file,
      p.row,
      'pct_of_national_as_published',
      `not a percentage: "${p.pctText}"`,
    );
  if (m[2])
    return {
      pct: null,
      printedElsewhere: Number(m[1]),
      note: `Share of the national total printed as "${p.pctText}"; not shown as this year's share.`,
    };
  return { pct: Number(m[1]), printedElsewhere: null, note: '' };
}

/**
 * A share the raw note states with its arithmetic, e.g. "(20,304/43,900 = 46%)", where the
 * national denominator is not in our series. Checked: the numerator is the point's value and the
 * quotient rounds to the stated percentage.
 */
export function citedShare(p: RawPoint): Point['citedShare'] {
  const m = /\((\d[\d,]*)\s*\/\s*(\d[\d,]*)\s*=\s*(\d+(?:\.\d+)?)\s*%\)/.exec(p.note);
  if (!m) return null;
  const [numerator, denominator, pct] = [m[1], m[2], m[3]].map((x) =>
    Number((x as string).replace(/,/g, '')),
  ) as [number, number, number];
  if (numerator !== p.value)
    throw new RawDataError(
      p.file,
      p.row,
      'note',
      `share arithmetic on ${numerator}, not ${p.value}`,
    );
  if (Math.round((numerator / denominator) * 100) !== Math.round(pct))
    throw new RawDataError(p.file, p.row, 'note', `${numerator}/${denominator} is not ${pct} %`);
  return { pct, denominator };
}

/** A year the source does not state but the data gathering inferred (the note says so). */
const YEAR_INFERRED = /YEAR ASSIGNMENT INFERRED/i;

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
    if (YEAR_INFERRED.test(p.note)) flags.push('yearInferred');
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
      printedPct: pct.printedElsewhere,
      citedShare: citedShare(p),
      areaAsPublished: p.areaAsPublished,
      s: sources.cite(p.sourceText, p.file, p.year),
      note: joinNotes(p.note, pct.note),
      f: flags,
    };
  });
}

/**
 * A change the point's own source states against an earlier year ("-4.0% vs 2012"), when the
 * arithmetic on our two values agrees (to the printed decimal): the two figures are like for like.
 */
export function statedLikeForLike(p: Point, previous: Point | undefined): boolean {
  if (!previous) return false;
  const m = /([+-]?\d+(?:\.\d+)?)\s*%\s*vs\s*(\d{4})/.exec(p.note);
  if (!m || Number(m[2]) !== previous.year) return false;
  const stated = Number(m[1]);
  const decimals = m[1]?.split('.')[1]?.length ?? 0;
  const actual = (p.value / previous.value - 1) * 100;
  return Math.abs(actual - stated) <= 0.5 * 10 ** -decimals + 1e-9;
}

/**
 * A break where the published zone name changes group, unless the later point's source compares
 * the two like for like: then the earlier point is on the later definition, and the break (if
 * any) moves before it.
 */
function markZoneBreaks(points: Point[]): void {
  const groups = points.map((p) => zoneGroup(p.areaAsPublished));
  for (let i = points.length - 1; i > 0; i--) {
    const p = points[i] as Point;
    if (groups[i] !== groups[i - 1] && statedLikeForLike(p, points[i - 1])) {
      groups[i - 1] = groups[i] as string;
      const earlier = points[i - 1] as Point;
      earlier.note = joinNotes(
        earlier.note,
        `Published as ${zoneGroup(earlier.areaAsPublished)}, but the ${p.year} source compares its figure with this one like for like ("${/([+-]?\d+(?:\.\d+)?\s*%\s*vs\s*\d{4})/.exec(p.note)?.[1] ?? ''}"), so it is read on the ${groups[i]} definition.`,
      );
    }
  }
  for (let i = 1; i < points.length; i++) {
    if (groups[i] === groups[i - 1]) continue;
    const p = points[i] as Point;
    p.f = [...(p.f ?? []), 'methodBreak'];
    p.note = joinNotes(
      p.note,
      `Zone definition changes here from ${groups[i - 1]} to ${groups[i]} (as published); no line should join this point to the previous one.`,
    );
  }
}

/**
 * A printed share is shown as the year's share only if our two figures give it back (to the
 * printed decimal); otherwise it belongs to another year or another total, and is kept as printed.
 */
export function checkPublishedShares(zone: Point[], national: Point[]): void {
  const nationalByYear = new Map(national.map((p) => [p.year, p.value]));
  for (const p of zone) {
    const n = nationalByYear.get(p.year);
    if (p.publishedPct === null || n === undefined) continue;
    const decimals = String(p.publishedPct).split('.')[1]?.length ?? 0;
    if (Math.abs((p.value / n) * 100 - p.publishedPct) <= 0.5 * 10 ** -decimals + 1e-9) continue;
    p.note = joinNotes(
      p.note,
      `The printed share ${p.publishedPct} % does not follow from ${fmt(p.value)} / ${fmt(n)} ha; not shown as this year's share.`,
    );
    p.printedPct = p.publishedPct;
    p.publishedPct = null;
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
  checkPublishedShares(zone, national);
  const byName = new Map(raw.departments.map((d) => [normalizeName(d.name), d]));
  const departments = DEPARTMENT_SERIES.map(([id, name]) => {
    const d = byName.get(name);
    if (!d) throw new RawDataError(DEPARTMENT_CSV, null, 'Departamento', `no row for ${name}`);
    const points: Point[] = d.values.map((v) => ({
      year: v.year,
      value: v.value,
      publishedPct: null,
      printedPct: null,
      citedShare: null,
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
