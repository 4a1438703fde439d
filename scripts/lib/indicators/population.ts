/**
 * population: Census 2007 and INEI projection 2022 (etorresram compilation) and Census 2017
 * (POBTOTAL of the INEI district layer, already loaded for districts.json). Whole numbers.
 */
import { POPULATION_2017_CSV } from '../raw-schemas';
import { assemble, type AssembledIndicator, type Candidate, type Context } from './assemble';
import { POPULATION_2007_2022_CSV, type IndicatorInputs } from './raw';
import { INDICATOR_SOURCE_IDS as IDS } from './sources';

export function buildPopulation(
  inputs: IndicatorInputs,
  population2017: Map<string, number>,
  ctx: Context,
): AssembledIndicator {
  const candidates: Candidate[] = [];
  const file = POPULATION_2007_2022_CSV;
  for (const { row, data } of inputs.population0722) {
    if (!ctx.facts.has(data.ubigeo)) continue;
    const s = IDS.population0722;
    if (data.c2007 !== null)
      candidates.push({ ubigeo: data.ubigeo, year: 2007, v: data.c2007, s, f: [], file, row });
    if (data.p2022 !== null)
      candidates.push({ ubigeo: data.ubigeo, year: 2022, v: data.p2022, s, f: [], file, row });
  }
  for (const [ubigeo, v] of [...population2017].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (!ctx.facts.has(ubigeo)) continue;
    candidates.push({
      ubigeo,
      year: 2017,
      v,
      s: IDS.population2017,
      f: [],
      file: POPULATION_2017_CSV,
      row: null,
    });
  }
  return assemble('population', candidates, ctx);
}
