/**
 * The decree rows behind jurisdiction.json: the main decree and district files (GEO-SOURCES §6)
 * and the later addendum (`vraem/emergency-addendum/`, its PROVENANCE.md), merged. An addendum
 * row for a decree and start the main file already has is a correction of that row: its district
 * list, its list-complete reading and its sources are added to the main row, whose dates and
 * control stay (a different kind of control stops the pipeline). Any other addendum row is a new
 * decree. Each file's `n_districts_listed` is checked against that file's own district rows.
 */
import { z } from 'zod';
import { ubigeoSchema } from '../../src/data/schemas';
import { RawDataError } from './csv';
import type { RawInputs } from './inputs';
import {
  normalizeName,
  optionalCount,
  optionalIsoDate,
  readCsv,
  required,
  text,
  yesNo,
} from './raw-fields';

export const DECREES_CSV = 'vraem/vraem-emergency-decrees.csv';
export const DECREE_DISTRICTS_CSV = 'vraem/vraem-emergency-districts.csv';
export const ADDENDUM_DECREES_CSV =
  'vraem/emergency-addendum/vraem_emergency_decrees_addendum_transcribed.csv';
export const ADDENDUM_DISTRICTS_CSV =
  'vraem/emergency-addendum/vraem_emergency_districts_addendum_transcribed.csv';

const decreeFields = {
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
};
const decreeRow = z.object(decreeFields);
const addendumDecreeRow = z.object({ ...decreeFields, transcribed: yesNo });
const districtFields = {
  decree: required,
  start: optionalIsoDate,
  end: optionalIsoDate,
  ubigeo: ubigeoSchema,
  district_as_published: required,
};
const decreeDistrictRow = z.object(districtFields);
const addendumDistrictRow = z.object({ ...districtFields, transcribed: yesNo });

export type DecreeFields = z.output<typeof decreeRow>;

/** A decree as the files give it, after the addendum's corrections. */
export interface DecreeInput extends DecreeFields {
  /** Where the row is, for error messages. */
  file: string;
  row: number;
  ubigeos: string[];
  /** The source URLs of the row (the cell split on ";"); the first is the main one. */
  sourceUrls: string[];
  /** The addendum row that corrects this one, if any. */
  correction: (DecreeFields & { row: number; listed: number; sourceUrls: string[] }) | null;
  /** A row of the addendum (transcribed from news pages). */
  fromAddendum: boolean;
}

const keyOf = (d: { decree: string; start: string | null }) => `${d.decree}|${d.start ?? ''}`;
const urls = (cell: string) =>
  cell
    .split(';')
    .map((u) => u.trim())
    .filter((u) => u !== '');

/** Decree key → listed ubigeos, each checked against the districts and their published name. */
function districtLists(
  rows: z.output<typeof decreeDistrictRow>[],
  file: string,
  districts: Map<string, string>,
): Map<string, string[]> {
  const listed = new Map<string, string[]>();
  rows.forEach((r, i) => {
    const name = districts.get(r.ubigeo);
    if (name === undefined)
      throw new RawDataError(file, i + 1, 'ubigeo', `${r.ubigeo} is not one of the 551 districts`);
    // GEO-SOURCES §6: names match mapsPERU up to spelling variants such as Tintaypuncu/Tintay Puncu.
    const bare = (s: string) => normalizeName(s).replace(/[^a-z]/g, '');
    if (bare(name) !== bare(r.district_as_published))
      throw new RawDataError(
        file,
        i + 1,
        'district_as_published',
        `"${r.district_as_published}" is not ${r.ubigeo} (${name})`,
      );
    const list = listed.get(keyOf(r)) ?? [];
    if (list.includes(r.ubigeo))
      throw new RawDataError(file, i + 1, 'ubigeo', `${r.ubigeo} listed twice for ${r.decree}`);
    listed.set(keyOf(r), [...list, r.ubigeo]);
  });
  return listed;
}

/** Takes the districts of a decree out of `listed`, checking the row's own listed count. */
function takeListed(
  listed: Map<string, string[]>,
  r: DecreeFields,
  file: string,
  row: number,
): string[] {
  const ubigeos = listed.get(keyOf(r)) ?? [];
  listed.delete(keyOf(r));
  if (r.n_districts_listed !== null && r.n_districts_listed !== ubigeos.length)
    throw new RawDataError(
      file,
      row,
      'n_districts_listed',
      `says ${r.n_districts_listed}, its districts file has ${ubigeos.length}`,
    );
  return ubigeos;
}

function leftOver(listed: Map<string, string[]>, file: string): void {
  for (const k of listed.keys())
    throw new RawDataError(file, null, 'decree', `districts listed for an unknown decree "${k}"`);
}

/**
 * Every decree of the main file (in file order, corrections applied), then the addendum's new
 * decrees (in its order). `controlKind` tells the kind of control a text states, to refuse a
 * correction that changes it.
 */
export function readDecreeInputs(
  inputs: RawInputs,
  districts: Map<string, string>,
  controlKind: (text: string, file: string, row: number) => string,
): DecreeInput[] {
  const main = readCsv(inputs, DECREES_CSV, decreeRow);
  const mainListed = districtLists(
    readCsv(inputs, DECREE_DISTRICTS_CSV, decreeDistrictRow),
    DECREE_DISTRICTS_CSV,
    districts,
  );
  const addendum = readCsv(inputs, ADDENDUM_DECREES_CSV, addendumDecreeRow);
  const addendumListed = districtLists(
    readCsv(inputs, ADDENDUM_DISTRICTS_CSV, addendumDistrictRow),
    ADDENDUM_DISTRICTS_CSV,
    districts,
  );
  const out: DecreeInput[] = main.map((r, i) => ({
    ...r,
    file: DECREES_CSV,
    row: i + 1,
    ubigeos: takeListed(mainListed, r, DECREES_CSV, i + 1),
    sourceUrls: urls(r.source_url),
    correction: null,
    fromAddendum: false,
  }));
  leftOver(mainListed, DECREE_DISTRICTS_CSV);
  addendum.forEach((a, i) => {
    const row = i + 1;
    const added = takeListed(addendumListed, a, ADDENDUM_DECREES_CSV, row);
    const corrected = out.find((d) => !d.fromAddendum && keyOf(d) === keyOf(a));
    if (!corrected) {
      out.push({
        ...a,
        file: ADDENDUM_DECREES_CSV,
        row,
        ubigeos: added,
        sourceUrls: urls(a.source_url),
        correction: null,
        fromAddendum: true,
      });
      return;
    }
    if (corrected.correction)
      throw new RawDataError(ADDENDUM_DECREES_CSV, row, 'decree', `${a.decree} corrected twice`);
    if (
      a.control !== '' &&
      corrected.control !== '' &&
      controlKind(a.control, ADDENDUM_DECREES_CSV, row) !==
        controlKind(corrected.control, corrected.file, corrected.row)
    )
      throw new RawDataError(
        ADDENDUM_DECREES_CSV,
        row,
        'control',
        `"${a.control}" contradicts the main row's "${corrected.control}"`,
      );
    for (const u of added)
      if (corrected.ubigeos.includes(u))
        throw new RawDataError(ADDENDUM_DISTRICTS_CSV, null, 'ubigeo', `${u} already listed`);
    corrected.ubigeos = [...corrected.ubigeos, ...added];
    corrected.correction = { ...a, row, listed: added.length, sourceUrls: urls(a.source_url) };
  });
  leftOver(addendumListed, ADDENDUM_DISTRICTS_CSV);
  return out;
}
