import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ThemeData } from '../../src/data/loadThemes';
import { districtsFileSchema } from '../../src/data/schemas';
import { indexDistricts } from '../../src/domain/districts';
import {
  cocaFigure,
  decreeFigure,
  eventsFigure,
  keyFigures,
  latestAggregate,
  type KeyFigures,
} from '../../src/domain/keyFigures';
import { loadShippedThemes } from '../fixtures/shipped';

const root = resolve(__dirname, '../..');
const index = indexDistricts(
  districtsFileSchema.parse(JSON.parse(readFileSync(resolve(root, 'data/districts.json'), 'utf8')))
    .districts,
);
let theme: ThemeData;
let figures: KeyFigures;

beforeAll(async () => {
  theme = await loadShippedThemes();
  figures = keyFigures({
    series: theme.series,
    poverty: theme.indicators.get('poverty_total_pct'),
    population: theme.indicators.get('population'),
    starts: theme.starts,
    vraem: index.vraem,
    decrees: theme.decrees,
    incidents: theme.incidents,
    incidentSources: ['vraem-security-events-2003-2023'],
    ucdp: { events: theme.ucdp.events, sources: theme.ucdp.sources.map((s) => s.id) },
  });
});

describe('key figures from the shipped data/', () => {
  it('coca: the zone series latest year is 2024 with 36,345 ha (DEVIDA), and its share of Peru', () => {
    expect(figures.coca).toMatchObject({ year: 2024, hectares: 36345, peruHectares: 89755 });
    // 36,345 / 89,755 from the same series file, not a printed percentage.
    expect(figures.coca?.share).toBeCloseTo(36345 / 89755, 10);
    expect(figures.coca?.sources.every((s) => theme.sources.has(s))).toBe(true);
  });

  it('poverty: population-weighted over the VRAEM districts for 2018, inside its own interval', () => {
    const p = figures.poverty;
    expect(p?.year).toBe(2018);
    expect(p?.sources).toEqual(['inei-poverty-map-2018']);
    // The 69 districts of 2017 carry the 2018 map (the 10 carved out later are not yet districts).
    expect(p?.members).toBe(69);
    expect(p && p.value > 20 && p.value < 80).toBe(true);
    const [lo, hi] = p?.interval ?? [NaN, NaN];
    expect(lo).toBeLessThan(p?.value ?? 0);
    expect(hi).toBeGreaterThan(p?.value ?? 0);
  });

  it('poverty equals the weighted mean computed by hand over the districts that have 2018', () => {
    const values = theme.indicators.get('poverty_total_pct');
    let sum = 0;
    let weights = 0;
    for (const d of index.vraem) {
      const o = values?.values.get(d.ubigeo)?.find((x) => x.y === 2018);
      if (!o || !d.existsIn2017 || d.population2017 === null) continue;
      sum += o.v * d.population2017;
      weights += d.population2017;
    }
    expect(figures.poverty?.value).toBeCloseTo(sum / weights, 8);
  });

  it('population: the latest year whose VRAEM sum has every member', () => {
    const p = figures.population;
    expect(p).not.toBeNull();
    // The 2022 INEI projection covers all 79 districts on today's limits.
    expect(p).toMatchObject({ year: 2022, members: 79 });
    // The founding article cites about 650,000 inhabitants; the sum is of that order.
    expect(p && p.value > 400_000 && p.value < 1_200_000).toBe(true);
    expect(p?.interval).toBeNull();
  });

  it('decrees: in force on the latest decree start, with the VRAEM districts under them', () => {
    const d = figures.decrees;
    expect(d && d.inForce).toBeGreaterThan(0);
    expect(d?.decrees.length).toBe(d?.inForce);
    expect(d && d.vraemDistricts).toBeLessThanOrEqual(79);
    // An explicit date with no decree: nothing in force, said as 0, not absent.
    expect(decreeFigure(theme.decrees, index.vraem, '1990-01-01')).toMatchObject({ inForce: 0 });
  });

  it('events: the 25 curated incidents and the UCDP events placed in the VRAEM (79)', () => {
    expect(figures.events.curated?.count).toBe(25);
    expect(figures.events.ucdp).toMatchObject({ count: 79 });
    expect(figures.events.sources).toContain('vraem-security-events-2003-2023');
  });
});

describe('key figures: edge cases', () => {
  it('no zone series → no coca figure; a zone year Peru lacks → no share', () => {
    expect(cocaFigure([])).toBeNull();
    const zone = {
      id: 'coca_vraem_zone_ha',
      unit: 'ha',
      points: [{ year: 2030, value: 10, s: 'x' }],
    } as unknown as ThemeData['series'][number];
    expect(cocaFigure([zone])).toMatchObject({ year: 2030, share: null, peruHectares: null });
  });

  it('no indicator or no decree → null, no event → null parts and no sources', () => {
    expect(latestAggregate(undefined, index.vraem, new Map(), 'sum')).toBeNull();
    expect(decreeFigure([], index.vraem)).toBeNull();
    expect(
      eventsFigure({
        incidents: [],
        incidentSources: ['a'],
        ucdp: { events: [], sources: ['b'] },
        vraem: [],
      }),
    ).toEqual({ curated: null, ucdp: null, sources: [] });
  });
});
