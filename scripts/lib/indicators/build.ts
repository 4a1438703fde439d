/** data/indicators.json: every district indicator plus districtStarts, validated before writing. */
import {
  indicatorsFileSchema,
  INDICATOR_IDS,
  type IndicatorId,
  type IndicatorsFile,
} from '../../../src/data/indicatorSchemas';
import { DATA_SCHEMA_VERSION } from '../../../src/data/schemas';
import type { RawInputs } from '../inputs';
import type { CreationLawRow } from '../raw-schemas';
import type { AssembledIndicator, Context } from './assemble';
import { buildBudget, type BudgetResult } from './budget';
import { buildCoca, type CocaResult } from './coca';
import { buildPopulation } from './population';
import { buildPoverty, type PovertyResults } from './poverty';
import { loadIndicatorInputs } from './raw';
import { INDICATOR_SOURCES } from './sources';
import { markBoundaryFlags, type FlaggedValue } from './boundaryFlags';
import { buildDistrictStarts, type DistrictFacts, type DistrictStart } from './starts';

export interface IndicatorsResult {
  file: IndicatorsFile;
  byId: Record<IndicatorId, AssembledIndicator>;
  coca: CocaResult;
  poverty: PovertyResults;
  budget: BudgetResult;
  starts: DistrictStart[];
  /** Values flagged limitsChanged or parentCopy, and why (for SOURCES.md and tests). */
  boundaryFlags: FlaggedValue[];
}

export function buildIndicators(
  inputs: RawInputs,
  districts: DistrictFacts[],
  laws: Map<string, CreationLawRow>,
  population2017: Map<string, number>,
): IndicatorsResult {
  const raw = loadIndicatorInputs(inputs);
  const starts = buildDistrictStarts(districts, laws);
  const ctx: Context = {
    facts: new Map(districts.map((d) => [d.ubigeo, d])),
    starts: new Map(starts.map((s) => [s.ubigeo, s])),
  };
  const coca = buildCoca(raw, ctx);
  const poverty = buildPoverty(raw, ctx);
  const budget = buildBudget(raw, ctx);
  const byId: Record<IndicatorId, AssembledIndicator> = {
    coca_ha: coca,
    poverty_total_pct: poverty.total,
    poverty_extreme_pct: poverty.extreme,
    hdi: poverty.hdi,
    nbi_pct: poverty.nbi,
    population: buildPopulation(raw, population2017, ctx),
    budget_pim_2022: budget,
  };
  const boundaryFlags = markBoundaryFlags(
    INDICATOR_IDS.map((id) => byId[id]),
    districts,
  );
  const indicators = INDICATOR_IDS.map((id) => byId[id].indicator);
  const cited = new Set(
    indicators.flatMap((i) => Object.values(i.values).flatMap((l) => l.map((o) => o.s))),
  );
  const sources = INDICATOR_SOURCES.map((s) => s.ref);
  const known = new Set(sources.map((s) => s.id));
  for (const id of cited)
    if (!known.has(id)) throw new Error(`indicators: unknown source id ${id}`);
  const file = indicatorsFileSchema.parse({
    schemaVersion: DATA_SCHEMA_VERSION,
    sources,
    indicators,
    districtStarts: starts,
  });
  return { file, byId, coca, poverty, budget, starts, boundaryFlags };
}
