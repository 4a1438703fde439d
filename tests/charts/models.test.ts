import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { districtChartRows, zoneVsPeruRows } from '../../src/charts/models';
import { MAX_SELECTED } from '../../src/domain/selection';
import { indicatorsFileSchema, seriesFileSchema } from '../../src/data/indicatorSchemas';
import { districtsFileSchema } from '../../src/data/schemas';
import type { IndicatorValues } from '../../src/domain/districtValues';
import { indexDistricts, type District } from '../../src/domain/districts';
import { indicatorById } from '../../src/domain/indicatorRegistry';

// Known values come from the committed data/, the pipeline's output from the raw sources.
const root = resolve(__dirname, '../..');
const read = (f: string): unknown => JSON.parse(readFileSync(resolve(root, f), 'utf8'));
const series = seriesFileSchema.parse(read('data/series.json')).series;
const indicators = indicatorsFileSchema.parse(read('data/indicators.json'));
const index = indexDistricts(districtsFileSchema.parse(read('data/districts.json')).districts);
const starts = new Map(
  indicators.districtStarts.map((s) => [s.ubigeo, { firstYear: s.firstYear, basis: s.basis }]),
);
function values(id: string): IndicatorValues {
  const found = indicators.indicators.find((i) => i.id === id);
  if (!found) throw new Error(id);
  return { coverage: new Set(found.coverage), values: new Map(Object.entries(found.values)) };
}
const district = (u: string) => index.byUbigeo.get(u) as District;

describe('zoneVsPeruRows', () => {
  const zone = series.find((s) => s.id === 'coca_vraem_zone_ha');
  const peru = series.find((s) => s.id === 'coca_peru_ha');
  if (!zone || !peru) throw new Error('series');
  const rows = zoneVsPeruRows(zone, peru);

  it('has one row per calendar year from 2004 to 2024', () => {
    expect(rows[0]?.year).toBe(2004);
    expect(rows.at(-1)?.year).toBe(2024);
    expect(rows).toHaveLength(21);
  });
  it('carries the known values: 20,304 ha in 2016, 36,345 ha in 2024', () => {
    expect(rows.find((r) => r.year === 2016)?.zone).toBe(20304);
    expect(rows.find((r) => r.year === 2024)?.zone).toBe(36345);
  });
  it('keeps gaps as gaps: no zone value for 2015, no share for 2016 (no national 2016)', () => {
    expect(rows.find((r) => r.year === 2015)?.zone).toBeNull();
    expect(rows.find((r) => r.year === 2016)?.share).toBeNull();
  });
  it('computes the share where both exist: 2020 = 45.3 %', () => {
    expect(rows.find((r) => r.year === 2020)?.share).toBeCloseTo(45.31, 2);
  });
});

describe('districtChartRows', () => {
  const coca = indicatorById('coca_ha');
  const years = [2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020];
  const chart = districtChartRows({
    indicator: coca,
    values: values('coca_ha'),
    selected: [district('120606'), district('120609')],
    vraem: index.vraem,
    starts,
    years,
  });

  it('draws Pangoa and Vizcatán del Ene, the latter only from 2015 (not yet a district before)', () => {
    const at = (y: number) => chart.rows.find((r) => r.year === y);
    expect(at(2014)?.['120606']).toBe(2168);
    expect(at(2014)?.['120609']).toBeNull();
    expect(at(2015)?.['120609']).toBe(2169);
    expect(chart.keys).toEqual(['120606', '120609']);
  });

  it('sums the VRAEM districts the source covers, and says how many', () => {
    const coveredVraem = index.vraem.filter((d) => values('coca_ha').coverage.has(d.ubigeo));
    expect(chart.aggregateOver).toBe(coveredVraem.length);
    const sum2016 = coveredVraem.reduce(
      (s, d) =>
        s +
        (values('coca_ha')
          .values.get(d.ubigeo)
          ?.find((o) => o.y === 2016)?.v ?? 0),
      0,
    );
    expect(chart.rows.find((r) => r.year === 2016)?.vraem).toBeCloseTo(sum2016, 6);
  });

  it('adds an uncertainty band where the source has an interval (poverty 2018)', () => {
    const poverty = districtChartRows({
      indicator: indicatorById('poverty_total_pct'),
      values: values('poverty_total_pct'),
      selected: [district('080910')],
      vraem: index.vraem,
      starts,
      years: [2007, 2009, 2013, 2018],
    });
    expect(poverty.hasBand).toBe(true);
    const band = poverty.rows.find((r) => r.year === 2018)?.['080910_ci'];
    expect(Array.isArray(band)).toBe(true);
    const row2018 = poverty.rows.find((r) => r.year === 2018);
    const [low, high] = band as [number, number];
    const value = row2018?.['080910'] as number;
    expect(row2018?.['080910_err']).toEqual([value - low, high - value]);
    expect(low).toBeLessThan(value);
    expect(high).toBeGreaterThan(value);
    expect(poverty.rows.find((r) => r.year === 2007)?.vraem).toBeNull();
  });

  it(`draws at most ${MAX_SELECTED} districts`, () => {
    const many = districtChartRows({
      indicator: coca,
      values: values('coca_ha'),
      selected: index.vraem.slice(0, 12),
      vraem: index.vraem,
      starts,
      years,
    });
    expect(many.keys).toHaveLength(MAX_SELECTED);
  });
});

describe('consecutiveRuns', () => {
  it('joins consecutive years and breaks at gaps: 2007 | 2009 | 2012–2014', async () => {
    const { consecutiveRuns } = await import('../../src/charts/models');
    const runs = consecutiveRuns([2013, 2007, 2012, 2009, 2014].map((year) => ({ year })));
    expect(runs.map((r) => r.map((p) => p.year))).toEqual([[2007], [2009], [2012, 2013, 2014]]);
  });
});
