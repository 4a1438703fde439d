/**
 * Turns candidate observations (one per raw value) into one indicator of indicators.json:
 * coverage, values sorted by year, and a record of what was dropped because the district did
 * not exist yet. Shared by every indicator so the rules are applied the same way everywhere.
 */
import type {
  DistrictObservation,
  FlagCode,
  IndicatorId,
} from '../../../src/data/indicatorSchemas';
import { FLAG_CODES } from '../../../src/data/indicatorSchemas';
import { RawDataError } from '../csv';
import { notYetDistrict, type DistrictFacts, type DistrictStart } from './starts';

export interface Candidate {
  ubigeo: string;
  year: number;
  v: number;
  lo?: number;
  hi?: number;
  s: string;
  f: FlagCode[];
  /**
   * The year of the district limits the value is on, when the source states limits other than
   * the value's year (population 2007 on the 2017 limits): a district that existed by then has a
   * value of its own for its territory.
   */
  limitsYear?: number;
  /** Where the value came from, for error messages. */
  file: string;
  row: number | null;
}

export interface ValueRef {
  ubigeo: string;
  year: number;
  v: number;
}

export interface AssembledIndicator {
  indicator: {
    id: IndicatorId;
    coverage: string[];
    values: Record<string, DistrictObservation[]>;
  };
  /** Published values of years before the district existed (not written). */
  dropped: ValueRef[];
  observations: number;
  years: number[];
}

export interface Context {
  facts: Map<string, DistrictFacts>;
  starts: Map<string, DistrictStart>;
}

/** Flags in FLAG_CODES order, without duplicates, so the output does not depend on code order. */
export function orderFlags(flags: FlagCode[]): FlagCode[] {
  return FLAG_CODES.filter((c) => flags.includes(c));
}

function toObservation(c: Candidate): DistrictObservation {
  const f = orderFlags(c.f);
  return {
    y: c.year,
    v: c.v,
    ...(c.lo === undefined ? {} : { lo: c.lo }),
    ...(c.hi === undefined ? {} : { hi: c.hi }),
    s: c.s,
    ...(f.length === 0 ? {} : { f }),
  };
}

/** Fail unless the ubigeo is one of the 551 districts (for files that are 5-department extracts). */
export function requireDistrict(ctx: Context, ubigeo: string, file: string, row: number): void {
  if (!ctx.facts.has(ubigeo))
    throw new RawDataError(file, row, 'ubigeo', `${ubigeo} is not one of the 551 districts`);
}

/**
 * Coverage = the districts with at least one raw value, counted before the not-yet-a-district
 * drop: the source covered the district even if its only value predates it.
 */
export function assemble(
  id: IndicatorId,
  candidates: Candidate[],
  ctx: Context,
): AssembledIndicator {
  const seen = new Set<string>();
  const dropped: ValueRef[] = [];
  const byUbigeo = new Map<string, DistrictObservation[]>();
  for (const c of candidates) {
    const facts = ctx.facts.get(c.ubigeo);
    if (!facts)
      throw new RawDataError(
        c.file,
        c.row,
        'ubigeo',
        `${c.ubigeo} is not one of the 551 districts`,
      );
    const key = `${c.ubigeo}/${c.year}`;
    if (seen.has(key))
      throw new RawDataError(c.file, c.row, 'year', `second value for ${c.ubigeo} in ${c.year}`);
    seen.add(key);
    if (!Number.isFinite(c.v)) throw new RawDataError(c.file, c.row, null, `non-finite value`);
    if (notYetDistrict(facts, ctx.starts.get(c.ubigeo), c.limitsYear ?? c.year)) {
      dropped.push({ ubigeo: c.ubigeo, year: c.year, v: c.v });
      continue;
    }
    const list = byUbigeo.get(c.ubigeo) ?? [];
    list.push(toObservation(c));
    byUbigeo.set(c.ubigeo, list);
  }
  const values: Record<string, DistrictObservation[]> = {};
  for (const u of [...byUbigeo.keys()].sort()) {
    values[u] = (byUbigeo.get(u) as DistrictObservation[]).sort((a, b) => a.y - b.y);
  }
  const observations = Object.values(values).reduce((n, l) => n + l.length, 0);
  const years = [...new Set(Object.values(values).flatMap((l) => l.map((o) => o.y)))].sort(
    (a, b) => a - b,
  );
  return {
    indicator: {
      id,
      coverage: [...new Set(candidates.map((c) => c.ubigeo))].sort(),
      values,
    },
    dropped: dropped.sort((a, b) =>
      a.ubigeo < b.ubigeo ? -1 : a.ubigeo > b.ubigeo ? 1 : a.year - b.year,
    ),
    observations,
    years,
  };
}
