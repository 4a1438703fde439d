/**
 * The layer view and its paint model on the shipped data. The paint's key is the canvas cache
 * key (fillCanvas redraws only when it changes), so it must change whenever a colour or pattern
 * would, and the colours must be the legend's.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { AtlasData } from '../../src/data/loadAtlas';
import type { ThemeData } from '../../src/data/loadThemes';
import type { I18n } from '../../src/i18n/I18nContext';
import { translate, type Lang } from '../../src/i18n/translate';
import { hexToRgba } from '../../src/map/palette';
import { parseUrlState } from '../../src/state/urlState';
import { formatPresent, layerLine } from '../../src/ui/describeValue';
import { buildLayerView, paintFor } from '../../src/ui/layerView';
import { loadShippedAtlas, loadShippedThemes } from '../fixtures/shipped';

let data: AtlasData;
let theme: ThemeData;
beforeAll(async () => {
  [data, theme] = await Promise.all([loadShippedAtlas(), loadShippedThemes()]);
});
const viewOf = (query: string) => buildLayerView(parseUrlState(query), data.districts, theme);
const paintOf = (query: string) => paintFor(viewOf(query), data.districts);
const i18n = (lang: Lang): I18n => ({ lang, t: (key, params) => translate(lang, key, params) });
const PICHARI = '080910';
const VIZCATAN = '120609';

describe('the paint model', () => {
  it('its key changes with the year, the classification and the comparable view', () => {
    const keys = [
      '?i=coca&y=2016',
      '?i=coca&y=2017',
      '?i=coca&y=2016&c=quantile',
      '?i=coca&y=2016&k=4',
      '?i=coca&y=2016&c=manual&b=100,1000',
      '?i=coca&y=2016&cmp=1',
      '?i=emergency&f=2016-09-11',
      '?i=emergency&f=2023-11-01',
      '?i=devida',
      '',
    ].map((q) => paintOf(q).key);
    expect(new Set(keys).size).toBe(keys.length);
  });
  it('fills each district with its class colour from the legend, gaps with their pattern', () => {
    const view = viewOf('?i=coca&y=2014');
    if (view.kind !== 'indicator') throw new Error('expected coca');
    const paint = paintFor(view, data.districts);
    const pichari = view.map.byUbigeo.get(PICHARI);
    if (!pichari?.colour) throw new Error('Pichari has a coca class in 2014');
    expect(view.map.bins.map((b) => b.colour)).toContain(pichari.colour);
    expect(paint.fill(PICHARI).slice(0, 3)).toEqual(hexToRgba(pichari.colour).slice(0, 3));
    expect(paint.pattern?.(PICHARI) ?? null).toBeNull();
    // Vizcatán del Ene was created in 2015: "not yet a district" in 2014, a plain fill in 2015.
    expect(paint.pattern?.(VIZCATAN)?.kind).toBe('notYetDistrict');
    expect(
      paintFor(viewOf('?i=coca&y=2015'), data.districts).pattern?.(VIZCATAN) ?? null,
    ).toBeNull();
  });
});

describe('describeValue on the layer view', () => {
  it("coca: the district's value with unit and year, in each language", () => {
    const line = layerLine(i18n('es'), viewOf('?i=coca&y=2015'), VIZCATAN, data.districts);
    expect(line).toBe('Coca cultivada (ha): 2,169 ha (2015)');
    expect(layerLine(i18n('en'), viewOf('?i=coca&y=2015'), VIZCATAN, data.districts)).toBe(
      'Coca cultivation (ha): 2,169 ha (2015)',
    );
  });
  it('poverty 2020 shows the 2018 map with its interval and says so', () => {
    const view = viewOf('?i=poverty_total_pct&y=2020');
    if (view.kind !== 'indicator') throw new Error('expected poverty');
    const value = view.map.byUbigeo.get(PICHARI)?.value;
    if (value?.kind !== 'value') throw new Error('expected a value for Pichari');
    const text = formatPresent(i18n('es'), view.indicator, value);
    expect(text).toContain('(2018)');
    expect(text).toMatch(/IC 95 ?%: 20\.0–41\.3/);
    expect(text).toContain('2020');
  });
  it('the base map has no line; the emergency view names the decree or says there is none', () => {
    expect(layerLine(i18n('es'), viewOf(''), PICHARI, data.districts)).toBeNull();
    const emergency = viewOf('?i=emergency&f=2016-09-11');
    expect(layerLine(i18n('es'), emergency, PICHARI, data.districts)).toMatch(/PCM/);
    expect(layerLine(i18n('es'), emergency, '030101', data.districts)).toBe(
      translate('es', 'emergency.none'),
    );
  });
});
