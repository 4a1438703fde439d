/**
 * Poverty-theme indicators: total monetary poverty (INEI 2018 map with its 95 % interval, plus
 * the secondary pipaber panel for 2007, 2009, 2013), extreme poverty 2013, HDI 2019 and the
 * share of the population with at least one unmet basic need (NBI, census 2017 by inference).
 */
import { RawDataError } from '../csv';
import {
  assemble,
  requireDistrict,
  type AssembledIndicator,
  type Candidate,
  type Context,
} from './assemble';
import {
  NBI_CSV,
  PIPABER_POVERTY_CSV,
  POVERTY_JOINED_CSV,
  type IndicatorInputs,
  type PovertyJoinedRow,
} from './raw';
import { INDICATOR_SOURCE_IDS as IDS } from './sources';

/** Years of the pipaber Pobreza column that are used, and why the others are not. */
export const PIPABER_POVERTY_YEARS = [2007, 2009, 2013] as const;
export const PIPABER_POVERTY_LEFT_OUT: Record<number, string> = {
  2015: 'suspect: values look like copies of 2013 (INDICATOR-SOURCES §2c)',
  2018: 'duplicates of the INEI 2018 map midpoints, rounded to 0.1 (INDICATOR-SOURCES §2c)',
};
/** INDICATOR-SOURCES §2a: midpoint = (lower + upper) / 2 to 1e-13 for every district. */
const MIDPOINT_TOLERANCE = 1e-9;
/** almenosu_1 is published to 0.1, so it may differ from almenosuna / total_pers by 0.05. */
const NBI_TOLERANCE = 0.05 + 1e-9;

export interface PovertyResults {
  total: AssembledIndicator;
  extreme: AssembledIndicator;
  hdi: AssembledIndicator;
  nbi: AssembledIndicator;
  /** Pipaber values not used, by year. */
  leftOut: Record<number, number>;
  /** Largest |almenosu_1 + NBI_PORC − 100| (the joined file's NBI_PORC is not the same measure). */
  nbiPorcComplementMaxDiff: number;
}

/** Rows of a whole-Peru file that belong to the 551 districts. */
function inStudyArea<T extends { ubigeo: string }>(
  rows: { row: number; data: T }[],
  ctx: Context,
): { row: number; data: T }[] {
  return rows.filter((r) => ctx.facts.has(r.data.ubigeo));
}

function poverty2018(row: number, d: PovertyJoinedRow): Candidate | null {
  const v = d.pobreza_total_2018_midpoint_ceplan;
  const lo = d.pobreza_total_2018_ic95_inf;
  const hi = d.pobreza_total_2018_ic95_sup;
  if (v === null && lo === null && hi === null) return null;
  const file = POVERTY_JOINED_CSV;
  if (v === null || lo === null || hi === null)
    throw new RawDataError(
      file,
      row,
      'pobreza_total_2018_midpoint_ceplan',
      'value and interval must be all present or all empty',
    );
  if (!(lo <= v && v <= hi))
    throw new RawDataError(
      file,
      row,
      'pobreza_total_2018_midpoint_ceplan',
      `${v} lies outside its interval [${lo}, ${hi}]`,
    );
  if (Math.abs((lo + hi) / 2 - v) > MIDPOINT_TOLERANCE)
    throw new RawDataError(
      file,
      row,
      'pobreza_total_2018_midpoint_ceplan',
      `${v} is not the midpoint of [${lo}, ${hi}]`,
    );
  return { ubigeo: d.ubigeo, year: 2018, v, lo, hi, s: IDS.povertyMap2018, f: [], file, row };
}

function single(
  rows: { row: number; data: PovertyJoinedRow }[],
  pick: (d: PovertyJoinedRow) => number | null,
  year: number,
  s: string,
): Candidate[] {
  const out: Candidate[] = [];
  for (const { row, data } of rows) {
    const v = pick(data);
    if (v !== null)
      out.push({ ubigeo: data.ubigeo, year, v, s, f: [], file: POVERTY_JOINED_CSV, row });
  }
  return out;
}

export function buildPoverty(inputs: IndicatorInputs, ctx: Context): PovertyResults {
  const joined = inStudyArea(inputs.povertyJoined, ctx);

  const total: Candidate[] = [];
  for (const { row, data } of joined) {
    const c = poverty2018(row, data);
    if (c) total.push(c);
  }
  const leftOut: Record<number, number> = {};
  const used = new Set<number>(PIPABER_POVERTY_YEARS);
  for (const { row, data } of inputs.pipaber) {
    requireDistrict(ctx, data.ubigeo, PIPABER_POVERTY_CSV, row);
    const v = data.pobreza_monetaria_pct;
    if (v === null) continue;
    if (PIPABER_POVERTY_LEFT_OUT[data.year] !== undefined) {
      leftOut[data.year] = (leftOut[data.year] ?? 0) + 1;
      continue;
    }
    if (!used.has(data.year))
      throw new RawDataError(
        PIPABER_POVERTY_CSV,
        row,
        'year',
        `unexpected poverty year ${data.year}`,
      );
    total.push({
      ubigeo: data.ubigeo,
      year: data.year,
      v,
      s: IDS.pipaberPoverty,
      f: ['secondary'],
      file: PIPABER_POVERTY_CSV,
      row,
    });
  }

  const nbi: Candidate[] = [];
  const joinedNbi = new Map(joined.map((r) => [r.data.ubigeo, r.data.nbi_pct_dbf_NBI_PORC]));
  let nbiPorcComplementMaxDiff = 0;
  for (const { row, data } of inStudyArea(inputs.nbi, ctx)) {
    const v = data.almenosu_1;
    if (v === null) continue;
    if (data.total_pers === 0) throw new RawDataError(NBI_CSV, row, 'total_pers', 'is 0');
    const share = (100 * data.almenosuna) / data.total_pers;
    if (Math.abs(share - v) > NBI_TOLERANCE)
      throw new RawDataError(
        NBI_CSV,
        row,
        'almenosu_1',
        `${v} is not almenosuna / total_pers × 100 (${share.toFixed(2)}): column meaning changed?`,
      );
    const porc = joinedNbi.get(data.ubigeo);
    if (porc != null)
      nbiPorcComplementMaxDiff = Math.max(nbiPorcComplementMaxDiff, Math.abs(v + porc - 100));
    nbi.push({ ubigeo: data.ubigeo, year: 2017, v, s: IDS.nbi2017, f: [], file: NBI_CSV, row });
  }

  return {
    total: assemble('poverty_total_pct', total, ctx),
    extreme: assemble(
      'poverty_extreme_pct',
      single(joined, (d) => d.pobreza_extrema_2013_ceplan, 2013, IDS.extremePoverty2013),
      ctx,
    ),
    hdi: assemble(
      'hdi',
      single(joined, (d) => d.idh_2019, 2019, IDS.hdi2019),
      ctx,
    ),
    nbi: assemble('nbi_pct', nbi, ctx),
    leftOut,
    nbiPorcComplementMaxDiff,
  };
}
