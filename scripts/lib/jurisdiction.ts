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
  ADDENDUM_DECREES_CSV,
  ADDENDUM_DISTRICTS_CSV,
  DECREE_DISTRICTS_CSV,
  DECREES_CSV,
  readDecreeInputs,
  type DecreeInput,
} from './decreeRows';
import { normalizeName, readCsv, required } from './raw-fields';
import { joinNotes } from './format';
import type { SourceEntry } from './sources';

export { DECREES_CSV, DECREE_DISTRICTS_CSV, ADDENDUM_DECREES_CSV, ADDENDUM_DISTRICTS_CSV };
export const DEVIDA_ZONE_CSV = 'vraem/devida-zona-vraem-24-districts.csv';

const devidaRow = z.object({ ubigeo: ubigeoSchema, district: required, subzona: required });

export const JURISDICTION_SOURCES: SourceEntry[] = [
  {
    ref: {
      id: 'vraem-emergency-decrees-news',
      es: {
        title: 'Estados de emergencia en el VRAEM: decretos y sus distritos, según notas de prensa',
        licence: 'texto periodístico, solo hechos',
        vintage: 'decretos de 2016–2025 (serie incompleta: faltan muchas prórrogas mensuales)',
        short: 'Atlas VRAEM (prensa; serie incompleta)',
      },
      short: 'Atlas VRAEM (press; incomplete series)',
      title:
        'States of emergency in the VRAEM: decrees and their districts, as reported by news items',
      publisher:
        'Atlas VRAEM data gathering, from news pages (Andina, Crónica Viva, Infobae, Gestión, Panamericana…; URL per decree)',
      licence: 'news text, facts only',
      vintage: 'decrees of 2016–2025 (not a complete series: many monthly prórrogas are missing)',
    },
    rawFiles: [DECREES_CSV, DECREE_DISTRICTS_CSV, ADDENDUM_DECREES_CSV, ADDENDUM_DISTRICTS_CSV],
    where:
      'shared/data-raw/vraem/vraem-emergency-decrees.csv and vraem-emergency-districts.csv, and the later addendum vraem/emergency-addendum/*_transcribed.csv (DS 111-2023-PCM corrected with its districts from La República and Diario Correo; DS 010-2024-PCM from Diario Jornada via cuscopost.pe; DS 133-2025-PCM from an aggregator of Exitosa, without a district list); district names matched to mapsPERU ubigeos by the data gathering',
    documentedIn: 'GEO-SOURCES.md §6; vraem/emergency-addendum/PROVENANCE.md',
  },
  {
    ref: {
      id: 'devida-zona-vraem-24',
      short: 'DEVIDA, Reporte N° 7 (2022)',
      es: {
        short: 'DEVIDA, Reporte N° 7 (2022)',
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

/** Who holds internal order, from the decree's `control` text (file and row for errors). */
export function controlOf(
  text: string,
  row: number,
  file: string = DECREES_CSV,
): Decree['control'] {
  if (text === '') return 'notStated';
  // "FFAA y PNP (per article)": both named, neither in support of the other.
  if (/^(FFAA|Fuerzas Armadas) y (PNP|Polic)/i.test(text)) return 'joint';
  if (/^PNP\b/.test(text)) return 'police';
  if (/^(FFAA|Fuerzas Armadas)\b/i.test(text)) return 'armedForces';
  throw new RawDataError(file, row, 'control', `cannot tell who holds control from "${text}"`);
}

/** Notes of a decree: the row's, its correction's, and what the pipeline checked. */
function decreeNotes(d: DecreeInput, listed: number, complete: boolean): string[] {
  const notes = [d.note];
  const c = d.correction;
  if (c) {
    notes.push(
      `Corrected by the emergency addendum (news reports, transcribed): ${c.note}`,
      `The addendum's sources state ${c.n_districts_stated ?? 'no count of'} districts and list ${c.listed}.`,
    );
    if (c.control !== '' && c.control !== d.control)
      notes.push(`The addendum gives control as "${c.control}".`);
  }
  if (d.fromAddendum) notes.push('From the emergency addendum (news reports, transcribed).');
  if (d.n_districts_stated !== null && d.n_districts_stated !== listed)
    notes.push(`The source states ${d.n_districts_stated} districts; ${listed} are listed.`);
  const reading = c?.list_complete ?? d.list_complete;
  if (listed === 0) notes.push(`No district list in the source (${reading}).`);
  else if (!complete) notes.push(`District list incomplete (${reading}).`);
  return notes;
}

export function buildJurisdiction(
  inputs: RawInputs,
  districts: Map<string, string>,
): JurisdictionResult {
  const inputsOfDecrees = readDecreeInputs(inputs, districts, (text, file, row) =>
    controlOf(text, row, file),
  );
  const ids = new Set<string>();
  const counts: JurisdictionResult['counts'] = [];
  const decrees = inputsOfDecrees.map((r): Decree => {
    const { row, file } = r;
    const id = slug(`${r.decree} ${r.start ?? 'no start'}`);
    if (ids.has(id)) throw new RawDataError(file, row, 'decree', `duplicate decree id ${id}`);
    ids.add(id);
    const ubigeos = [...r.ubigeos].sort();
    // A correction's reading of the list replaces the main row's.
    const complete = (r.correction?.list_complete ?? r.list_complete).startsWith('yes');
    const stated = r.n_districts_stated ?? r.correction?.n_districts_stated ?? null;
    counts.push({ id, stated, listed: ubigeos.length, complete });
    const notes = decreeNotes({ ...r, n_districts_stated: stated }, ubigeos.length, complete);
    let end = r.end;
    let endBasis: Decree['endBasis'] = end ? 'stated' : 'unknown';
    if (r.start && r.days !== null) {
      const computed = lastDay(r.start, r.days);
      if (!end) [end, endBasis] = [computed, 'startPlusDays'];
      else if (end !== computed)
        notes.push(`The stated end differs from start + ${r.days} days − 1 (${computed}).`);
    }
    const [sourceUrl = r.source_url, ...otherSourceUrls] = [
      ...r.sourceUrls,
      ...(r.correction?.sourceUrls ?? []),
    ];
    return {
      id,
      decree: r.decree,
      start: r.start,
      end,
      endBasis,
      days: r.days,
      control: controlOf(r.control, row, file),
      controlAsPublished: r.control,
      listComplete: complete,
      districtsStated: stated,
      ubigeos,
      note: joinNotes(...notes),
      sourceUrl,
      otherSourceUrls,
    };
  });
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
