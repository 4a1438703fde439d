/**
 * data/incidents.json: the 25 curated security events (INDICATOR-SOURCES §8, 3c) and the
 * transcribed aggregates (§3a). A sample of well-reported incidents, not an event series.
 */
import { z } from 'zod';
import {
  incidentsFileSchema,
  type Incident,
  type IncidentsFile,
} from '../../src/data/indicatorSchemas';
import { DATA_SCHEMA_VERSION } from '../../src/data/schemas';
import { aggregateLabels } from './aggregateLabels';
import { incidentTypeLabel } from './incidentTypeLabels';
import { RawDataError } from './csv';
import type { RawInputs } from './inputs';
import {
  optionalCount,
  optionalUbigeo,
  readCsv,
  required,
  requiredNumber,
  text,
  yesNo,
} from './raw-fields';
import { joinNotes } from './format';
import type { SourceEntry } from './sources';

export const EVENTS_CSV = 'security-incidents/vraem_security_events_2003_2023_transcribed.csv';
export const AGGREGATES_CSV = 'security-incidents/security_aggregates_transcribed.csv';

/**
 * "384 casualties, 137 of them deaths, among armed forces and police, 2005–2014": cited by the
 * founding article but found in no primary source (README "Known gaps", INDICATOR-SOURCES §3a).
 * It must never enter the data, even if a raw file gains it.
 */
export const UNVERIFIED_FIGURES: readonly { value: number; periodStart: string }[] = [
  { value: 384, periodStart: '2005' },
  { value: 137, periodStart: '2005' },
];

const eventRow = z.object({
  event_id: required,
  date: text.regex(/^\d{4}-\d{2}(-\d{2})?$/, 'date must be YYYY-MM or YYYY-MM-DD'),
  date_precision: required,
  date_note: text,
  event_type: required,
  place_as_published: text,
  district: text,
  province: text,
  department: text,
  ubigeo_inei_derived: optionalUbigeo,
  deaths_security_forces: optionalCount,
  deaths_civilians: optionalCount,
  deaths_armed_group: optionalCount,
  deaths_total_as_published: text,
  injured: text,
  missing_or_kidnapped: text,
  actors: text,
  perpetrator_as_attributed: text,
  source_urls: required,
  note: text,
  transcribed: yesNo,
});
const aggregateRow = z.object({
  area: required,
  period_start: required,
  period_end: required,
  indicator: required,
  value: requiredNumber,
  unit: required,
  source: required,
  note: text,
  transcribed: yesNo,
});

export const INCIDENT_SOURCES: SourceEntry[] = [
  {
    ref: {
      id: 'vraem-security-events-2003-2023',
      es: {
        title:
          'Hechos de seguridad en el VRAEM 2003–2023: 25 incidentes seleccionados, transcritos de notas de prensa (URL de la fuente por hecho)',
        licence:
          'ninguna (artículos de prensa; hechos transcritos, sin copiar texto); la fila E02, tomada de Wikipedia: CC BY-SA',
        vintage: 'hechos del 2003-06-09 al 2023-02-11',
        short: 'Atlas VRAEM (prensa)',
      },
      short: 'Atlas VRAEM (press)',
      title:
        'VRAEM security events 2003–2023: 25 curated incidents transcribed from news reports (source URLs per event)',
      publisher:
        'Atlas VRAEM data gathering, from EFE/AFP/AP wire copy and Peruvian outlets (RPP, Perú21, El Comercio, La República, Infobae, Ojo Público…); event E02 from Wikipedia Portal:Current events',
      licence:
        'none (news articles; facts transcribed, no text copied); the Wikipedia-derived row E02: CC BY-SA',
      vintage: 'events of 2003-06-09 to 2023-02-11',
    },
    rawFiles: [EVENTS_CSV],
    where:
      'shared/data-raw/security-incidents/vraem_security_events_2003_2023_transcribed.csv; ubigeo_inei_derived added by the data gathering from the district name (not published by the sources)',
    documentedIn: 'INDICATOR-SOURCES.md §8 (3c)',
  },
  {
    ref: {
      id: 'security-aggregates-transcribed',
      short: 'Convoca.pe, RPP, CVR and others (transcribed)',
      es: {
        short: 'Convoca.pe, RPP, CVR y otros (transcrito)',
        title:
          'Cifras agregadas de seguridad del VRAE/VRAEM y del Perú (base de datos de Convoca.pe, RPP/El Comercio, CVR): cifras transcritas, fuente por fila',
        licence: 'hechos de prensa y de informes publicados, transcritos',
        vintage: 'periodos 1980–2021, según cada fila',
      },
      title:
        'Security aggregates for the VRAE/VRAEM and Peru (Convoca.pe database, RPP/El Comercio, CVR): transcribed figures, source per row',
      publisher:
        'Convoca.pe, RPP Noticias, Expreso, CVR Informe Final, Manrique-Vallier et al. (2019), as named per row',
      licence: 'facts from press and published reports, transcribed',
      vintage: 'periods 1980–2021 as stated per row',
    },
    rawFiles: [AGGREGATES_CSV],
    where: 'shared/data-raw/security-incidents/security_aggregates_transcribed.csv',
    documentedIn: 'INDICATOR-SOURCES.md §3a',
  },
];

