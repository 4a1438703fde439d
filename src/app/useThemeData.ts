import { useEffect, useState } from 'react';
import { DataFileError } from '../data/fetchJson';
import type { ThemeData } from '../data/loadThemes';
import type { Scope } from '../data/scope';
import { themeUrlsFor } from '../data/themeUrls';
import { loadThemeViews } from '../ui/themeViewsLoader';
import { afterFirstFrame } from './afterFirstFrame';

export type ThemeLoad =
  | { status: 'idle' | 'loading' }
  | { status: 'ready'; data: ThemeData }
  | { status: 'error'; file: string; reason: string };

/**
 * Loads the indicator, jurisdiction and incident files, and the code that draws them, once `start`
 * is true (the map's own data is in) and the map has drawn its first district frame, so they
 * never compete with it for the network or the main thread.
 */
export function useThemeData(start: boolean, scope: Scope): ThemeLoad {
  const [load, setLoad] = useState<ThemeLoad & { scope?: Scope }>({ status: 'idle' });
  useEffect(() => {
    if (!start) return;
    let cancelled = false;
    const cancelWait = afterFirstFrame(() => {
      const { urls, names } = themeUrlsFor(scope);
      // The loader with the files' schemas, and the code that draws a theme (legends, point
      // cards, key figures, systems views), are chunks of their own fetched beside the files: the
      // theme is ready when all are in, so nothing of it waits on code once it shows.
      const data = import('../data/loadThemes').then((m) => m.loadThemes(urls, fetch, names));
      Promise.all([data, loadThemeViews()]).then(
        ([data]) => !cancelled && setLoad({ status: 'ready', data, scope }),
        (error: unknown) => {
          if (cancelled) return;
          const file = error instanceof DataFileError ? error.file : '?';
          const reason = error instanceof DataFileError ? error.reason : String(error);
          setLoad({ status: 'error', file, reason, scope });
        },
      );
    });
    return () => {
      cancelled = true;
      cancelWait();
    };
  }, [start, scope]);
  if (!start) return load.status === 'idle' ? load : { status: 'idle' };
  // The other scope's indicators never reach the panels of this one.
  return load.status === 'idle' || load.scope !== scope ? { status: 'loading' } : load;
}
