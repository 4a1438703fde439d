import { describe, expect, it } from 'vitest';
import {
  DEFAULT_URL_STATE,
  parseUrlState,
  serializeUrlState,
  type UrlState,
} from '../../src/state/urlState';

describe('the presented slide in the link (s=)', () => {
  it('is left out when not presenting', () => {
    expect(parseUrlState('?i=coca&v=2').slide).toBeNull();
    expect(serializeUrlState({ ...DEFAULT_URL_STATE, layer: 'coca_ha' })).toBe('?i=coca&v=2');
  });

  it('round-trips the slide number (1-based) next to the rest of the view', () => {
    const state: UrlState = { ...DEFAULT_URL_STATE, layer: 'coca_ha', year: 2020, slide: 3 };
    expect(serializeUrlState(state)).toBe('?i=coca&y=2020&s=3&v=2');
    expect(parseUrlState(serializeUrlState(state))).toEqual(state);
    // Alone it is still a link: present mode on slide 12 of the default view.
    expect(serializeUrlState({ ...DEFAULT_URL_STATE, slide: 12 })).toBe('?s=12&v=2');
    expect(parseUrlState('?s=12&v=2').slide).toBe(12);
  });

  it('a broken slide number still presents, from the first slide', () => {
    for (const broken of ['', 'abc', '0', '-2', '3.5', '01', '1e2', '4000', ' 2']) {
      const state = parseUrlState(`?i=coca&s=${encodeURIComponent(broken)}&v=2`);
      expect(state.slide, `s=${broken}`).toBe(1);
      // The rest of the link is untouched.
      expect(state.layer).toBe('coca_ha');
    }
  });
});
