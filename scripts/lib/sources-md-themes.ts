/** SOURCES.md sections on series.json, jurisdiction.json and incidents.json, and the theme sources. */
import { INCIDENT_SOURCES } from './incidents';
import { UCDP_SOURCES } from './ucdp';
import { PLACE_SOURCES } from './placesSources';
import { INDICATOR_SOURCES } from './indicators/sources';
import { JURISDICTION_SOURCES, type JurisdictionResult } from './jurisdiction';
import { DEPARTMENT_SOURCE } from './series/sources';
import { fmt } from './format';
import type { SourceEntry } from './sources';
import { budgetZoneMismatches, type ThemesResult } from './themes';

/** Static sources of the theme files, without those districts.json already lists. */
export function themeSourceEntries(known: Set<string>): SourceEntry[] {
  const out: SourceEntry[] = [];
  for (const s of [
    ...INDICATOR_SOURCES,
    DEPARTMENT_SOURCE,
    ...JURISDICTION_SOURCES,
    ...INCIDENT_SOURCES,
    ...UCDP_SOURCES,
    ...PLACE_SOURCES,
  ]) {
    if (known.has(s.ref.id)) continue;
    known.add(s.ref.id);
    out.push(s);
  }
  return out;
}

const cell = (s: string): string => s.replace(/\|/g, '\\|');