/**
 * Injured as a number only when the cell is a single figure ("3", "2 military", "1 (officer)");
 * null when it gives alternatives, a bound or corrections ("5 (…) / 6 (…)", "at least 1").
 * The text as published always goes to the note when it is not a bare number.
 */
export function injuredCount(cell: string): number | null {
  if (cell === '') return null;
  if (/\/|;|another report|at least|initially|corrected|about|~/i.test(cell)) return null;
  const m = /^(\d+)\b/.exec(cell);
  return m ? Number(m[1]) : null;
}

export interface IncidentsResult {
  file: IncidentsFile;
  withoutDistrict: string[];
  injuredAsText: string[];
}

export function buildIncidents(inputs: RawInputs, districts: Map<string, string>): IncidentsResult {
  const events = readCsv(inputs, EVENTS_CSV, eventRow);
  const ids = new Set<string>();
  const incidents = events.map((r, i): Incident => {
    const row = i + 1;
    if (ids.has(r.event_id))
      throw new RawDataError(EVENTS_CSV, row, 'event_id', `duplicate ${r.event_id}`);
    ids.add(r.event_id);
    if (r.ubigeo_inei_derived !== null && !districts.has(r.ubigeo_inei_derived))
      throw new RawDataError(
        EVENTS_CSV,
        row,
        'ubigeo_inei_derived',
        `${r.ubigeo_inei_derived} is not one of the 551 districts`,
      );
    const deaths = [r.deaths_security_forces, r.deaths_civilians, r.deaths_armed_group];
    const stated = deaths.filter((d): d is number => d !== null);
    const injured = injuredCount(r.injured);
    const extra: string[] = [];
    if (r.injured !== '' && !/^\d+$/.test(r.injured))
      extra.push(`Injured as published: ${r.injured}.`);
    if (r.missing_or_kidnapped !== '')
      extra.push(`Missing or kidnapped: ${r.missing_or_kidnapped}.`);
    if (r.ubigeo_inei_derived === null && (r.district || r.province))
      extra.push(
        `Named without a district ubigeo: ${[r.district, r.province].filter(Boolean).join(', ')}.`,
      );
    return {
      id: r.event_id,
      date: r.date,
      datePrecision: r.date_precision,
      dateNote: r.date_note,
      type: r.event_type,
      typeLabel: incidentTypeLabel(EVENTS_CSV, row, r.event_type),
      place: r.place_as_published,
      ubigeo: r.ubigeo_inei_derived,
      department: r.department,
      deathsSecurityForces: r.deaths_security_forces,
      deathsCivilians: r.deaths_civilians,
      deathsArmedGroup: r.deaths_armed_group,
      // Total of the figures the row states; null when it states none.
      deathsTotal: stated.length === 0 ? null : stated.reduce((a, b) => a + b, 0),
      deathsAsPublished: r.deaths_total_as_published,
      injured,
      actors: r.actors,
      perpetrator: r.perpetrator_as_attributed,
      sourceUrls: r.source_urls
        .split(' ; ')
        .map((u) => u.trim())
        .filter((u) => u !== ''),
      note: joinNotes(r.note, ...extra),
    };
  });
  const aggregates = readCsv(inputs, AGGREGATES_CSV, aggregateRow).map((r, i) => {
    if (UNVERIFIED_FIGURES.some((u) => u.value === r.value && u.periodStart === r.period_start))
      throw new RawDataError(
        AGGREGATES_CSV,
        i + 1,
        'value',
        `${r.value} is an unverified figure (cited, never found in a primary source) and must not be shipped`,
      );
    return {
      area: r.area,
      periodStart: r.period_start,
      periodEnd: r.period_end,
      indicator: r.indicator,
      value: r.value,
      unit: r.unit,
      source: r.source,
      note: r.note,
      labels: aggregateLabels(AGGREGATES_CSV, i + 1, r),
    };
  });
  const file = incidentsFileSchema.parse({
    schemaVersion: DATA_SCHEMA_VERSION,
    sources: INCIDENT_SOURCES.map((s) => s.ref),
    incidents,
    aggregates,
  });
  return {
    file,
    withoutDistrict: incidents.filter((x) => x.ubigeo === null).map((x) => x.id),
    injuredAsText: events
      .filter((e) => e.injured !== '' && !/^\d+$/.test(e.injured))
      .map((e) => e.event_id),
  };
}
