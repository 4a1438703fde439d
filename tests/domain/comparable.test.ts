import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indicatorsFileSchema } from '../../src/data/indicatorSchemas';
import { districtsFileSchema } from '../../src/data/schemas';
import { comparableGroups, mergedGroups, resolveGroupValue } from '../../src/domain/comparable';
import type { IndicatorValues } from '../../src/domain/districtValues';
import { indexDistricts, type District } from '../../src/domain/districts';
import { indicatorById } from '../../src/domain/indicatorRegistry';

// The committed data/ (the pipeline's output from the raw sources) supplies the known values.
const root = resolve(__dirname, '../..');
const districts = districtsFileSchema.parse(
  JSON.parse(readFileSync(resolve(root, 'data/districts.json'), 'utf8')),
);
const indicators = indicatorsFileSchema.parse(
  JSON.parse(readFileSync(resolve(root, 'data/indicators.json'), 'utf8')),
);
const index = indexDistricts(districts.districts);
const starts = new Map(
  indicators.districtStarts.map((s) => [s.ubigeo, { firstYear: s.firstYear, basis: s.basis }]),
);
function values(id: string): IndicatorValues {
  const found = indicators.indicators.find((i) => i.id === id);
  if (!found) throw new Error(id);
  return { coverage: new Set(found.coverage), values: new Map(Object.entries(found.values)) };
}
const groups = comparableGroups(index);
const members = (key: string) =>
  (groups.get(key) ?? []).map((u) => index.byUbigeo.get(u) as District);

describe('comparableGroups', () => {
  it('merges Vizcatán del Ene (created 2015) back into Pangoa', () => {
    expect(groups.get('120606')).toEqual(['120606', '120609']);
    expect(groups.has('120609')).toBe(false);
  });
  it('keeps every current district in exactly one group', () => {
    const all = [...groups.values()].flat();
    expect(all).toHaveLength(551);
    expect(new Set(all).size).toBe(551);
  });
  it('lists the groups that merge districts: 35 new districts joined to their 2007 parents', () => {
    const merged = mergedGroups(groups);
    expect(merged.length).toBeGreaterThan(10);
    const joined = merged.flatMap(([, m]) => m).filter((u) => !index.byUbigeo.get(u)?.existsIn2007);
    expect(joined).toHaveLength(35);
  });
  it('joins a district carved from two parents to both: San Miguel + Santa Rosa + Samugari', () => {
    const key = [...groups].find(([, m]) => m.includes('050509'))?.[0] as string;
    expect(groups.get(key)).toEqual(expect.arrayContaining(['050501', '050507', '050509']));
    // Santa Rosa is no longer a unit of its own (issue 20 §4).
    expect(key).toBe('050501');
    expect(groups.has('050507')).toBe(false);
  });
});

describe('Pangoa + Vizcatán del Ene in the comparable view', () => {
  const coca = values('coca_ha');
  const def = indicatorById('coca_ha');
  const at = (year: number) => resolveGroupValue(members('120606'), coca, starts, year, def);

  it('is continuous across the 2015 split: 2,168 ha in 2014, 339 + 2,169 = 2,508 ha in 2015', () => {
    expect(at(2014)).toMatchObject({ kind: 'value', value: 2168 });
    expect(at(2015)).toMatchObject({ kind: 'value', value: 2508 });
  });

  it('while Pangoa alone falls from 2,168 to 339 ha because the area moved', () => {
    const pangoaOnly = [index.byUbigeo.get('120606') as District];
    expect(resolveGroupValue(pangoaOnly, coca, starts, 2015, def)).toMatchObject({ value: 339 });
  });
});

describe('resolveGroupValue with rates', () => {
  it('weights poverty by census 2017 population, and a post-2017 member adds nothing in 2018', () => {
    // Santillana (050406) and Putis (050413, created after 2017): the group is Santillana's value.
    const poverty = values('poverty_total_pct');
    const group = members('050406');
    expect(group.map((d) => d.ubigeo)).toContain('050413');
    const santillana = poverty.values.get('050406')?.find((o) => o.y === 2018)?.v;
    const chaca = poverty.values.get('050412')?.find((o) => o.y === 2018)?.v;
    const result = resolveGroupValue(
      group,
      poverty,
      starts,
      2018,
      indicatorById('poverty_total_pct'),
    );
    // Chaca (050412, created 2015) is also part of Santillana's 2007 territory.
    const pop = (u: string) => index.byUbigeo.get(u)?.population2017 ?? 0;
    const expected =
      ((santillana ?? 0) * pop('050406') + (chaca ?? 0) * pop('050412')) /
      (pop('050406') + pop('050412'));
    expect(result.kind).toBe('value');
    if (result.kind === 'value') expect(result.value).toBeCloseTo(expected, 10);
  });
});
