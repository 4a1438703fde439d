import { describe, expect, it } from 'vitest';
import { MAX_SELECTED } from '../../src/domain/selection';
import {
  applyIntent,
  pickDistrict,
  setArea,
  setLayer,
  setManualBreaks,
  showDecree,
  toggleCompare,
  toggleTable,
} from '../../src/state/intents';
import { parseUrlState, serializeUrlState, type UrlState } from '../../src/state/urlState';

const PICHARI = '080910';
const CANAYRE = '050409';
const at = (query: string): UrlState => parseUrlState(query);
const link = (state: UrlState, intent: ReturnType<typeof pickDistrict>) =>
  new URLSearchParams(serializeUrlState(applyIntent(state, intent)));

describe('a map click (pickDistrict)', () => {
  it('with the charts open adds the district to the chart and opens its panel', () => {
    const state = at(`?i=coca&y=2016&ch=1&sel=${PICHARI}`);
    const intent = pickDistrict(state, CANAYRE);
    expect(intent.mode).toBe('push');
    const params = link(state, intent);
    expect(params.get('sel')).toBe(`${PICHARI},${CANAYRE}`);
    expect(params.get('d')).toBe(CANAYRE);
    // The link reads back as the same state.
    expect(parseUrlState(`?${params.toString()}`)).toEqual(applyIntent(state, intent));
  });
  it('with the charts closed only opens the panel', () => {
    const state = at(`?i=coca&sel=${PICHARI}`);
    const params = link(state, pickDistrict(state, CANAYRE));
    expect(params.get('sel')).toBe(PICHARI);
    expect(params.get('d')).toBe(CANAYRE);
  });
  it('never adds a district twice, nor a ninth line', () => {
    const state = at(`?ch=1&sel=${PICHARI}`);
    expect(pickDistrict(state, PICHARI).patch).toEqual({ district: PICHARI });
    const full = {
      ...state,
      selection: Array.from({ length: MAX_SELECTED }, (_, i) => `0801${i}0`),
    };
    expect(pickDistrict(full, CANAYRE).patch).toEqual({ district: CANAYRE });
  });
  it('on no district closes the panel and keeps the chart', () => {
    const state = at(`?ch=1&sel=${PICHARI}&d=${PICHARI}`);
    const params = link(state, pickDistrict(state, null));
    expect(params.get('d')).toBeNull();
    expect(params.get('sel')).toBe(PICHARI);
  });
});

describe('other intents, through the URL codec', () => {
  it('another layer drops the classification made for the last one, keeps the year', () => {
    const state = applyIntent(at('?i=coca&y=2016'), setManualBreaks([10, 100]));
    expect(serializeUrlState(state)).toContain('b=10%2C100');
    const params = link(state, setLayer(state, 'poverty_total_pct'));
    expect(params.get('c')).toBeNull();
    expect(params.get('b')).toBeNull();
    expect(params.get('y')).toBe('2016');
    expect(setLayer(state, 'hdi').mode).toBe('push');
  });
  it('the table and the comparison share the space', () => {
    const compare = at('?cp=1');
    const table = applyIntent(compare, toggleTable(compare));
    expect([table.table, table.compare]).toEqual([true, false]);
    const back = applyIntent(table, toggleCompare(table));
    expect([back.table, back.compare]).toEqual([false, true]);
  });
  it('a decree on the timeline opens the emergency map on its first day, as a history entry', () => {
    const intent = showDecree('2016-09-11');
    expect(intent.mode).toBe('push');
    const params = link(at('?i=coca'), intent);
    expect([params.get('i'), params.get('f')]).toEqual(['emergency', '2016-09-11']);
  });
  it('an area keeps the rest of the filter', () => {
    const state = at('?dep=05');
    const area = {
      shape: { kind: 'circle' as const, center: [-74, -12] as [number, number], km: 10 },
      rule: 'touches' as const,
    };
    const next = applyIntent(state, setArea(state, area));
    expect(next.filter.departments).toEqual(state.filter.departments);
    expect(next.filter.area).toEqual(area);
  });
});