export function seriesSection(t: ThemesResult): string[] {
  const s = t.series;
  const files = s.transcribedFiles;
  const pointLines = s.file.series.map((x) => {
    const flagged = x.points
      .filter((p) => (p.f ?? []).length > 0)
      .map((p) => `${p.year} ${(p.f ?? []).join('+')}`);
    return `- \`${x.id}\`: ${fmt(x.points.length)} points, ${x.points.map((p) => p.year).join(', ')}; flags: ${flagged.length === 0 ? 'none' : flagged.join('; ')}.`;
  });
  return [
    '### Area series → `series.json`',
    '',
    '- `coca_vraem_zone_ha`: `vraem_coca_ha_by_year_transcribed.csv` plus its addendum; `coca_peru_ha`: the national transcribed file plus its addendum; `coca_department_ha_*`: the Ayacucho, Cusco and Junín rows of `pipaber_coca_department_2020_2024.csv` (Apurímac and Huancavelica are not in that table).',
    '- An addendum row for a year the main file lacks is added; for a year it has, the same value is a confirmation (said in the note) and a different value is a disagreement: the main value is kept, the point is flagged `disputed` and the note names the other figure and its source.',
    `- Added from the addenda: ${s.added.map((a) => `${a.series} ${a.year}`).join(', ') || 'none'}. Confirmed: ${s.confirmed.map((c) => `${c.series} ${c.year} (${fmt(c.value)} ha)`).join(', ') || 'none'}. Disputed: ${s.disputed.map((d) => `${d.series} ${d.year}: ${fmt(d.kept)} ha kept, ${fmt(d.other)} ha in the addendum`).join('; ') || 'none'}.`,
    "- Flags: `transcribed` where the row says transcribed=yes; `roundedTo100` where the row's note says the figure is rounded, and for the whole national addendum (2006–2011: \"all are UNODC figures rounded to 100 ha\", INDICATOR-SOURCES §1h) — each checked to be a multiple of 100; `methodBreak` on the first point of each new zone name (Apurímac-Ene → VRAE → VRAEM): the zone's definition and the publisher's method change along the series (UNODC rounded figures to 2005; DEVIDA unrounded figures from 2018), so no line should join across a break.",
    '- `publishedPct` = `pct_of_national_as_published` when printed (the 2016 cell "43 (as published; see note)" → 43, the text kept in the note: 20,304 / 43,900 would be 46 %, and the 20,304 ha may be the 2016 rather than the 2017 figure). The national file has no area column: its points carry `areaAsPublished` "Perú".',
    ...pointLines,
    `- DEVIDA department table: TOTAL minus the sum of the 13 department rows, by year: ${s.departmentSumGap.map((g) => `${g.year} ${g.gap > 0 ? '+' : ''}${fmt(g.gap)}`).join(', ')} ha (rounding in the source). TOTAL minus the national series: ${s.totalVsNational.map((g) => `${g.year} ${fmt(g.gap)}`).join(', ')} ha.`,
    '',
    'Transcribed sources (one entry per distinct `source` text; the id is three words of the text and 6 hex digits of its sha256):',
    '',
    '| id | source as transcribed | raw files |',
    '| --- | --- | --- |',
    ...s.file.sources
      .filter((r) => files.has(r.id))
      .map(
        (r) =>
          `| \`${r.id}\` | ${cell(r.title)} | ${(files.get(r.id) ?? []).map((f) => `\`${f}\``).join(', ')} |`,
      ),
    '',
  ];
}

function statedVsListed(counts: JurisdictionResult['counts']): string {
  const checked = counts.filter((c) => c.stated !== null && c.complete);
  const differ = checked.filter((c) => c.stated !== c.listed);
  const agree = `Stated and listed district counts agree for ${fmt(checked.length - differ.length)} of the ${fmt(checked.length)} complete lists with a stated count`;
  return differ.length === 0
    ? `${agree}.`
    : `${agree}; they differ for ${differ.map((c) => `${c.id} (stated ${c.stated}, listed ${c.listed})`).join(', ')}.`;
}

/** Years between the first and the last point that have no point. */
function gaps(points: { year: number }[]): string {
  const years = new Set(points.map((p) => p.year));
  const first = Math.min(...years);
  const last = Math.max(...years);
  const missing: number[] = [];
  for (let y = first; y <= last; y++) if (!years.has(y)) missing.push(y);
  return `nothing before ${first}${missing.length ? `, and no ${missing.join(', ')}` : ''}`;
}

export function jurisdictionSection(t: ThemesResult): string[] {
  const j = t.jurisdiction;
  const counts = new Map(j.counts.map((c) => [c.id, c]));
  const mismatches = budgetZoneMismatches(t);
  return [
    '### Jurisdiction → `jurisdiction.json`',
    '',
    '- Decrees: one per row of `vraem-emergency-decrees.csv`, in file order; `id` = slug of decree + start ("no start" when none). `end` as stated, else start + days − 1 (`startPlusDays`), else null (`unknown`); where both are known they are compared. `control` from the `control` text: "PNP…" → police, "FFAA…"/"Fuerzas Armadas…" → armedForces, empty → notStated; the text is kept in `controlAsPublished`. `ubigeos` = the rows of `vraem-emergency-districts.csv` with the same decree and start (each checked against the 551 districts and, up to spelling such as Tintaypuncu/Tintay Puncu, against the mapsPERU name); the file\'s `n_districts_listed` must equal that count.',
    '- `start` is null for decrees the news item gives no start date for (schema change: `start` nullable).',
    "- Addendum (`vraem/emergency-addendum/`, transcribed from news pages; its PROVENANCE.md): a row with the decree and start of a main row corrects it — its districts are added to the main row's (each file's `n_districts_listed` is checked against that file's own district rows), its list-complete reading replaces the main row's, its URLs go to `otherSourceUrls`, its note is appended; the main row's dates, control text and stated count stay, and a correction stating another kind of control stops the pipeline. Other addendum rows are new decrees, after the main file's. A decree with no district list is in force on its dates but colours no district, and the app says so. `control` \"FFAA y PNP\" → joint. The emergency view opens on the latest start of a decree that lists districts.",
    '',
    '| id | start | end (basis) | days | control (as published) | listed | stated | list complete |',
    '| --- | --- | --- | ---: | --- | ---: | ---: | :---: |',
    ...j.file.decrees.map((d) => {
      const c = counts.get(d.id);
      return `| \`${d.id}\` | ${d.start ?? '—'} | ${d.end ?? '—'} (${d.endBasis}) | ${d.days ?? '—'} | ${d.control} (${cell(d.controlAsPublished) || 'empty'}) | ${fmt(d.ubigeos.length)} | ${c?.stated ?? '—'} | ${d.listComplete ? 'yes' : 'no'} |`;
    }),
    '',
    `- ${statedVsListed(j.counts)} DEVIDA zone: ${fmt(j.file.devidaZone.length)} districts with sub-zone. The budget file (same repository) names the same districts and sub-zones: ${mismatches.length === 0 ? 'checked, no difference' : `differences: ${mismatches.join('; ')}`}.`,
    '',
  ];
}

