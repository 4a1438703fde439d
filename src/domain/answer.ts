/**
 * One answer for one question. "What is this indicator for this district in this year?" is
 * asked by the map and its tooltip, the district panel, the table and the comparison; they all
 * ask it here, so they cannot disagree. The answer is the indicator's value under its own
 * tolerance (poverty: the latest value up to 5 years earlier; coca: that year only), never a
 * value from a later year, and never a year picked per panel.
 */
import {
  resolveDistrictValue,
  type DistrictStart,
  type DistrictValue,
  type IndicatorValues,
} from './districtValues';
import type { District } from './districts';
import type { IndicatorDef, IndicatorKey } from './indicatorRegistry';

/** The value of one indicator for one district and year, under the indicator's tolerance. */
export function answerFor(
  def: Pick<IndicatorDef, 'tolerance'>,
  values: IndicatorValues,
  district: District,
  start: DistrictStart | undefined,
  year: number,
): DistrictValue {
  return resolveDistrictValue(values, district, start, year, def.tolerance);
}

/** Every indicator of `defs` that has data, for one district and year. */
export function districtAnswers(
  district: District,
  indicators: ReadonlyMap<IndicatorKey, IndicatorValues>,
  starts: ReadonlyMap<string, DistrictStart>,
  year: number,
  defs: readonly IndicatorDef[],
): Partial<Record<IndicatorKey, DistrictValue>> {
  const cells: Partial<Record<IndicatorKey, DistrictValue>> = {};
  for (const def of defs) {
    const values = indicators.get(def.id);
    if (values) cells[def.id] = answerFor(def, values, district, starts.get(district.ubigeo), year);
  }
  return cells;
}
