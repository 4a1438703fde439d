import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_URLS, dataUrlsFor, NATIONAL_FILE_NAMES } from '../../src/data/dataUrls';
import { loadAtlas } from '../../src/data/loadAtlas';
import { loadThemes } from '../../src/data/loadThemes';
import { NATIONAL_THEME_FILE_NAMES, themeUrlsFor, THEME_URLS } from '../../src/data/themeUrls';
import { resolveDistrictValue } from '../../src/domain/districtValues';
import type { Tolerance } from '../../src/domain/values';

// The national files through the app's own loaders, read from the committed data/.
const fileFetcher = async (path: string) => ({
  ok: true,
  status: 200,
  json: async () => JSON.parse(readFileSync(resolve(__dirname, '../..', path), 'utf8')) as unknown,
});

describe('national scope loading', () => {
  it('the VRAEM scope uses the VRAEM files; only the national scope names the peru-* files', () => {
    expect(dataUrlsFor('vraem').urls).toBe(DATA_URLS);
    expect(themeUrlsFor('vraem').urls).toBe(THEME_URLS);
    expect(dataUrlsFor('peru').names.atlasTopology).toBe('data/geo/peru-districts.topo.json');
    expect(dataUrlsFor('peru').names.districts).toBe('data/peru-districts.json');
    expect(themeUrlsFor('peru').names.indicators).toBe('data/peru-indicators.json');
  });

  it('loads 1,891 districts with a shape each, 79 of them VRAEM, and the VRAEM outline', async () => {
    const atlas = await loadAtlas(NATIONAL_FILE_NAMES, fileFetcher, 'peru', NATIONAL_FILE_NAMES);
    expect(atlas.scope).toBe('peru');
    expect(atlas.districts.list).toHaveLength(1891);
    expect(atlas.districtShapes).toHaveLength(1891);
    expect(atlas.districts.vraem).toHaveLength(79);
    expect(atlas.districts.byUbigeo.get('160101')?.name).toBe('Iquitos');
    expect(atlas.vraemOutline.geometry.type).toMatch(/Polygon/);
  });

  it('resolves Iquitos poverty 2018 and puts Iquitos outside the coca coverage (not "no data")', async () => {
    const atlas = await loadAtlas(NATIONAL_FILE_NAMES, fileFetcher, 'peru', NATIONAL_FILE_NAMES);
    const themes = await loadThemes(NATIONAL_THEME_FILE_NAMES, fileFetcher, NATIONAL_THEME_FILE_NAMES);
    const iquitos = atlas.districts.byUbigeo.get('160101');
    if (!iquitos) throw new Error('no Iquitos');
    const poverty = themes.indicators.get('poverty_total_pct');
    const coca = themes.indicators.get('coca_ha');
    if (!poverty || !coca) throw new Error('indicators missing');
    const tolerance: Tolerance = { kind: 'exact' };
    const p = resolveDistrictValue(poverty, iquitos, undefined, 2018, tolerance);
    expect(p).toMatchObject({ kind: 'value' });
    expect(resolveDistrictValue(coca, iquitos, undefined, 2018, tolerance)).toMatchObject({
      kind: 'missing',
      missing: 'outsideCoverage',
    });
  });
});
