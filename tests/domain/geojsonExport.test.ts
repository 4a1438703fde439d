import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ThemeData } from '../../src/data/loadThemes';
import { districtsFileSchema } from '../../src/data/schemas';
import { indexDistricts } from '../../src/domain/districts';
import { rowsToGeoJson } from '../../src/domain/geojsonExport';
import { buildTableRows } from '../../src/domain/table';
import { loadShippedThemes } from '../fixtures/shipped';

const index = indexDistricts(
  districtsFileSchema.parse(
    JSON.parse(readFileSync(new URL('../../data/districts.json', import.meta.url), 'utf8')),
  ).districts,
);
const square = (ubigeo: string) => ({
  type: 'Feature' as const,
  properties: { ubigeo },
  geometry: {
    type: 'Polygon' as const,
    coordinates: [
      [
        [-74, -12],
        [-73, -12],
        [-73, -11],
        [-74, -12],
      ],
    ],
  },
});
const district = (ubigeo: string) => {
  const found = index.byUbigeo.get(ubigeo);
  if (!found) throw new Error(`no district ${ubigeo}`);
  return found;
};
let theme: ThemeData;
beforeAll(async () => {
  theme = await loadShippedThemes();
});

describe('GeoJSON export of the table rows', () => {
  const meta = { year: 2013, description: 'VRAEM; Junín', geometryNote: 'simplified' };

  it('writes each value with its year and source, and a missing value as null with its kind', () => {
    const rows = buildTableRows(
      ['120608', '120609'].map(district),
      theme.indicators,
      theme.starts,
      2013,
    );
    const out = rowsToGeoJson(rows, [square('120608'), square('120609')], theme.sources, meta);
    expect(out.features).toHaveLength(2);
    const tambo = out.features[0]?.properties ?? {};
    expect(tambo.name).toBe('Río Tambo');
    expect(tambo.poverty_total_pct).toBe(36.9);
    expect(tambo.poverty_total_pct_year).toBe(2013);
    expect(tambo.poverty_total_pct_source).toBe('pipaber-panel-poverty');
    expect(tambo.hdi).toBeNull();
    expect(tambo.hdi_missing).toBe('noData');
    const atlas = out.atlas as { sources: { id: string }[]; year: number };
    expect(atlas.year).toBe(2013);
    expect(atlas.sources.map((s) => s.id)).toContain('pipaber-panel-poverty');
  });

  it('a row without a shape is left out rather than written without geometry', () => {
    const rows = buildTableRows([district('120608')], theme.indicators, theme.starts, 2013);
    expect(rowsToGeoJson(rows, [], theme.sources, meta).features).toEqual([]);
  });

  it('survives a JSON round trip as valid GeoJSON (no undefined, no NaN)', () => {
    const rows = buildTableRows(index.vraem, theme.indicators, theme.starts, 2018);
    const shapes = index.vraem.map((d) => square(d.ubigeo));
    const out = rowsToGeoJson(rows, shapes, theme.sources, { ...meta, year: 2018 });
    const back = JSON.parse(JSON.stringify(out)) as typeof out;
    expect(back).toEqual(out);
    expect(back.features).toHaveLength(79);
  });
});
