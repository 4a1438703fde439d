/**
 * data/ucdp-events.json: the 580 Peru rows of UCDP GED 21.1 as reduced by the `juanr` teaching
 * package (security-incidents/ucdp-ged-juanr/, its PROVENANCE.md), each placed in its district by
 * point in polygon against the national mapsPERU polygons (INEI 2023 limits) — with the same
 * locator the app uses for imported UCDP / ACLED files (src/data/import/districtLocator.ts).
 * Values are UCDP's, unchanged; the copy's `_derived` columns are read only to compare with.
 */
import type { Feature, MultiPolygon } from 'geojson';
import { z } from 'zod';
import { districtsLocator, type DistrictShape } from '../../src/data/import/districtLocator';
import { DATA_SCHEMA_VERSION } from '../../src/data/schemas';
import {
  ucdpFileSchema,
  type UcdpEvent,
  type UcdpFile,
  type UcdpViolenceKind,
} from '../../src/data/ucdpSchemas';
import { RawDataError } from './csv';
import type { RawDistrict } from './districts';
import type { RawInputs } from './inputs';
import { readCsv, required, requiredCount, requiredNumber, text } from './raw-fields';
import type { SourceEntry } from './sources';

export const UCDP_CSV = 'security-incidents/ucdp-ged-juanr/ged211_peru_juanr.csv';
export const UCDP_SOURCE_ID = 'ucdp-ged-21.1-juanr-peru';

/**
 * GED 21.1 covers 1989–2020 (PROVENANCE.md: "GED 21.1 ends in 2020"; GED starts in 1989). A year
 * of that span with no row in the copy is a gap of the copy, not a year without events.
 */
export const GED_21_1_YEARS = { first: 1989, last: 2020 } as const;

/** The attribution line PROVENANCE.md gives for the app, and its Spanish. */
export const UCDP_ATTRIBUTION = {
  en: 'UCDP Georeferenced Event Dataset (GED) Global 21.1, CC BY 4.0, via the `juanr` teaching package (reduced: precise locations only)',
  es: 'UCDP Georeferenced Event Dataset (GED) Global 21.1, CC BY 4.0, vía el paquete didáctico `juanr` (reducido: solo ubicaciones precisas)',
};

const KINDS: Record<string, UcdpViolenceKind> = {
  'State-based violence': 'stateBased',
  'Non-state violence': 'nonState',
  'One-sided violence': 'oneSided',
};

const row = z.object({
  id: text.regex(/^\d+$/, 'must be a GED id (digits)'),
  year: requiredCount,
  month: requiredCount,
  day: requiredCount,
  country: z.literal('Peru', 'must be "Peru"'),
  type_of_violence: z.enum(Object.keys(KINDS) as [string, ...string[]]),
  conflict_name: required,
  side_a: required,
  side_b: required,
  latitude: requiredNumber,
  longitude: requiredNumber,
  low_death: requiredCount,
  best_death: requiredCount,
  high_death: requiredCount,
  ubigeo_inei2023_derived: text,
  in_vraem79_derived: z.enum(['true', 'false']),
});

export const UCDP_SOURCES: SourceEntry[] = [
  {
    ref: {
      id: UCDP_SOURCE_ID,
      es: {
        title:
          'UCDP GED Global 21.1, filas del Perú (copia reducida del paquete didáctico juanr: solo ubicaciones precisas, 580 eventos 1989–2019; faltan 2012, 2015, 2017 y 2018)',
        licence:
          'CC BY 4.0 (UCDP GED); paquete juanr: MIT, datos "de dominio público o de libre uso público"',
        vintage: 'GED 21.1 (1989–2020); copia con filas de 1989 a 2019',
        short: 'UCDP GED 21.1',
      },
      short: 'UCDP GED 21.1',
      title:
        'UCDP GED Global 21.1, Peru rows (reduced copy from the juanr teaching package: precise locations only, 580 events 1989–2019; no rows for 2012, 2015, 2017, 2018)',
      publisher:
        'Uppsala Conflict Data Program (Sundberg & Melander 2013, JPR 50(4); Davies, Pettersson & Öberg 2021, JPR 58(4)), via J. F. Tellez, R package juanr',
      licence:
        'CC BY 4.0 (UCDP GED); juanr package MIT, data "in the public domain or provided for free public use"',
      vintage: 'GED 21.1 (1989–2020); this copy has rows from 1989 to 2019',
      url: 'https://ucdp.uu.se/downloads/',
    },
    rawFiles: [UCDP_CSV],
    where:
      'GitHub hail2thief/juanr data/ged.rda (commit 076be8647eb8bd9915b6b108a9e19c60d919423d), Peru rows extracted by shared/data-raw/security-incidents/ucdp-ged-juanr/extract_peru.R',
    documentedIn: 'security-incidents/ucdp-ged-juanr/PROVENANCE.md; README.md of data-raw',
  },
];

