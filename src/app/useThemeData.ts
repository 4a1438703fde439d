import { useEffect, useState } from 'react';
import { DataFileError } from '../data/fetchJson';
import { loadThemes, type ThemeData } from '../data/loadThemes';
import { THEME_URLS } from '../data/themeUrls';

export type ThemeLoad =
  | { status: 'idle' | 'loading' }
  | { status: 'ready'; data: ThemeData }
  | { status: 'error'; file: string; reason: string };

/**
 * Loads the indicator, jurisdiction and incident files once `start` is true (after the map's
 * first data is in), so they never delay the first district frame.
 */
export function useThemeData(start: boolean): ThemeLoad {
  const [load, setLoad] = useState<ThemeLoad>({ status: 'idle' });
  useEffect(() => {
    if (!start) return;
    let cancelled = false;
    loadThemes(THEME_URLS).then(
      (data) => !cancelled && setLoad({ status: 'ready', data }),
      (error: unknown) => {
        if (cancelled) return;
        const file = error instanceof DataFileError ? error.file : '?';
        const reason = error instanceof DataFileError ? error.reason : String(error);
        setLoad({ status: 'error', file, reason });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [start]);
  return start && load.status === 'idle' ? { status: 'loading' } : load;
}
