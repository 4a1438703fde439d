/**
 * budget_pim_2022: municipal PIM of the 24 districts of the DEVIDA coca zone, MEF data as of
 * 2022-10-05 (partial year). The file has names, not ubigeos: department + province + district
 * are matched, accent- and case-insensitively, to the mapsPERU districts; every row must match
 * exactly one district, and no district may be matched twice.
 */
import { RawDataError } from '../csv';
import { normalizeName } from '../raw-fields';
import { assemble, type AssembledIndicator, type Candidate, type Context } from './assemble';
import { BUDGET_CSV, type IndicatorInputs } from './raw';
import { INDICATOR_SOURCE_IDS as IDS } from './sources';

export const BUDGET_YEAR = 2022;

export interface BudgetMatch {
  row: number;
  ubigeo: string;
  asPublished: string;
  subzone: string;
}

export interface BudgetResult extends AssembledIndicator {
  matches: BudgetMatch[];
  dataDates: string[];
}

const key = (department: string, province: string, district: string): string =>
  [department, province, district].map(normalizeName).join(' / ');

export function buildBudget(inputs: IndicatorInputs, ctx: Context): BudgetResult {
  const index = new Map<string, string[]>();
  for (const d of ctx.facts.values()) {
    const k = key(d.department, d.province, d.name);
    index.set(k, [...(index.get(k) ?? []), d.ubigeo]);
  }
  const matched = new Map<string, number>();
  const matches: BudgetMatch[] = [];
  const candidates: Candidate[] = [];
  for (const { row, data } of inputs.budget) {
    const asPublished = `${data.departamento} / ${data.provincia} / ${data.distrito}`;
    const found = index.get(key(data.departamento, data.provincia, data.distrito)) ?? [];
    if (found.length !== 1) {
      const detail =
        found.length === 0
          ? 'matches no district'
          : `matches ${found.length} districts (${found.join(', ')})`;
      throw new RawDataError(BUDGET_CSV, row, 'distrito', `"${asPublished}" ${detail} of mapsPERU`);
    }
    const ubigeo = found[0] as string;
    const earlier = matched.get(ubigeo);
    if (earlier !== undefined)
      throw new RawDataError(
        BUDGET_CSV,
        row,
        'distrito',
        `"${asPublished}" matches ${ubigeo}, already matched by row ${earlier}`,
      );
    matched.set(ubigeo, row);
    if (data.fiscal_year !== BUDGET_YEAR)
      throw new RawDataError(
        BUDGET_CSV,
        row,
        'fiscal_year',
        `expected ${BUDGET_YEAR}, found ${data.fiscal_year}`,
      );
    matches.push({ row, ubigeo, asPublished, subzone: data.devida_subzona });
    candidates.push({
      ubigeo,
      year: BUDGET_YEAR,
      v: data.pim_total_soles,
      s: IDS.budget2022,
      f: ['partialYear'],
      file: BUDGET_CSV,
      row,
    });
  }
  const dataDates = [...new Set(inputs.budget.map((r) => r.data.data_date))].sort();
  return { ...assemble('budget_pim_2022', candidates, ctx), matches, dataDates };
}
