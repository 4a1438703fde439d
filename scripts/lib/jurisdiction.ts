/**
 * data/jurisdiction.json: states of emergency by decree with their districts (GEO-SOURCES §6),
 * and DEVIDA's 24-district coca-monitoring "Zona VRAEM" with sub-zones (GEO-SOURCES §4).
 */
import { z } from 'zod';
import {
  jurisdictionFileSchema,
  type Decree,
  type JurisdictionFile,
} from '../../src/data/indicatorSchemas';
import { DATA_SCHEMA_VERSION, ubigeoSchema } from '../../src/data/schemas';
import { RawDataError } from './csv';
import type { RawInputs } from './inputs';
import {
  normalizeName,
  optionalCount,
  optionalIsoDate,
  readCsv,
  required,
  text,
} from './raw-fields';
import { joinNotes } from './format';
import type { SourceEntry } from './sources';

export const DECREES_CSV = 'vraem/vraem-emergency-decrees.csv';
export const DECREE_DISTRICTS_CSV = 'vraem/vraem-emergency-districts.csv';
export const DEVIDA_ZONE_CSV = 'vraem/devida-zona-vraem-24-districts.csv';

const decreeRow = z.object({
  decree: required,
  start: optionalIsoDate,
  end: optionalIsoDate,
  days: optionalCount.pipe(z.number().int().positive('must be positive').nullable()),
  control: text,
  n_districts_stated: optionalCount,
  n_districts_listed: optionalCount,
  list_complete: text.regex(/^(yes|no)\b/, 'must start with "yes" or "no"'),
  note: text,
  source_url: required,
});
const decreeDistrictRow = z.object({
  decree: required,
  start: optionalIsoDate,
  end: optionalIsoDate,
  ubigeo: ubigeoSchema,
  district_as_published: required,
});
const devidaRow = z.object({ ubigeo: ubigeoSchema, district: required, subzona: required });

export const JURISDICTION_SOURCES: SourceEntry[] = [
  {
    ref: {
      id: 'vraem-emergency-decrees-news',
      es: {
        title: 'Estados de emergencia en el VRAEM: decretos y sus distritos, según notas de prensa',
        licence: 'texto periodístico, solo hechos',
        vintage: 'decretos de 2016–2025 (serie incompleta: faltan muchas prórrogas mensuales)',
      },
      title:
        'States of emergency in the VRAEM: decrees and their districts, as reported by news items',
      publisher:
        'Atlas VRAEM data gathering, from news pages (Andina, Crónica Viva, Infobae, Gestión, Panamericana…; URL per decree)',
      licence: 'news text, facts only',
      vintage: 'decrees of 2016–2025 (not a complete series: many monthly prórrogas are missing)',
    },
    rawFiles: [DECREES_CSV, DECREE_DISTRICTS_CSV],
    where:
      'shared/data-raw/vraem/vraem-emergency-decrees.csv and vraem-emergency-districts.csv; district names matched to mapsPERU ubigeos by the data gathering',
    documentedIn: 'GEO-SOURCES.md §6',
  },
  {
    ref: {
      id: 'devida-zona-vraem-24',
      es: {
        title:
          'DEVIDA, "Zona VRAEM" del monitoreo de coca: 24 distritos con subzona (norte, centro, sur)',
        licence: 'no declarada',
        vintage: 'Reporte N° 7, setiembre de 2022 (archivo de la lista del 2022-10-03)',
      },
      title: 'DEVIDA coca-monitoring "Zona VRAEM": 24 districts with sub-zone (norte, centro, sur)',
      publisher:
        'DEVIDA, Reporte N° 7 (coca monitored in 2021, Sept 2022); list in calderonsamuel/presupuesto_vraem',
      licence: 'none stated',
      vintage: 'Reporte N° 7, September 2022 (list file of 2022-10-03)',
      url: 'https://github.com/calderonsamuel/presupuesto_vraem',
    },
    rawFiles: [DEVIDA_ZONE_CSV],
    where:
      'GitHub calderonsamuel/presupuesto_vraem, data/distritos_vraem.xlsx; ubigeo added by the data gathering',
    documentedIn: 'GEO-SOURCES.md §4',
  },
];

export interface JurisdictionResult {
  file: JurisdictionFile;
  /** Per decree: stated count, listed count, whether they agree where both are known. */
  counts: { id: string; stated: number | null; listed: number; complete: boolean }[];
}

