/**
 * Raw rows of the district-indicator sources (INDICATOR-SOURCES.md §1f, §2a, §2c, §4, §6 and
 * GEO-SOURCES.md §5). Only the columns the pipeline uses are checked.
 */
import { z } from 'zod';
import { ubigeoSchema } from '../../../src/data/schemas';
import { RawDataError } from '../csv';
import {
  normalizeName,
  optionalUbigeo,
  optionalCount,
  optionalNumber,
  readCsv,
  required,
  requiredCount,
  requiredNumber,
  text,
  yearField,
} from '../raw-fields';
import type { RawInputs } from '../inputs';

export const COCA_DISTRICT_CSV =
  'coca-devida-unodc/coca_ha_by_district_2012_2020_5dept_extract.csv';
export const cocaDistrictRow = z.object({
  ubigeo: ubigeoSchema,
  distrito: required,
  year: yearField,
  coca_ha: requiredNumber.pipe(z.number().nonnegative('must not be negative')),
  source: required,
});

export const POVERTY_JOINED_CSV =
  'poverty-inei/district_poverty2018ci_extreme2013_idh2019_population_joined.csv';
export const povertyJoinedRow = z.object({
  // One row outside the five departments (Moquegua, San Antonio) has no ubigeo; see below.
  ubigeo: optionalUbigeo,
  departamento: text,
  pobreza_total_2018_midpoint_ceplan: optionalNumber,
  pobreza_total_2018_ic95_inf: optionalNumber,
  pobreza_total_2018_ic95_sup: optionalNumber,
  pobreza_extrema_2013_ceplan: optionalNumber,
  idh_2019: optionalNumber,
  nbi_pct_dbf_NBI_PORC: optionalNumber,
});
export type PovertyJoinedRow = z.output<typeof povertyJoinedRow> & { ubigeo: string };

const FIVE_DEPARTMENTS = new Set(['apurimac', 'ayacucho', 'cusco', 'huancavelica', 'junin']);

/** Rows with a ubigeo; a row without one is skipped unless it claims one of the five departments. */
function withUbigeo(
  rows: Numbered<z.output<typeof povertyJoinedRow>>[],
): Numbered<PovertyJoinedRow>[] {
  const out: Numbered<PovertyJoinedRow>[] = [];
  for (const { row, data } of rows) {
    if (data.ubigeo !== null) out.push({ row, data: { ...data, ubigeo: data.ubigeo } });
    else if (FIVE_DEPARTMENTS.has(normalizeName(data.departamento)))
      throw new RawDataError(
        POVERTY_JOINED_CSV,
        row,
        'ubigeo',
        'empty for a district of the five departments',
      );
  }
  return out;
}

export const PIPABER_POVERTY_CSV =
  'district-panel-pipaber/poverty_idh_population_by_district_year_5dept_extract.csv';
export const pipaberPovertyRow = z.object({
  ubigeo: ubigeoSchema,
  year: yearField,
  pobreza_monetaria_pct: optionalNumber,
});

export const NBI_CSV = 'geoperu/GeoPeru-peru_distritos_nbi.csv';
export const nbiFullRow = z.object({
  ubigeo: ubigeoSchema,
  total_pers: requiredCount,
  almenosuna: requiredCount,
  almenosu_1: optionalNumber,
});

export const POPULATION_2007_2022_CSV =
  'population-inei/etorresram_census2007_proj2022_by_district.csv';
export const population0722Row = z.object({
  ubigeo: ubigeoSchema,
  c2007: optionalCount,
  p2022: optionalCount,
});

export const BUDGET_CSV = 'vraem-budget-calderon/mef_pim_2022_vraem_coca_zone_districts.csv';
export const budgetRow = z.object({
  departamento: required,
  provincia: required,
  distrito: required,
  pim_total_soles: requiredNumber.pipe(z.number().nonnegative('must not be negative')),
  fiscal_year: yearField,
  data_date: text.regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD'),
  devida_subzona: required,
});
export type BudgetRow = z.output<typeof budgetRow>;

/** Rows of one file, each with its 1-based data row number for later error messages. */
export interface Numbered<T> {
  row: number;
  data: T;
}

function numbered<T>(rows: T[]): Numbered<T>[] {
  return rows.map((data, i) => ({ row: i + 1, data }));
}

export function loadIndicatorInputs(inputs: RawInputs) {
  return {
    coca: numbered(readCsv(inputs, COCA_DISTRICT_CSV, cocaDistrictRow)),
    povertyJoined: withUbigeo(numbered(readCsv(inputs, POVERTY_JOINED_CSV, povertyJoinedRow))),
    pipaber: numbered(readCsv(inputs, PIPABER_POVERTY_CSV, pipaberPovertyRow)),
    nbi: numbered(readCsv(inputs, NBI_CSV, nbiFullRow)),
    population0722: numbered(readCsv(inputs, POPULATION_2007_2022_CSV, population0722Row)),
    budget: numbered(readCsv(inputs, BUDGET_CSV, budgetRow)),
  };
}
export type IndicatorInputs = ReturnType<typeof loadIndicatorInputs>;