export interface UcdpResult {
  file: UcdpFile;
  /** Events whose district here differs from the copy's own `ubigeo_inei2023_derived`. */
  disagreeWithCopy: string[];
  /** Events whose point lies in more than one raw polygon (neighbours overlap in mapsPERU). */
  inTwoDistricts: string[];
  /** Events with a low estimate above the best, or a best above the high, as published. */
  unorderedEstimates: string[];
  counts: Record<string, number>;
}

export function districtShapes(districts: readonly RawDistrict[]): DistrictShape[] {
  return districts.map((d): Feature<MultiPolygon, { ubigeo: string }> => ({
    type: 'Feature',
    properties: { ubigeo: d.ubigeo },
    geometry: { type: 'MultiPolygon', coordinates: d.polygons },
  }));
}

const pad = (n: number) => String(n).padStart(2, '0');

export function buildUcdpEvents(
  inputs: RawInputs,
  nationalDistricts: readonly RawDistrict[],
  vraem: ReadonlySet<string>,
): UcdpResult {
  const rows = readCsv(inputs, UCDP_CSV, row);
  const shapes = districtShapes(nationalDistricts);
  // The app's locator for imported events: the first shape (in ubigeo order) holding the point.
  const locate = districtsLocator(shapes);
  const disagreeWithCopy: string[] = [];
  const inTwoDistricts: string[] = [];
  const unorderedEstimates: string[] = [];
  const ids = new Set<string>();
  const events = rows.map((r, i): UcdpEvent => {
    const line = i + 1;
    if (ids.has(r.id)) throw new RawDataError(UCDP_CSV, line, 'id', `duplicate ${r.id}`);
    ids.add(r.id);
    const date = `${r.year}-${pad(r.month)}-${pad(r.day)}`;
    const parsed = new Date(`${date}T00:00:00Z`);
    if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date)
      throw new RawDataError(UCDP_CSV, line, 'day', `${date} is not a date`);
    const holding = locate(r.longitude, r.latitude, 2);
    const ubigeo = holding[0] ?? null;
    if (ubigeo !== (r.ubigeo_inei2023_derived || null)) disagreeWithCopy.push(r.id);
    // A second polygon holding the point: the raw outlines of neighbours overlap slightly.
    if (holding.length > 1) inTwoDistricts.push(r.id);
    const ordered = r.low_death <= r.best_death && r.best_death <= r.high_death;
    if (!ordered) unorderedEstimates.push(r.id);
    return {
      id: r.id,
      date,
      year: r.year,
      kind: KINDS[r.type_of_violence] as UcdpViolenceKind,
      conflict: r.conflict_name,
      sideA: r.side_a,
      sideB: r.side_b,
      position: [r.longitude, r.latitude],
      deaths: { low: r.low_death, best: r.best_death, high: r.high_death },
      ubigeo,
      note: ordered
        ? ''
        : `UCDP's estimates are not in order (low ${r.low_death}, best ${r.best_death}, high ${r.high_death}); shown as published.`,
    };
  });
  events.sort((a, b) => Number(a.id) - Number(b.id));
  const years = new Set(events.map((e) => e.year));
  const yearsWithoutRows: number[] = [];
  for (let y = GED_21_1_YEARS.first; y <= GED_21_1_YEARS.last; y++)
    if (!years.has(y)) yearsWithoutRows.push(y);
  const file = ucdpFileSchema.parse({
    schemaVersion: DATA_SCHEMA_VERSION,
    sources: UCDP_SOURCES.map((s) => s.ref),
    attribution: UCDP_ATTRIBUTION,
    coverage: {
      releaseFirstYear: GED_21_1_YEARS.first,
      releaseLastYear: GED_21_1_YEARS.last,
      yearsWithoutRows,
    },
    events,
  });
  const inVraem = events.filter((e) => e.ubigeo !== null && vraem.has(e.ubigeo));
  const copyVraem = rows.filter((r) => r.in_vraem79_derived === 'true').length;
  return {
    file,
    disagreeWithCopy,
    inTwoDistricts,
    unorderedEstimates,
    counts: {
      'ucdp.events': events.length,
      'ucdp.districtPolygons': shapes.length,
      'ucdp.eventsInVraem': inVraem.length,
      'ucdp.eventsInVraemFrom2000': inVraem.filter((e) => e.year >= 2000).length,
      'ucdp.eventsInVraemPerCopy': copyVraem,
      'ucdp.eventsInNoDistrict': events.filter((e) => e.ubigeo === null).length,
      'ucdp.districtDisagreesWithCopy': disagreeWithCopy.length,
      'ucdp.pointInTwoDistricts': inTwoDistricts.length,
      'ucdp.unorderedEstimates': unorderedEstimates.length,
      'ucdp.yearsWithoutRows': yearsWithoutRows.length,
    },
  };
}
