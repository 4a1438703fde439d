/**
 * Raw rows of the area-level coca series (INDICATOR-SOURCES.md §1a, §1b, §1d, §1g, §1h):
 * transcribed VRAEM-zone and national hectares, their addenda, and DEVIDA department totals.
 */
import { z } from 'zod';
import type { RawInputs } from '../inputs';
import {
  optionalUbigeo,
  readCsv,
  required,
  requiredCount,
  requiredNumber,
  text,
  yearField,
  yesNo,
} from '../raw-fields';

const DIR = 'coca-devida-unodc';
export const ZONE_CSV = `${DIR}/vraem_coca_ha_by_year_transcribed.csv`;
export const ZONE_ADDENDUM_CSV = `${DIR}/vraem_coca_ha_by_year_addendum_transcribed.csv`;
export const NATIONAL_CSV = `${DIR}/peru_national_coca_ha_by_year_transcribed.csv`;
export const NATIONAL_ADDENDUM_CSV = `${DIR}/peru_national_coca_ha_addendum_transcribed.csv`;
export const DEPARTMENT_CSV = `${DIR}/pipaber_coca_department_2020_2024.csv`;
export const DEPARTMENT_YEARS = [2020, 2021, 2022, 2023, 2024] as const;

const hectares = requiredNumber.pipe(z.number().positive('must be positive'));

export const zoneRow = z.object({
  year: yearField,
  zone_name_as_published: required,
  vraem_coca_ha: hectares,
  pct_of_national_as_published: text,
  source: required,
  note: text,
  transcribed: yesNo,
});

export const nationalRow = z.object({
  year: yearField,
  peru_coca_ha: hectares,
  source: required,
  note: text,
  transcribed: yesNo,
});

export const addendumRow = z.object({
  year: yearField,
  area_as_published: required,
  ubigeo: optionalUbigeo.refine((u) => u === null, 'must be empty in an area-level series'),
  value_ha: hectares,
  source: required,
  note: text,
  transcribed: yesNo,
});

export const departmentRow = z.object({
  Departamento: required,
  '2020': requiredCount,
  '2021': requiredCount,
  '2022': requiredCount,
  '2023': requiredCount,
  '2024': requiredCount,
});

/** One raw value of an area series, before merging and flagging. */
export interface RawPoint {
  year: number;
  value: number;
  /** Share of the national total as printed, or null. */
  pctText: string;
  areaAsPublished: string;
  sourceText: string;
  note: string;
  transcribed: boolean;
  file: string;
  row: number;
}

export function loadSeriesInputs(inputs: RawInputs) {
  const zone = readCsv(inputs, ZONE_CSV, zoneRow).map((r, i): RawPoint => ({
    year: r.year,
    value: r.vraem_coca_ha,
    pctText: r.pct_of_national_as_published,
    areaAsPublished: r.zone_name_as_published,
    sourceText: r.source,
    note: r.note,
    transcribed: r.transcribed,
    file: ZONE_CSV,
    row: i + 1,
  }));
  const addendum = (file: string): RawPoint[] =>
    readCsv(inputs, file, addendumRow).map((r, i) => ({
      year: r.year,
      value: r.value_ha,
      pctText: '',
      areaAsPublished: r.area_as_published,
      sourceText: r.source,
      note: r.note,
      transcribed: r.transcribed,
      file,
      row: i + 1,
    }));
  const national = readCsv(inputs, NATIONAL_CSV, nationalRow).map((r, i): RawPoint => ({
    year: r.year,
    value: r.peru_coca_ha,
    pctText: '',
    // The file has no area column; its rows are national totals (INDICATOR-SOURCES §1b).
    areaAsPublished: 'Perú',
    sourceText: r.source,
    note: r.note,
    transcribed: r.transcribed,
    file: NATIONAL_CSV,
    row: i + 1,
  }));
  const departments = readCsv(inputs, DEPARTMENT_CSV, departmentRow).map((r, i) => ({
    row: i + 1,
    name: r.Departamento,
    values: DEPARTMENT_YEARS.map((y) => ({ year: y, value: r[`${y}`] })),
  }));
  return {
    zone,
    zoneAddendum: addendum(ZONE_ADDENDUM_CSV),
    national,
    nationalAddendum: addendum(NATIONAL_ADDENDUM_CSV),
    departments,
  };
}
export type SeriesInputs = ReturnType<typeof loadSeriesInputs>;
