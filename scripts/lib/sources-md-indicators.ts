/** SOURCES.md sections on indicators.json: what was taken, dropped and flagged, with this run's figures. */
import type { IndicatorId } from '../../src/data/indicatorSchemas';
import type { AssembledIndicator, ValueRef } from './indicators/assemble';
import type { DistrictFacts } from './indicators/starts';
import { PIPABER_POVERTY_LEFT_OUT } from './indicators/poverty';
import { fmt } from './format';
import type { ThemesResult } from './themes';

type Names = Map<string, DistrictFacts>;

const name = (names: Names, u: string): string => `${u} ${names.get(u)?.name ?? '?'}`;
const refs = (names: Names, list: ValueRef[]): string =>
  list.length === 0
    ? 'none'
    : list
        .map((r) => `${name(names, r.ubigeo)} ${r.year} (${fmt(r.v, r.v % 1 === 0 ? 0 : 2)})`)
        .join('; ');

function yearsText(years: number[]): string {
  return years.length === 0 ? '—' : years.join(', ');
}

/** Kept values of a post-2007 district equal to its 2007 parent's value in the same year. */
export function parentCopies(a: AssembledIndicator, names: Names): ValueRef[] {
  const out: ValueRef[] = [];
  for (const [u, obs] of Object.entries(a.indicator.values)) {
    const parent = names.get(u)?.parent2007;
    if (!parent) continue;
    const parentObs = a.indicator.values[parent] ?? [];
    for (const o of obs) {
      if (o.v !== 0 && parentObs.some((p) => p.y === o.y && p.v === o.v))
        out.push({ ubigeo: u, year: o.y, v: o.v });
    }
  }
  return out;
}

function summaryTable(t: ThemesResult): string[] {
  const rows = Object.entries(t.indicators.byId).map(([id, a]) => {
    const sources = [
      ...new Set(Object.values(a.indicator.values).flatMap((l) => l.map((o) => o.s))),
    ].sort();
    const flags = new Map<string, number>();
    for (const l of Object.values(a.indicator.values))
      for (const o of l) for (const f of o.f ?? []) flags.set(f, (flags.get(f) ?? 0) + 1);
    const flagText = [...flags].map(([f, n]) => `${f} ×${fmt(n)}`).join(', ');
    return `| \`${id}\` | ${sources.map((s) => `\`${s}\``).join(', ')} | ${fmt(a.indicator.coverage.length)} | ${fmt(Object.keys(a.indicator.values).length)} | ${yearsText(a.years)} | ${fmt(a.observations)} | ${flagText} | ${fmt(a.dropped.length)} |`;
  });
  return [
    '| indicator | source ids | coverage | districts with values | years | observations | flags | dropped (not yet a district) |',
    '| --- | --- | ---: | ---: | --- | ---: | --- | ---: |',
    ...rows,
  ];
}

export function indicatorsSection(t: ThemesResult, names: Names): string[] {
  const ind = t.indicators;
  const by = (id: IndicatorId) => ind.byId[id];
  const copies = (Object.keys(ind.byId) as IndicatorId[])
    .map((id) => [id, parentCopies(by(id), names)] as const)
    .filter(([, l]) => l.length > 0);
  const budget = ind.budget;
  return [
    '### District indicators → `indicators.json`',
    '',
    'Keyed by 6-digit ubigeo, observations sorted by year; `s` is a source id of the file\'s `sources`, `f` the caveat flags. Empty cells and "S.I." are missing: no observation is written (never 0, never NaN, never a filled gap). `coverage` = the districts with at least one value in the source (before the rule below), so a district whose only value predates it is covered but has no value of its own.',
    '',
    `**Not yet a district.** A published value of a year in which the district did not exist is dropped, by the rule the app applies: before \`firstYear\` when \`districtStarts\` knows it; otherwise up to 2017 for a district absent from the 2017 census set and up to 2007 for one absent from the 2007 limits. Such values belong to the parent district's area, never to the new district (and a 0 there means "not yet a district", not "no coca").`,
    '',
    ...summaryTable(t),
    '',
    `- \`coca_ha\`: \`coca_ha\` of the 31-district extract, all flagged \`secondary\`. Dropped (before \`firstYear\`): ${refs(names, by('coca_ha').dropped)}. Flagged \`zeroBeforeSplit\` (zeros of a post-2007 district before its first non-zero year, kept because the year of creation is unknown or the zero is at/after it): ${refs(names, ind.coca.zeroBeforeSplit)}. Zeros of districts that existed in 2007 are published zeros and carry no such flag.`,
    `- \`poverty_total_pct\`: 2018 = \`pobreza_total_2018_midpoint_ceplan\` with \`lo\`/\`hi\` = \`pobreza_total_2018_ic95_inf\`/\`_sup\` of the joined file (each row checked: the value lies in its interval and is its midpoint to 1e-9). 2007, 2009, 2013 = \`pobreza_monetaria_pct\` of the pipaber panel, flagged \`secondary\`, no interval. Left out: ${Object.entries(
      ind.poverty.leftOut,
    )
      .map(([y, n]) => `${y} (${fmt(n)} values; ${PIPABER_POVERTY_LEFT_OUT[Number(y)] ?? ''})`)
      .join('; ')}. Dropped: ${refs(names, by('poverty_total_pct').dropped)}.`,
    `- \`poverty_extreme_pct\`: \`pobreza_extrema_2013_ceplan\`, year 2013. Dropped (districts created after 2013; the 2013 map predates them): ${refs(names, by('poverty_extreme_pct').dropped)}.`,
    `- \`hdi\`: \`idh_2019\`, year 2019. Dropped: ${refs(names, by('hdi').dropped)}.`,
    `- \`nbi_pct\`: \`almenosu_1\` of the GeoPeru NBI table = % of the population with at least one unmet basic need (GEO-SOURCES §5); checked on every row to equal \`almenosuna\` / \`total_pers\` × 100 to 0.05 (it is published to 0.1). Year 2017 is **inferred** (the file states no year; its 1,874-district set is the 2017 census one). \`total_pers\` is the NBI base and differs from the census POBTOTAL. The joined poverty file's \`nbi_pct_dbf_NBI_PORC\` is **not** this measure: it is close to 100 − \`almenosu_1\` (largest difference ${fmt(ind.poverty.nbiPorcComplementMaxDiff, 2)} points in the five departments), so it is not used.`,
    `- \`population\`: 2007 = \`c2007\` and 2022 = \`p2022\` of the etorresram compilation, 2017 = \`POBTOTAL\` of the INEI layer; whole numbers. Dropped (2007 figures of districts absent from the 2007 limits, which the compilation appears to re-base to current limits): ${fmt(by('population').dropped.length)} values (${by(
      'population',
    )
      .dropped.map((r) => r.ubigeo)
      .join(', ')}).`,
    `- \`budget_pim_2022\`: \`pim_total_soles\`, year 2022, flagged \`partialYear\` (data date${budget.dataDates.length === 1 ? '' : 's'} ${budget.dataDates.join(', ')}). The file has names only: department + province + district, compared without accents and case, each matched exactly one mapsPERU district (${fmt(budget.matches.length)} rows): ${budget.matches.map((m) => `"${m.asPublished}" → ${name(names, m.ubigeo)}`).join('; ')}.`,
    '',
    "**Values identical to the parent's.** Kept values of a post-2007 district that equal, to the last digit, the value of its 2007 parent (overlay, see the lineage table) in the same year — probably the parent's estimate carried over by the publisher rather than a figure of its own; kept because the source publishes them for the district, listed so the app or a reader can tell: " +
      (copies.length === 0
        ? 'none.'
        : copies.map(([id, l]) => `\`${id}\`: ${refs(names, l)}`).join('; ') + '.'),
    '',
  ];
}

