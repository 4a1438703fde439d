/**
 * The map as an image, for image export and print: the 2D layer canvases with MapLibre's canvas
 * over them, at any pixel ratio. The live map itself is found through mapRegistry.ts.
 */
import { layerCanvasesOf } from './layerCanvas';
import type { LiveMap } from './mapRegistry';

/** The part of luma.gl's canvas context (deck.gl's drawing buffer) that the capture resizes. */
interface DrawingBuffer {
  getDrawingBufferSize(): [number, number];
  setDrawingBufferSize(width: number, height: number): void;
}

/**
 * deck.gl draws interleaved into MapLibre's WebGL context, through a luma.gl device attached to
 * that context (luma.gl keeps it on the context as `gl.luma.device`). Its drawing-buffer size is
 * what deck lays its layers out in; null until deck.gl has loaded.
 */
function deckDrawingBuffer(map: LiveMap): DrawingBuffer | null {
  type LumaContext = WebGL2RenderingContext & {
    luma?: { device?: { canvasContext?: DrawingBuffer } | null };
  };
  // Only MapLibre's canvas holds a WebGL context: asking another (the flat map's surface) for one
  // would create it.
  const canvas = map.getCanvas();
  if (!canvas.classList.contains('maplibregl-canvas')) return null;
  const gl = canvas.getContext('webgl2') as LumaContext | null;
  return gl?.luma?.device?.canvasContext ?? null;
}

/**
 * The map as one image: the 2D canvases (fills, lines and names, the highlight; redrawn in the
 * same 'render' event, before this listener: layerCanvas.ts) with MapLibre's canvas over them,
 * which holds the incident points when they are shown.
 */
export function composeMap(map: LiveMap): HTMLCanvasElement {
  const source = map.getCanvas();
  const copy = document.createElement('canvas');
  copy.width = source.width;
  copy.height = source.height;
  const context = copy.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  for (const layer of layerCanvasesOf(map)) context.drawImage(layer, 0, 0);
  if (map.getContainer().hasAttribute('data-gl-layers')) context.drawImage(source, 0, 0);
  return copy;
}

/** The next frame's pixels, copied inside its 'render' event (the canvas keeps no buffer). */
function copyNextFrame(map: LiveMap): Promise<HTMLCanvasElement> {
  return new Promise<HTMLCanvasElement>((resolve, reject) => {
    map.once('render', () => {
      try {
        resolve(composeMap(map));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
    map.triggerRepaint();
  });
}

function idle(map: LiveMap): Promise<void> {
  return new Promise((resolve) => {
    map.once('idle', () => resolve());
    map.triggerRepaint();
  });
}

/**
 * The map's pixels (MapLibre and the deck.gl layers drawn into it) rendered at `ratio` device
 * pixels per CSS pixel, whatever the screen's ratio: MapLibre is switched to that ratio for one
 * frame, and deck.gl's drawing buffer with it — deck does not see MapLibre's change by itself
 * (its canvas's CSS size stays the same, so no resize reaches it) and would otherwise lay its
 * layers out in a corner of the bigger frame. The 2D canvases follow the map's ratio by themselves.
 * All are put back afterwards and the map redrawn.
 */
export async function captureMap(map: LiveMap, ratio: number): Promise<HTMLCanvasElement> {
  const screenRatio = map.getPixelRatio();
  if (screenRatio === ratio) return copyNextFrame(map);
  const deck = deckDrawingBuffer(map);
  const deckSize = deck?.getDrawingBufferSize();
  try {
    map.setPixelRatio(ratio);
    const canvas = map.getCanvas();
    deck?.setDrawingBufferSize(canvas.width, canvas.height);
    await idle(map);
    return await copyNextFrame(map);
  } finally {
    map.setPixelRatio(screenRatio);
    if (deck && deckSize) deck.setDrawingBufferSize(deckSize[0], deckSize[1]);
    map.triggerRepaint();
  }
}
