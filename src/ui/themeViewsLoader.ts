/**
 * Loads ./themeViews — what the atlas draws from the theme files — as a chunk of its own. The theme
 * files load after the map's first frame (app/useThemeData.ts starts both at once and reports the
 * theme ready only when this chunk is in too), so before the first frame no code of theirs is
 * fetched, and once a theme is there every view of it can draw at once.
 */
import { useSyncExternalStore } from 'react';
import type * as ThemeViewsModule from './themeViews';

export type ThemeViews = typeof ThemeViewsModule;

let views: ThemeViews | null = null;
let loading: Promise<ThemeViews> | null = null;
const listeners = new Set<() => void>();

/** Loads the chunk once; a failed load is tried again on the next call. */
export function loadThemeViews(): Promise<ThemeViews> {
  return (loading ??= import('./themeViews').then(
    (module) => {
      views = module;
      for (const listener of listeners) listener();
      return module;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  ));
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const current = () => views;

/** The theme's views once loaded, else null (no theme is on screen yet). */
export function useThemeViews(): ThemeViews | null {
  return useSyncExternalStore(subscribe, current, current);
}
