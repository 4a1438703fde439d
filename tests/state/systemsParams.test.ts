import { describe, expect, it } from 'vitest';
import { DEFAULT_URL_STATE, parseUrlState, serializeUrlState } from '../../src/state/urlState';
import { DEFAULT_SYSTEMS } from '../../src/state/systemsParams';

describe('systems views in the link', () => {
  it('?i=bivariate&bx=coca&by=pov opens the bivariate map of coca × poverty', () => {
    const state = parseUrlState('?i=bivariate&bx=coca&by=pov&y=2018');
    expect(state).toMatchObject({ layer: 'bivariate', year: 2018 });
    expect(state.systems).toMatchObject({ bx: 'coca_ha', by: 'poverty_total_pct' });
  });

  it('round-trips other indicators, and leaves defaults out of the link', () => {
    const state = {
      ...DEFAULT_URL_STATE,
      layer: 'bivariate' as const,
      systems: { ...DEFAULT_SYSTEMS, bx: 'population' as const, by: 'hdi' as const },
    };
    const text = serializeUrlState(state);
    expect(text).toBe('?i=bivariate&bx=pop&by=hdi&v=2');
    expect(parseUrlState(text)).toEqual(state);
    expect(serializeUrlState({ ...DEFAULT_URL_STATE, layer: 'bivariate' })).toBe(
      '?i=bivariate&v=2',
    );
  });

  it('overlap conditions parse in registry order with thresholds; k is clamped to n', () => {
    const state = parseUrlState('?i=overlap&ov=auth:6,coca:250,em&ok=9&f=2016-06-01');
    expect(state.layer).toBe('overlap');
    expect(state.date).toBe('2016-06-01');
    expect(state.systems.conditions).toEqual([
      { id: 'coca', threshold: 250 },
      { id: 'emergency', threshold: 0 },
      { id: 'authorities', threshold: 6 },
    ]);
    expect(state.systems.k).toBe(3);
    expect(parseUrlState(serializeUrlState(state))).toEqual(state);
  });

  it('bad parts fall back alone: unknown code, negative or huge threshold, repeated condition', () => {
    const state = parseUrlState('?i=overlap&ov=coca:-1,pov:150,ev:2,ev:9,xx:1,auth:abc&ok=0');
    expect(state.systems.conditions).toEqual([{ id: 'events', threshold: 2 }]);
    expect(state.systems.k).toBe(1);
    expect(parseUrlState('?i=overlap&ov=').systems.conditions).toEqual([]);
    expect(parseUrlState('?i=bivariate&bx=nope').systems.bx).toBe('coca_ha');
  });

  it('systems parameters are not written for another layer', () => {
    const state = {
      ...DEFAULT_URL_STATE,
      layer: 'coca_ha' as const,
      systems: { ...DEFAULT_SYSTEMS, k: 1 },
    };
    expect(serializeUrlState(state)).toBe('?i=coca&v=2');
  });
});
