/**
 * coca_ha: hectares by district 2012–2020 (INDICATOR-SOURCES §1f, a secondary compilation).
 * Published values of years before a post-2007 district existed are dropped ("not yet a
 * district", never 0); zeros of a post-2007 district before its first non-zero year are kept
 * and flagged zeroBeforeSplit (the monitoring may still have counted the area under the parent).
 */
import { COCA_DISTRICT_CSV, type IndicatorInputs } from './raw';
import {
  assemble,
  orderFlags,
  requireDistrict,
  type AssembledIndicator,
  type Context,
  type ValueRef,
} from './assemble';
import { INDICATOR_SOURCE_IDS } from './sources';

export interface CocaResult extends AssembledIndicator {
  zeroBeforeSplit: ValueRef[];
}

export function buildCoca(inputs: IndicatorInputs, ctx: Context): CocaResult {
  const candidates = inputs.coca.map(({ row, data }) => {
    requireDistrict(ctx, data.ubigeo, COCA_DISTRICT_CSV, row);
    return {
      ubigeo: data.ubigeo,
      year: data.year,
      v: data.coca_ha,
      s: INDICATOR_SOURCE_IDS.cocaDistrict,
      f: ['secondary' as const],
      file: COCA_DISTRICT_CSV,
      row,
    };
  });
  const assembled = assemble('coca_ha', candidates, ctx);
  const zeroBeforeSplit: ValueRef[] = [];
  for (const [ubigeo, observations] of Object.entries(assembled.indicator.values)) {
    if (ctx.facts.get(ubigeo)?.existsIn2007 !== false) continue;
    for (const o of observations) {
      if (o.v !== 0) break;
      o.f = orderFlags([...(o.f ?? []), 'zeroBeforeSplit']);
      zeroBeforeSplit.push({ ubigeo, year: o.y, v: o.v });
    }
  }
  return { ...assembled, zeroBeforeSplit };
}
