import { beforeAll, describe, expect, it } from 'vitest';
import type { AtlasData } from '../../src/data/loadAtlas';
import type { ThemeData } from '../../src/data/loadThemes';
import { applyIntent, pickDistrict, setArea, setFilter } from '../../src/state/intents';
import { parseUrlState } from '../../src/state/urlState';
import {
  deriveAtlasView,
  dimmedByFilter,
  referenceYear,
  type AtlasImports,
  type AtlasSession,
} from '../../src/ui/atlasView';
import { loadShippedAtlas, loadShippedThemes } from '../fixtures/shipped';

let data: AtlasData;
let theme: ThemeData;
beforeAll(async () => {
  [data, theme] = await Promise.all([loadShippedAtlas(), loadShippedThemes()]);
});
const NO_IMPORTS: AtlasImports = { active: null, events: { placed: [], byId: new Map() } };
const NO_SESSION: AtlasSession = { area: null, pinned: null };
const derive = (query: string, session = NO_SESSION) =>
  deriveAtlasView(parseUrlState(query), data, theme, NO_IMPORTS, session);

describe('deriveAtlasView on the shipped data', () => {
  it('the first view: VRAEM membership, the poverty map year for the table, the latest decree', () => {
    const atlas = derive('');
    expect(atlas.view.kind).toBe('base');
    expect(referenceYear(theme)).toBe(2018);
    expect(atlas.dataYear).toBe(2018);
    expect(atlas.filterDate).toBe('2025-08-14');
    expect(atlas.controls).toMatchObject({ span: [], year: null, emergencyDate: null });
    expect(atlas.filtered.districts).toHaveLength(79);
    expect(atlas.points).toEqual([]);
  });
  it('coca 2016: the indicator year drives the controls, table year and paint', () => {
    const atlas = derive('?i=coca&y=2016');
    if (atlas.view.kind !== 'indicator') throw new Error('expected the coca view');
    expect(atlas.view.year).toBe(2016);
    expect(atlas.dataYear).toBe(2016);
    expect(atlas.controls.year).toBe(2016);
    expect(atlas.controls.dataYears).toEqual([
      2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020,
    ]);
    expect(atlas.controls.method).toBe('jenks');
    expect(atlas.paint.key).toContain('coca_ha|2016|jenks|5');
  });
  it('a link year without data for the layer keeps the year; the emergency view its date', () => {
    expect(derive('?i=hdi&y=2016').dataYear).toBe(2016);
    const emergency = derive('?i=emergency&f=2016-09-11');
    expect(emergency.controls.emergencyDate).toBe('2016-09-11');
    expect(emergency.dataYear).toBe(2018);
  });
  it('a district not on this map is not selected; one that is, is', () => {
    expect(derive('?d=999999').selectedDistrict).toBeNull();
    expect(derive('?d=080910').selectedDistrict?.name).toBe('Pichari');
  });
  it('the comparable view draws the 2007 districts: fewer shapes than today', () => {
    const merged = derive('?i=coca&y=2016&cmp=1');
    expect(merged.shapes.length).toBeLessThan(data.districtShapes.length);
    expect(derive('?i=coca&y=2016').shapes).toBe(data.districtShapes);
  });
  it('a filter dims the districts it leaves out; clearing it gives the plain paint back', () => {
    const plain = derive('?i=coca&y=2016');
    const state = parseUrlState('?i=coca&y=2016');
    const filtered = applyIntent(state, setFilter({ ...state.filter, departments: ['12'] }));
    const atlas = deriveAtlasView(filtered, data, theme, NO_IMPORTS, NO_SESSION);
    expect(atlas.filterActive).toBe(true);
    expect(atlas.filtered.districts.every((d) => d.ubigeo.startsWith('12'))).toBe(true);
    expect(atlas.paint).not.toBe(plain.paint);
    expect(derive('?i=coca&y=2016').paint.key).toBe(plain.paint.key);
  });
  it('any paint (the bivariate map too) fades by the same filter rule', () => {
    const state = parseUrlState('?i=coca&y=2016');
    const filtered = applyIntent(state, setFilter({ ...state.filter, departments: ['12'] }));
    const atlas = deriveAtlasView(filtered, data, theme, NO_IMPORTS, NO_SESSION);
    const own = derive('?i=coca&y=2016').paint;
    const dimmed = dimmedByFilter(own, atlas.filtered, true);
    // Pangoa (Junín, 12) is kept as painted; Pichari (Cusco) fades.
    expect(dimmed.fill('120606')).toEqual(own.fill('120606'));
    expect(dimmed.fill('080910')).not.toEqual(own.fill('080910'));
    expect(dimmedByFilter(own, atlas.filtered, false)).toBe(own);
  });
  it('an area the worker found narrows the list; an unusable area keeps none', () => {
    const state = parseUrlState('');
    const circle = { kind: 'circle' as const, center: [-74, -12] as [number, number], km: 10 };
    const withArea = applyIntent(state, setArea(state, { shape: circle, rule: 'touches' }));
    const found = (area: ReadonlySet<string> | 'unusable') =>
      deriveAtlasView(withArea, data, theme, NO_IMPORTS, { area, pinned: null }).filtered.districts;
    expect(
      found(new Set(['080910', '050409']))
        .map((d) => d.ubigeo)
        .sort(),
    ).toEqual(['050409', '080910']);
    expect(found('unusable')).toEqual([]);
  });
  it('a pinned incident is found by id; the incident points show only when asked', () => {
    const first = theme.incidents[0];
    if (!first) throw new Error('no incidents shipped');
    expect(derive('', { area: null, pinned: first.id }).pinnedIncident).toBe(first);
    expect(derive('?ev=1').points.length).toBeGreaterThan(0);
  });
  it('a map click with the charts open changes the selection, not the map: the choropleth is reused', () => {
    const before = parseUrlState('?i=coca&y=2016&ch=1');
    const after = applyIntent(before, pickDistrict(before, '080910'));
    const a = deriveAtlasView(before, data, theme, NO_IMPORTS, NO_SESSION);
    const b = deriveAtlasView(after, data, theme, NO_IMPORTS, NO_SESSION);
    expect(after.selection).toEqual(['080910']);
    expect(b.selectedDistrict?.ubigeo).toBe('080910');
    expect(b.view).toBe(a.view);
    expect(b.paint).toBe(a.paint);
  });
  it('without the theme yet: the base view, nothing that needs it', () => {
    const atlas = deriveAtlasView(parseUrlState('?i=coca'), data, null, NO_IMPORTS, NO_SESSION);
    expect(atlas.view.kind).toBe('base');
    expect([atlas.dataYear, atlas.filterDate, atlas.ucdp, atlas.incidents]).toEqual([
      null,
      null,
      null,
      null,
    ]);
  });
});
