import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INDICATOR_IDS } from '../../src/data/indicatorSchemas';
import { AREA_RULES } from '../../src/domain/area';
import { MEMBERSHIPS, RANGE_OPS } from '../../src/domain/filters';
import { DEFAULT_SYSTEMS } from '../../src/state/systemsParams';
import {
  DEFAULT_URL_STATE,
  parseUrlState,
  serializeUrlState,
  type UrlState,
} from '../../src/state/urlState';

/** Numbers as the area codec writes them (4 decimals), so a round trip is exact. */
const fourDecimals = (min: number, max: number) =>
  fc
    .integer({ min: Math.round(min * 10000), max: Math.round(max * 10000) })
    .map((n) => (n === 0 ? 0 : n / 10000));

const sortedCodes = (pattern: RegExp) =>
  fc.uniqueArray(fc.stringMatching(pattern), { maxLength: 4 }).map((c) => [...c].sort());

describe('URL state codec', () => {
  it('the default state serializes to an empty query (defaults are dropped)', () => {
    expect(serializeUrlState(DEFAULT_URL_STATE)).toBe('');
  });

  it('round-trips language and district', () => {
    const state: UrlState = { ...DEFAULT_URL_STATE, lang: 'en', district: '120609' };
    expect(serializeUrlState(state)).toBe('?lang=en&d=120609&v=2');
    expect(parseUrlState(serializeUrlState(state))).toEqual(state);
  });

  it('the UCDP layer: ged=year (that year only), ged=upto (all years up to it), else off; 1989 is a year', () => {
    expect(parseUrlState('?ged=year&y=1989')).toMatchObject({ ucdp: 'year', year: 1989 });
    expect(parseUrlState('?ged=upto&y=2016')).toMatchObject({ ucdp: 'upTo', year: 2016 });
    expect(parseUrlState('?ged=1').ucdp).toBeNull();
    expect(parseUrlState('?y=1988').year).toBeNull();
    expect(serializeUrlState({ ...DEFAULT_URL_STATE, ucdp: 'year', year: 2008 })).toBe(
      '?y=2008&ged=year&v=2',
    );
  });

  it('round-trips a full indicator view', () => {
    const state: UrlState = {
      lang: 'es',
      scope: 'vraem',
      district: '080910',
      layer: 'coca_ha',
      year: 2015,
      method: 'manual',
      classes: 4,
      breaks: [10, 250.5, 1000],
      incidents: true,
      ucdp: 'upTo',
      date: '2018-04-04',
      comparable: true,
      selection: ['120606', '120609'],
      charts: true,
      table: true,
      compare: true,
      slide: 3,
      systems: DEFAULT_SYSTEMS,
      filter: {
        query: 'río',
        departments: ['05', '12'],
        provinces: ['1206'],
        membership: 'vraem2017',
        devida: ['centro', 'norte'],
        emergency: 'in',
        ranges: [
          { indicator: 'poverty_total_pct', op: 'ge', value: 49.5 },
          { indicator: 'coca_ha', op: 'gt', value: 0 },
        ],
        area: { shape: { kind: 'river', river: 'rio-mantaro', km: 10 }, rule: 'share' },
      },
    };
    expect(serializeUrlState(state)).toBe(
      '?i=coca&y=2015&c=manual&k=4&b=10%2C250.5%2C1000&ev=1&ged=upto&f=2018-04-04&cmp=1&sel=120606%2C120609&ch=1&tb=1&cp=1' +
        '&q=r%C3%ADo&dep=05%2C12&prov=1206&m=v17&dz=centro%2Cnorte&em=in&a=river%3Ario-mantaro%3A10&ar=share&r=pov.ge.49.5%7Ecoca.gt.0&s=3&d=080910&v=2',
    );
    expect(parseUrlState(serializeUrlState(state))).toEqual(state);
  });

  it('each malformed field falls back on its own, keeping the good ones', () => {
    expect(parseUrlState('?i=gdp&y=20x5&c=kmeans&k=12&b=1,x&f=2018-02-30&ev=yes&d=080910')).toEqual(
      {
        ...DEFAULT_URL_STATE,
        district: '080910',
      },
    );
  });

  it('keeps at most 8 selected districts, valid and unique, in order', () => {
    expect(parseUrlState('?sel=080910,x,080910,120606,1,2').selection).toEqual([
      '080910',
      '120606',
    ]);
    const nine = Array.from({ length: 9 }, (_, i) => `0801${String(i).padStart(2, '0')}`).join(',');
    expect(parseUrlState(`?sel=${nine}`).selection).toHaveLength(8);
    expect(parseUrlState('?sel=999999', (u) => u !== '999999').selection).toEqual([]);
  });

  it('reads manual breaks under the typed rule: sorted, each once, at most 8, all numbers', () => {
    expect(parseUrlState('?b=9,1,1,2,3,4,5,6,7').breaks).toEqual([1, 2, 3, 4, 5, 6, 7, 9]);
    expect(parseUrlState('?b=9,1,2,3,4,5,6,7,8').breaks).toEqual([]);
    expect(parseUrlState('?b=10,diez').breaks).toEqual([]);
    expect(parseUrlState('?b=10,,20').breaks).toEqual([]);
  });

  it('an unknown language falls back to Spanish', () => {
    expect(parseUrlState('?lang=fr').lang).toBe('es');
  });

  it('a malformed ubigeo is ignored, not an error', () => {
    expect(parseUrlState('?d=12060').district).toBeNull();
    expect(parseUrlState('?d=<script>').district).toBeNull();
  });

  it('a well-formed ubigeo that is not on the map is ignored', () => {
    expect(parseUrlState('?d=999999', (u) => u === '120609').district).toBeNull();
    expect(parseUrlState('?d=120609', (u) => u === '120609').district).toBe('120609');
  });

  it('never throws and always yields a valid state for any query string', () => {
    const query = fc.oneof(
      fc.string(),
      fc
        .array(
          fc.tuple(
            fc.constantFrom(
              'lang',
              'scope',
              'd',
              'i',
              'y',
              'c',
              'k',
              'b',
              'ev',
              'f',
              'cmp',
              'sel',
              'ch',
              'tb',
              'cp',
              'q',
              'dep',
              'prov',
              'm',
              'dz',
              'em',
              'r',
              'a',
              'ar',
              's',
              'v',
              'x',
            ),
            fc.string(),
          ),
        )
        .map((pairs) => '?' + pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')),
    );
    fc.assert(
      fc.property(query, (query) => {
        const state = parseUrlState(query);
        expect(['es', 'en']).toContain(state.lang);
        expect(['vraem', 'peru']).toContain(state.scope);
        expect(state.district === null || /^\d{6}$/.test(state.district)).toBe(true);
        expect(state.year === null || Number.isInteger(state.year)).toBe(true);
        expect(state.breaks.every(Number.isFinite)).toBe(true);
        expect(state.slide === null || (Number.isInteger(state.slide) && state.slide >= 1)).toBe(
          true,
        );
        expect(parseUrlState(serializeUrlState(state))).toEqual(state);
      }),
    );
  });

  it('round-trips every valid state', () => {
    const arbitrary = fc.record({
      lang: fc.constantFrom('es' as const, 'en' as const),
      scope: fc.constantFrom('vraem' as const, 'peru' as const),
      district: fc.option(fc.stringMatching(/^\d{6}$/), { nil: null }),
      layer: fc.constantFrom(
        'base' as const,
        'coca_ha' as const,
        'emergency' as const,
        'hdi' as const,
      ),
      year: fc.option(fc.integer({ min: 1989, max: 2035 }), { nil: null }),
      method: fc.option(fc.constantFrom('quantile' as const, 'jenks' as const, 'manual' as const), {
        nil: null,
      }),
      classes: fc.option(fc.integer({ min: 3, max: 9 }), { nil: null }),
      breaks: fc
        .uniqueArray(fc.integer({ min: -1000, max: 100000 }), { maxLength: 8 })
        .map((b) => [...b].sort((x, y) => x - y)),
      incidents: fc.boolean(),
      ucdp: fc.constantFrom(null, 'year' as const, 'upTo' as const),
      date: fc.option(fc.constantFrom('2016-09-11', '2024-02-29'), { nil: null }),
      comparable: fc.boolean(),
      selection: fc.uniqueArray(fc.stringMatching(/^\d{6}$/), { maxLength: 8 }),
      charts: fc.boolean(),
      table: fc.boolean(),
      compare: fc.boolean(),
      slide: fc.option(fc.integer({ min: 1, max: 999 }), { nil: null }),
      systems: fc.constant(DEFAULT_SYSTEMS),
      filter: fc.record({
        query: fc.string({ maxLength: 80 }).map((q) => (q.trim() === '' ? '' : q)),
        departments: sortedCodes(/^\d{2}$/),
        provinces: sortedCodes(/^\d{4}$/),
        membership: fc.constantFrom(...MEMBERSHIPS),
        devida: sortedCodes(/^[a-z]{1,20}$/),
        emergency: fc.constantFrom('any' as const, 'in' as const, 'out' as const),
        ranges: fc.array(
          fc.record({
            indicator: fc.constantFrom(...INDICATOR_IDS),
            op: fc.constantFrom(...RANGE_OPS),
            value: fc
              .double({ noNaN: true, noDefaultInfinity: true })
              .map((v) => (v === 0 ? 0 : v)),
          }),
          { maxLength: 7 },
        ),
        area: fc.option(
          fc.record({
            shape: fc.oneof(
              fc.record({
                kind: fc.constant('circle' as const),
                center: fc.tuple(fourDecimals(-180, 180), fourDecimals(-85, 85)),
                km: fourDecimals(0.0001, 500),
              }),
              fc.record({
                kind: fc.constant('polygon' as const),
                ring: fc.array(fc.tuple(fourDecimals(-180, 180), fourDecimals(-85, 85)), {
                  minLength: 3,
                  maxLength: 40,
                }),
              }),
              fc.record({
                kind: fc.constant('river' as const),
                river: fc.stringMatching(/^[a-z0-9-]{1,60}$/),
                km: fourDecimals(0.0001, 500),
              }),
              fc.record({ kind: fc.constant('incidents' as const), km: fourDecimals(0.0001, 500) }),
            ),
            rule: fc.constantFrom(...AREA_RULES),
          }),
          { nil: null },
        ),
      }),
    });
    fc.assert(
      fc.property(arbitrary, (state) => {
        expect(parseUrlState(serializeUrlState(state))).toEqual(state);
      }),
    );
  });
});

describe('link versions', () => {
  it('a version-1 link (no v, full indicator id) opens the same layer', () => {
    const state = parseUrlState('?i=poverty_total_pct&y=2013&d=050401');
    expect(state.layer).toBe('poverty_total_pct');
    expect(state.year).toBe(2013);
    expect(serializeUrlState(state)).toBe('?i=pov&y=2013&d=050401&v=2');
  });

  it('a version-2 link uses the short code and no longer reads the full id', () => {
    expect(parseUrlState('?i=pov&v=2').layer).toBe('poverty_total_pct');
    expect(parseUrlState('?i=poverty_total_pct&v=2').layer).toBe('base');
  });

  it('jurisdiction layers keep their names in every version', () => {
    expect(parseUrlState('?i=emergency').layer).toBe('emergency');
    expect(parseUrlState('?i=devida&v=2').layer).toBe('devida');
  });

  it('a malformed or future version is read as the current one, field by field', () => {
    expect(parseUrlState('?i=coca&v=99').layer).toBe('coca_ha');
    expect(parseUrlState('?i=coca&v=x').layer).toBe('coca_ha');
  });
});

describe('filter parameters', () => {
  it('each bad range is dropped alone; the good ones stay', () => {
    expect(
      parseUrlState('?r=pov.ge.50~gdp.gt.1~coca.eq.0~coca.gt.~xpov.lt.-2.5').filter.ranges,
    ).toEqual([
      { indicator: 'poverty_total_pct', op: 'ge', value: 50 },
      { indicator: 'poverty_extreme_pct', op: 'lt', value: -2.5 },
    ]);
  });

  it('codes that are not department or province codes are ignored', () => {
    const { filter } = parseUrlState('?dep=5,05,ayacucho,12&prov=120,1206&m=2017&em=yes');
    expect(filter.departments).toEqual(['05', '12']);
    expect(filter.provinces).toEqual(['1206']);
    expect(filter.membership).toBe('vraem');
    expect(filter.emergency).toBe('any');
  });

  it('a whitespace-only search is the default and is left out of the link', () => {
    const state = parseUrlState('?q=%20%20');
    expect(serializeUrlState({ ...state, filter: { ...state.filter, query: '' } })).toBe('');
  });
});
