let cached: boolean | null = null;

/**
 * True when the browser can give us a WebGL2 context (MapLibre 6 and deck.gl 9 need it). Asked
 * once per page: creating a context costs tens of milliseconds with software WebGL, and the
 * answer does not change while the page lives.
 */
export function hasWebGL2(): boolean {
  if (cached !== null) return cached;
  try {
    const canvas = document.createElement('canvas');
    cached = canvas.getContext('webgl2') !== null;
  } catch {
    cached = false;
  }
  return cached;
}
