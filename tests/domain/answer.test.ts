import { beforeAll, describe, expect, it } from 'vitest';
import type { ThemeData } from '../../src/data/loadThemes';
import { answerFor, districtAnswers } from '../../src/domain/answer';
import { buildChoropleth } from '../../src/domain/choropleth';
import { nearestOwnYears, type IndicatorValues } from '../../src/domain/districtValues';
import { indexDistricts, type District } from '../../src/domain/districts';
import { INDICATORS, indicatorById } from '../../src/domain/indicatorRegistry';
import { buildTableRows } from '../../src/domain/table';
import { makeDistrict } from '../fixtures/district';
import { loadShippedThemes } from '../fixtures/shipped';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { districtsFileSchema } from '../../src/data/schemas';

const VIZCATAN = '120609';
const index = indexDistricts(
  districtsFileSchema.parse(
    JSON.parse(readFileSync(resolve(__dirname, '../../data/districts.json'), 'utf8')),
  ).districts,
);
let theme: ThemeData;
let vizcatan: District;
beforeAll(async () => {
  theme = await loadShippedThemes();
  const found = index.byUbigeo.get(VIZCATAN);
  if (!found) throw new Error('Vizcatán del Ene is not in data/districts.json');
  vizcatan = found;
});

describe('one answer for Vizcatán del Ene in 2016 (the question of issue 24)', () => {
  it('HDI (2019 only) and NBI (2017 only) have no value for 2016: a later year never answers', () => {
    const answers = districtAnswers(vizcatan, theme.indicators, theme.starts, 2016, INDICATORS);
    expect(answers.hdi).toMatchObject({
      kind: 'missing',
      missing: 'noData',
      requestedYear: 2016,
      nearest: { before: null, after: 2019 },
    });
    expect(answers.nbi_pct).toMatchObject({
      kind: 'missing',
      missing: 'noData',
      nearest: { before: null, after: 2017 },
    });
  });
  it('population 2016: no value within 5 years, and the answer names 2007 and 2017', () => {
    const answers = districtAnswers(vizcatan, theme.indicators, theme.starts, 2016, INDICATORS);
    expect(answers.population).toMatchObject({
      kind: 'missing',
      missing: 'noData',
      nearest: { before: 2007, after: 2017 },
    });
    // The 2017 census figure the panel prints among the district's facts.
    const census = answerFor(
      indicatorById('population'),
      theme.indicators.get('population') as IndicatorValues,
      vizcatan,
      theme.starts.get(VIZCATAN),
      2017,
    );
    expect(census).toMatchObject({ kind: 'value', value: 4765, year: 2017 });
    expect(vizcatan.population2017).toBe(4765);
  });
  it('coca 2016 is its own value (2,120 ha, Quispe et al. 2022), poverty 2016 has none before 2018', () => {
    const answers = districtAnswers(vizcatan, theme.indicators, theme.starts, 2016, INDICATORS);
    expect(answers.coca_ha).toMatchObject({ kind: 'value', value: 2120, year: 2016 });
    expect(answers.poverty_total_pct).toMatchObject({
      kind: 'missing',
      missing: 'noData',
      nearest: { before: null, after: 2018 },
    });
    // Covered by the source but without a single row: no year to point to.
    expect(answers.poverty_extreme_pct).toEqual({
      kind: 'missing',
      missing: 'noData',
      requestedYear: 2016,
      parent: null,
    });
  });
  it('in 2019 the HDI answers with its own value, and in 2020 under the 5-year tolerance', () => {
    const hdi = theme.indicators.get('hdi') as IndicatorValues;
    const def = indicatorById('hdi');
    const start = theme.starts.get(VIZCATAN);
    expect(answerFor(def, hdi, vizcatan, start, 2019)).toMatchObject({ kind: 'value', year: 2019 });
    expect(answerFor(def, hdi, vizcatan, start, 2020)).toMatchObject({
      kind: 'value',
      year: 2019,
      requestedYear: 2020,
    });
  });
});

describe('map, table and comparison ask the same question', () => {
  it('every VRAEM district, every indicator, 2007–2022: the map cell equals the table cell', () => {
    for (let year = 2007; year <= 2022; year++) {
      const rows = buildTableRows(index.vraem, theme.indicators, theme.starts, year);
      for (const def of INDICATORS) {
        const values = theme.indicators.get(def.id);
        if (!values) continue;
        const map = buildChoropleth({
          indicator: def,
          values,
          districts: index.vraem,
          starts: theme.starts,
          year,
          classification: { method: 'quantile', classes: 5, manualBreaks: [] },
        });
        for (const row of rows) {
          expect(map.byUbigeo.get(row.district.ubigeo)?.value, `${def.id} ${year}`).toEqual(
            row.cells[def.id],
          );
        }
      }
    }
  });
});

describe('nearestOwnYears', () => {
  const obs = (y: number, f?: ('limits2017' | 'secondary')[]) => ({ y, v: 1, s: 'x', f });
  it('closest year on each side, skipping the requested year itself', () => {
    const d = makeDistrict({ ubigeo: '010101' });
    expect(
      nearestOwnYears([obs(2007), obs(2013), obs(2018), obs(2022)], d, undefined, 2016),
    ).toEqual({ before: 2013, after: 2018 });
    expect(nearestOwnYears([obs(2016)], d, undefined, 2016)).toBeNull();
    expect(nearestOwnYears([], d, undefined, 2016)).toBeNull();
  });
  it('a year before the district existed is not its own, unless re-based to the 2017 limits', () => {
    const d = makeDistrict({ ubigeo: '010102', existsIn2007: false });
    const start = { firstYear: 2015, basis: 'reportedDate' as const };
    expect(nearestOwnYears([obs(2012), obs(2019)], d, start, 2016)).toEqual({
      before: null,
      after: 2019,
    });
    expect(nearestOwnYears([obs(2007, ['limits2017']), obs(2019)], d, start, 2016)).toEqual({
      before: 2007,
      after: 2019,
    });
  });
});
