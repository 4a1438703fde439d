/**
 * population: the 2007 column and INEI projection 2022 (etorresram compilation) and Census 2017
 * (POBTOTAL of the INEI district layer, already loaded for districts.json). Whole numbers.
 *
 * The 2007 column is not the census count: it sums to 28,932,111 (INEI counted 27,412,157, or
 * 28,220,764 with omission), every district on the 2017 limits has a value, including those
 * created 2008–2017, and none created after 2017 has one. So it is an estimate on the 2017 limits
 * (INDICATOR-SOURCES §4b): flagged `limits2017`, and kept for districts created 2008–2017, whose
 * 2017 territory it describes (issue 20 §2, §6).
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
      candidates.push({
        ubigeo: data.ubigeo,
        year: 2007,
        limitsYear: 2017,
        v: data.c2007,
        s,
        f: ['limits2017'],
        file,
        row,
      });
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
