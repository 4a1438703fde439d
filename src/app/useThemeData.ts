import { useEffect, useState } from 'react';
import { DataFileError } from '../data/fetchJson';
import { loadThemes, type ThemeData } from '../data/loadThemes';
import type { Scope } from '../data/scope';
import { themeUrlsFor } from '../data/themeUrls';
import { hasWebGL2 } from '../ui/webgl';

export type ThemeLoad =
  | { status: 'idle' | 'loading' }
  | { status: 'ready'; data: ThemeData }
  | { status: 'error'; file: string; reason: string };

/** Set by MapArea on the first frame that shows the districts. */
const FIRST_FRAME_MARK = 'atlas:first-frame';
/**
 * If the map never draws (it failed), the panels still get their data after this long. Long: on
 * a busy 2-core machine in software WebGL a first frame has taken 22 s, and loading the themes
 * before it only slows it down further.
 */
const FALLBACK_MS = 30_000;

/**
 * Calls `start` once the map has drawn its first district frame (at once without WebGL2, where
 * no map will draw). Returns a cancel function.
 */
function afterFirstFrame(start: () => void): () => void {
  if (performance.getEntriesByName(FIRST_FRAME_MARK, 'mark').length > 0 || !hasWebGL2()) {
    start();
    return () => undefined;
  }
  let done = false;
  const observer = new PerformanceObserver((list) => {
    if (list.getEntriesByName(FIRST_FRAME_MARK).length > 0) fire();
  });
  const timer = window.setTimeout(() => fire(), FALLBACK_MS);
  function stop() {
    done = true;
    observer.disconnect();
    window.clearTimeout(timer);
  }
  function fire() {
    if (done) return;
    stop();
    start();
  }
  observer.observe({ type: 'mark' });
  return stop;
}

/**
 * Loads the indicator, jurisdiction and incident files once `start` is true (the map's own data
 * is in) and the map has drawn its first district frame, so they never compete with it for the
 * network or the main thread.
 */
export function useThemeData(start: boolean, scope: Scope): ThemeLoad {
  const [load, setLoad] = useState<ThemeLoad & { scope?: Scope }>({ status: 'idle' });
  useEffect(() => {
    if (!start) return;
    let cancelled = false;
    const cancelWait = afterFirstFrame(() => {
      const { urls, names } = themeUrlsFor(scope);
      loadThemes(urls, fetch, names).then(
        (data) => !cancelled && setLoad({ status: 'ready', data, scope }),
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