export function slug(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** ISO date `days − 1` days after `start` (the last day of a period of `days` days). */
export function lastDay(start: string, days: number): string {
  const t = Date.UTC(
    Number(start.slice(0, 4)),
    Number(start.slice(5, 7)) - 1,
    Number(start.slice(8, 10)),
  );
  return new Date(t + (days - 1) * 86_400_000).toISOString().slice(0, 10);
}

export function controlOf(text: string, row: number): Decree['control'] {
  if (text === '') return 'notStated';
  if (/^PNP\b/.test(text)) return 'police';
  if (/^(FFAA|Fuerzas Armadas)\b/i.test(text)) return 'armedForces';
  throw new RawDataError(
    DECREES_CSV,
    row,
    'control',
    `cannot tell who holds control from "${text}"`,
  );
}

export function buildJurisdiction(
  inputs: RawInputs,
  districts: Map<string, string>,
): JurisdictionResult {
  const decreeRows = readCsv(inputs, DECREES_CSV, decreeRow);
  const districtRows = readCsv(inputs, DECREE_DISTRICTS_CSV, decreeDistrictRow);
  const key = (d: { decree: string; start: string | null }) => `${d.decree}|${d.start ?? ''}`;
  const listed = new Map<string, string[]>();
  districtRows.forEach((r, i) => {
    const name = districts.get(r.ubigeo);
    if (name === undefined)
      throw new RawDataError(
        DECREE_DISTRICTS_CSV,
        i + 1,
        'ubigeo',
        `${r.ubigeo} is not one of the 551 districts`,
      );
    // GEO-SOURCES §6: names match mapsPERU up to spelling variants such as Tintaypuncu/Tintay Puncu.
    const bare = (s: string) => normalizeName(s).replace(/[^a-z]/g, '');
    if (bare(name) !== bare(r.district_as_published))
      throw new RawDataError(
        DECREE_DISTRICTS_CSV,
        i + 1,
        'district_as_published',
        `"${r.district_as_published}" is not ${r.ubigeo} (${name})`,
      );
    const list = listed.get(key(r)) ?? [];
    if (list.includes(r.ubigeo))
      throw new RawDataError(
        DECREE_DISTRICTS_CSV,
        i + 1,
        'ubigeo',
        `${r.ubigeo} listed twice for ${r.decree}`,
      );
    listed.set(key(r), [...list, r.ubigeo]);
  });
  const ids = new Set<string>();
  const counts: JurisdictionResult['counts'] = [];
  const decrees = decreeRows.map((r, i): Decree => {
    const row = i + 1;
    const id = slug(`${r.decree} ${r.start ?? 'no start'}`);
    if (ids.has(id))
      throw new RawDataError(DECREES_CSV, row, 'decree', `duplicate decree id ${id}`);
    ids.add(id);
    const ubigeos = [...(listed.get(key(r)) ?? [])].sort();
    listed.delete(key(r));
    if (r.n_districts_listed !== null && r.n_districts_listed !== ubigeos.length)
      throw new RawDataError(
        DECREES_CSV,
        row,
        'n_districts_listed',
        `says ${r.n_districts_listed}, the districts file has ${ubigeos.length}`,
      );
    const complete = r.list_complete.startsWith('yes');
    counts.push({ id, stated: r.n_districts_stated, listed: ubigeos.length, complete });
    const notes = [r.note];
    if (r.n_districts_stated !== null && r.n_districts_stated !== ubigeos.length)
      notes.push(
        `The source states ${r.n_districts_stated} districts; ${ubigeos.length} are listed.`,
      );
    if (!complete) notes.push(`District list incomplete (${r.list_complete}).`);
    let end = r.end;
    let endBasis: Decree['endBasis'] = end ? 'stated' : 'unknown';
    if (r.start && r.days !== null) {
      const computed = lastDay(r.start, r.days);
      if (!end) [end, endBasis] = [computed, 'startPlusDays'];
      else if (end !== computed)
        notes.push(`The stated end differs from start + ${r.days} days − 1 (${computed}).`);
    }
    return {
      id,
      decree: r.decree,
      start: r.start,
      end,
      endBasis,
      days: r.days,
      control: controlOf(r.control, row),
      controlAsPublished: r.control,
      listComplete: complete,
      districtsStated: r.n_districts_stated,
      ubigeos,
      note: joinNotes(...notes),
      sourceUrl: r.source_url,
    };
  });
  for (const k of listed.keys())
    throw new RawDataError(
      DECREE_DISTRICTS_CSV,
      null,
      'decree',
      `districts listed for an unknown decree "${k}"`,
    );
  const devidaZone = readCsv(inputs, DEVIDA_ZONE_CSV, devidaRow).map((r, i) => {
    const name = districts.get(r.ubigeo);
    if (name === undefined || normalizeName(name) !== normalizeName(r.district))
      throw new RawDataError(
        DEVIDA_ZONE_CSV,
        i + 1,
        'ubigeo',
        `${r.ubigeo} is not "${r.district}" among the 551 districts`,
      );
    return { ubigeo: r.ubigeo, subzone: r.subzona };
  });
  const file = jurisdictionFileSchema.parse({
    schemaVersion: DATA_SCHEMA_VERSION,
    sources: JURISDICTION_SOURCES.map((s) => s.ref),
    decrees,
    devidaZone: devidaZone.sort((a, b) => (a.ubigeo < b.ubigeo ? -1 : 1)),
  });
  return { file, counts };
}
