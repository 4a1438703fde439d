import { describe, expect, it } from 'vitest';
import {
  DEFAULT_URL_STATE,
  parseScope,
  parseUrlState,
  serializeUrlState,
} from '../../src/state/urlState';

describe('scope in the link', () => {
  it('the default VRAEM scope is left out of links', () => {
    expect(serializeUrlState({ ...DEFAULT_URL_STATE, scope: 'vraem' })).toBe('');
  });

  it('national scope is written as scope=peru and read back', () => {
    const link = serializeUrlState({ ...DEFAULT_URL_STATE, scope: 'peru', district: '150122' });
    expect(new URLSearchParams(link).get('scope')).toBe('peru');
    expect(parseUrlState(link)).toEqual({
      ...DEFAULT_URL_STATE,
      scope: 'peru',
      district: '150122',
    });
  });

  it('a broken or unknown scope value falls back to the VRAEM scope, keeping the other fields', () => {
    for (const bad of ['PERU', 'peru ', 'nacional', '', 'vraem,peru', '1']) {
      const state = parseUrlState(`?scope=${encodeURIComponent(bad)}&lang=en`);
      expect(state.scope, bad).toBe('vraem');
      expect(state.lang).toBe('en');
    }
    expect(parseScope(null)).toBe('vraem');
  });

  it('a national district in a VRAEM-scope link is dropped when the map does not know it', () => {
    const known = (u: string) => u.startsWith('05');
    expect(parseUrlState('?d=150122', known).district).toBeNull();
    expect(parseUrlState('?scope=peru&d=150122', () => true).district).toBe('150122');
  });
});
