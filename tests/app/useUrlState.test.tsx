// @vitest-environment happy-dom
/**
 * useUrlState in a DOM (happy-dom) with React's own renderer: what it reads from the address,
 * what it writes back, and which changes make a history entry.
 */
import { act, useEffect } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useUrlState } from '../../src/app/useUrlState';
import { DEFAULT_URL_STATE, parseUrlState, type UrlState } from '../../src/state/urlState';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

type Update = ReturnType<typeof useUrlState>[1];
const seen: { state: UrlState | null; update: Update | null } = { state: null, update: null };

function Probe() {
  const [state, update] = useUrlState();
  useEffect(() => {
    seen.state = state;
    seen.update = update;
  });
  return null;
}

let host: HTMLDivElement;
let root: Root | null = null;

/** Opens the hook on an address, as a page load with that link would. */
function open(address: string): UrlState {
  window.history.replaceState(null, '', address);
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() => root?.render(<Probe />));
  if (!seen.state) throw new Error('the probe did not render');
  return seen.state;
}

function update(patch: Partial<UrlState>, mode: 'push' | 'replace'): UrlState {
  act(() => seen.update?.(patch, mode));
  if (!seen.state) throw new Error('no state');
  return seen.state;
}

const address = () => window.location.search + window.location.hash;

beforeEach(() => {
  localStorage.clear();
  seen.state = null;
  seen.update = null;
});
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  host.remove();
});

describe('useUrlState', () => {
  it('reads the view a link names and leaves a canonical link as it is', () => {
    const link = '/?i=coca&y=2016&sel=080910%2C120609&ch=1&d=080910&v=2#map=9/-12.46/-74.22';
    const state = open(link);
    expect(state).toEqual({
      ...DEFAULT_URL_STATE,
      layer: 'coca_ha',
      year: 2016,
      charts: true,
      selection: ['080910', '120609'],
      district: '080910',
    });
    expect(window.location.pathname + address()).toBe(link);
    expect(document.documentElement.lang).toBe('es');
  });

  it('a view written by an update reads back the same from the address (round trip)', () => {
    open('/');
    const view: Partial<UrlState> = {
      layer: 'poverty_total_pct',
      year: 2018,
      method: 'quantile',
      classes: 4,
      comparable: true,
      incidents: true,
      ucdp: 'upTo',
      date: '2018-04-04',
      table: true,
      district: '120609',
    };
    const written = update(view, 'push');
    expect(parseUrlState(window.location.search)).toEqual(written);
    act(() => root?.unmount());
    host.remove();
    // A fresh page on that address: the same state.
    expect(open(window.location.pathname + address())).toEqual(written);
  });

  it('a broken parameter falls back to its default, and the address is rewritten without it', () => {
    const entries = window.history.length;
    const state = open('/?i=nonsense&y=20x6&k=99&d=12&f=2018-02-30&lang=xx&ch=1#map=8/-12/-74');
    expect(state).toEqual({ ...DEFAULT_URL_STATE, charts: true });
    // Rewritten in place (no new entry), the viewport hash kept.
    expect(address()).toBe('?ch=1&v=2#map=8/-12/-74');
    expect(window.history.length).toBe(entries);
  });

  it('a push makes a history entry that keeps the viewport hash; Back returns to the view before', async () => {
    open('/?i=coca&v=2#map=9/-12.46/-74.22');
    const entries = window.history.length;
    update({ district: '080910' }, 'push');
    expect(window.history.length).toBe(entries + 1);
    expect(address()).toBe('?i=coca&d=080910&v=2#map=9/-12.46/-74.22');
    // A push that changes nothing in the link makes no entry.
    update({ district: '080910' }, 'push');
    expect(window.history.length).toBe(entries + 1);

    await act(async () => {
      const popped = new Promise((done) =>
        window.addEventListener('popstate', done, { once: true }),
      );
      window.history.back();
      await popped;
    });
    expect(seen.state?.district).toBeNull();
    expect(seen.state?.layer).toBe('coca_ha');
    expect(window.location.search).toBe('?i=coca&v=2');
  });

  it('a replace rewrites the address with no entry; the language is remembered for links without one', () => {
    open('/?i=pov&v=2');
    const entries = window.history.length;
    update({ lang: 'en' }, 'replace');
    expect(window.history.length).toBe(entries);
    expect(address()).toBe('?lang=en&i=pov&v=2');
    expect(document.documentElement.lang).toBe('en');
    act(() => root?.unmount());
    host.remove();

    // A link with no language opens in the remembered one, and says so in the address...
    expect(open('/?i=pov&v=2').lang).toBe('en');
    expect(window.location.search).toBe('?lang=en&i=pov&v=2');
    act(() => root?.unmount());
    host.remove();
    // ...but a link's own language wins.
    expect(open('/?lang=es&i=pov&v=2').lang).toBe('es');
  });
});
