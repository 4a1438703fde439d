import { useCallback, useEffect, useRef, useState } from 'react';
import { isLang, type Lang } from '../i18n/translate';
import { parseUrlState, serializeUrlState, type UrlState } from '../state/urlState';

const LANG_STORAGE_KEY = 'atlas-vraem.lang';

function rememberedLang(): Lang | null {
  try {
    const value = localStorage.getItem(LANG_STORAGE_KEY);
    return isLang(value) ? value : null;
  } catch {
    return null;
  }
}

/** The state the address (and the remembered language) asks for. */
export function readLocation(): UrlState {
  const state = parseUrlState(window.location.search);
  const explicitLang = new URLSearchParams(window.location.search).has('lang');
  return explicitLang ? state : { ...state, lang: rememberedLang() ?? state.lang };
}

/**
 * The URL is the state a link reproduces. Opening a district pushes a history entry (so Back
 * closes it); switching language replaces the entry.
 */
export function useUrlState() {
  const [state, setState] = useState<UrlState>(readLocation);
  // Mirrors the state for `update`, which must compute the next URL outside a state updater
  // (updaters may run twice). Every write goes through `update` or `popstate`.
  const current = useRef(state);

  const update = useCallback((patch: Partial<UrlState>, mode: 'push' | 'replace') => {
    const previous = current.current;
    const next = { ...previous, ...patch };
    if (mode === 'push' && serializeUrlState(next) !== serializeUrlState(previous)) {
      // The viewport hash stays: Back returns to the view, not to the whole VRAEM.
      const { pathname, hash } = window.location;
      window.history.pushState(null, '', pathname + serializeUrlState(next) + hash);
    }
    if (patch.lang) {
      try {
        localStorage.setItem(LANG_STORAGE_KEY, patch.lang);
      } catch {
        // Storage can be off (private mode); the URL still carries the language.
      }
    }
    current.current = next;
    setState(next);
  }, []);

  useEffect(() => {
    const onPop = () => {
      current.current = readLocation();
      setState(current.current);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  // Only when the language changes: writing the attribute, even with the same value, cost more
  // than the rest of this hook on every year step (a CPU profile of 32 steps).
  useEffect(() => {
    document.documentElement.lang = state.lang;
  }, [state.lang]);

  useEffect(() => {
    const target = serializeUrlState(state) + window.location.hash;
    const now = window.location.search + window.location.hash;
    if (target !== now) window.history.replaceState(null, '', window.location.pathname + target);
  }, [state]);

  return [state, update] as const;
}