export function startsSection(t: ThemesResult, names: Names): string[] {
  return [
    '### When post-2007 districts began → `indicators.json` `districtStarts`',
    '',
    'One entry per district absent from the 2007 limits, from `vraem/district-creation-laws.csv`: `firstYear` = the year of `published` (basis `published`); else the year of `reported_date=YYYY-MM-DD` in `note` (basis `reportedDate`, date type unknown); else a year the note supports without a settled day (basis `reportedYear`: dates quoted in the note that disagree on the day but share the year, e.g. Samugari 16 June / 16 July 2010; or "implying creation around <month> <year>"), or the year Congress approved the creation (basis `approvedByCongress`: the law cannot come before the vote, Uchuraccay 2014-06-05), or the year of a district the note says it was "created together with" (basis `createdWith`, Villa Virgen with Inkawasi); else null with basis `absentFromCensus2017` (not in the 2017 census set, so created after it) or `unknown`. A value published for a year before `firstYear` is dropped (listed per indicator above).',
    '',
    '### Values read across a change of boundaries (issue 20)',
    '',
    '- `limits2017`: every 2007 population value. The etorresram `c2007` column sums to 28,932,111 (INEI counted 27,412,157 in the 2007 census, 28,220,764 with omission), every district on the 2017 limits has one, including those created 2008–2017, and none created after 2017: it is an estimate re-based to the 2017 limits, not the census count. Such a value is kept (and shown) for a district that existed in 2017 even if it was created after 2007, so comparable units add every member.',
    `- \`limitsChanged\`: a value of a district that lost territory to a district created after 2017, in a source that gives values to those new districts in the same year (so it is on today's limits); its earlier values are on the 2017 limits. ${t.indicators.boundaryFlags.filter((f) => f.flag === 'limitsChanged').length} values: ${t.indicators.boundaryFlags
      .filter((f) => f.flag === 'limitsChanged')
      .map(
        (f) =>
          `${f.indicator} ${f.ubigeo} ${names.get(f.ubigeo)?.name ?? '?'} ${f.year} (to ${f.because.map((u) => names.get(u)?.name ?? u).join(', ')})`,
      )
      .join('; ')}.`,
    `- \`parentCopy\`: a value of a district created since 2007 equal, to the last published decimal, to its largest 2007 parent's value for the same year (zeros excepted): most likely copied by the source; shown flagged, left out of aggregates and ranks. ${t.indicators.boundaryFlags
      .filter((f) => f.flag === 'parentCopy')
      .map(
        (f) =>
          `${f.indicator} ${f.ubigeo} ${names.get(f.ubigeo)?.name ?? '?'} ${f.year} = ${f.because.map((u) => names.get(u)?.name ?? u).join(', ')}`,
      )
      .join('; ')}.`,
    '- Comparable units (app, `src/domain/comparable.ts`): the connected groups of the lineage graph, where a district created since 2007 is joined to every 2007 district holding at least 15 % of its area (`lineage.parents2007`; below 15 % are slivers where the simplified 2007 polygons and the INEI 2023 ones disagree, up to 7.3 % seen). Two-parent districts: Samugari (San Miguel 63.5 %, Santa Rosa 34.7 %), A. A. Cáceres Dorregaray, Lambras, Santiago de Tucuma (three parents).',
    '',
    '| ubigeo | district | firstYear | basis |',
    '| --- | --- | ---: | --- |',
    ...t.indicators.starts.map(
      (s) =>
        `| ${s.ubigeo} | ${names.get(s.ubigeo)?.name ?? '?'} | ${s.firstYear ?? '—'} | ${s.basis} |`,
    ),
    '',
  ];
}
