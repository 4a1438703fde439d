import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_URL_STATE,
  parseUrlState,
  serializeUrlState,
  type UrlState,
} from '../../src/state/urlState';

describe('URL state codec', () => {
  it('the default state serializes to an empty query (defaults are dropped)', () => {
    expect(serializeUrlState(DEFAULT_URL_STATE)).toBe('');
  });

  it('round-trips language and district', () => {
    const state: UrlState = { lang: 'en', district: '120609' };
    expect(serializeUrlState(state)).toBe('?lang=en&d=120609');
    expect(parseUrlState(serializeUrlState(state))).toEqual(state);
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
    fc.assert(
      fc.property(fc.string(), (query) => {
        const state = parseUrlState(query);
        expect(['es', 'en']).toContain(state.lang);
        expect(state.district === null || /^\d{6}$/.test(state.district)).toBe(true);
      }),
    );
  });

  it('round-trips every valid state', () => {
    const arbitrary = fc.record({
      lang: fc.constantFrom('es' as const, 'en' as const),
      district: fc.option(fc.stringMatching(/^\d{6}$/), { nil: null }),
    });
    fc.assert(
      fc.property(arbitrary, (state) => {
        expect(parseUrlState(serializeUrlState(state))).toEqual(state);
      }),
    );
  });
});