export function incidentsSection(t: ThemesResult): string[] {
  const i = t.incidents;
  return [
    '### Incidents → `incidents.json`',
    '',
    `- The ${fmt(i.file.incidents.length)} events of \`vraem_security_events_2003_2023_transcribed.csv\`, in file order. \`ubigeo\` = \`ubigeo_inei_derived\` (derived by the data gathering from the named district, not published by the sources; each checked to be one of the 551 districts), null when no district is named: ${i.withoutDistrict.join(', ')} (listed, not mapped). No coordinates exist and none are added.`,
    '- Death columns as published (empty → null; a published 0 stays 0); `deathsTotal` = the sum of the figures the row states (null when it states none); `deathsAsPublished` keeps the text of the total as published, with its alternatives. `sourceUrls` = `source_urls` split on " ; ".',
    `- \`injured\` is a number only when the cell gives a single figure ("3", "2 military", "1 (officer, gravely)"); when it gives alternatives, a bound or corrections it is null. Whenever the cell is not a bare number its text goes to the note as "Injured as published: …" (${i.injuredAsText.join(', ')}). \`missing_or_kidnapped\` (no field of its own) goes to the note, as does a named district or province without a ubigeo.`,
    `- Aggregates: the ${fmt(i.file.aggregates.length)} rows of \`security_aggregates_transcribed.csv\`, values as published, periods as text. The "384 casualties / 137 deaths among armed forces and police, 2005–2014" figure is not in any file and the pipeline refuses it if it ever appears (cited by Vera Delzo 2018, never found in a primary source).`,
    '- Not used: `security_events_news_transcribed.csv` (7 events; four of them are the same incidents as E05, E22, E24, E25, which correct them).',
    '- A sample of well-reported incidents, not a complete event series: no rates or trends should be computed from it. E05 and E06 may overlap (do not add them).',
    '',
  ];
}

export function themeCaveats(t: ThemesResult): string[] {
  const noYear = t.indicators.starts.filter((s) => s.firstYear === null).length;
  const pointsOf = (id: string) => t.series.file.series.find((x) => x.id === id)?.points ?? [];
  const zone = pointsOf('coca_vraem_zone_ha');
  const peru = pointsOf('coca_peru_ha');
  return [
    '- Coca by district: a secondary compilation for 31 districts, 2012–2020 only (2012–2017 integers, 2018–2020 with decimals from different upstream tables); it includes La Convención–Lares districts outside the VRAEM and no Apurímac or Huancavelica district. No district figures exist here for 2021–2024.',
    '- Poverty before 2018 is a secondary panel for 68 districts without intervals; extreme poverty is the 2013 map, not 2018; the 2018 map has a 95 % interval, shown as such.',
    `- Creation years of post-2007 districts come from secondary sources (Wikipedia mirrors, press) for most districts; for ${fmt(noYear)} of the ${fmt(t.indicators.starts.length)} there is none, and "reported" dates may be promulgation or publication.`,
    `- Area coca series: transcribed from press reports of UNODC/DEVIDA figures, missing years not interpolated — VRAEM zone: ${gaps(zone)}; Peru: ${gaps(peru)}. The zone's 2012 point has medium confidence (year inferred, from a blog; see its note) and its 2016 point may be the 2016 or the 2017 figure.`,
    '- Emergency decrees: news summaries, not decree texts; not a complete series of prórrogas; start dates as reported (publication vs entry into force may differ).',
    '- Budget: PIM as of 5 October 2022, a partial fiscal year; 24 districts of the DEVIDA coca zone only.',
  ];
}
