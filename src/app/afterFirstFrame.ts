import { hasWebGL2 } from '../ui/webgl';

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
export function afterFirstFrame(start: () => void): () => void {
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
