/**
 * MapLibre paints a WebGL frame for every camera frame, even while its canvas shows nothing
 * (opacity 0: no deck.gl layer on, layerCanvas.ts). With a GPU process each of those frames is
 * work for it (and, on a machine without a GPU, for SwiftShader on the same cores). While `shown`
 * says the canvas is hidden, MapLibre still runs its frame — camera, sources, tiles for picking,
 * the 'render' event the 2D canvases draw in — but skips painting it.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

export function paintOnlyWhenShown(map: MapLibreMap, shown: () => boolean): () => void {
  const painter = map.painter;
  const paint = painter.render;
  painter.render = function (this: typeof painter, ...args: Parameters<typeof paint>) {
    if (shown()) paint.apply(this, args);
  };
  return () => {
    painter.render = paint;
  };
}
