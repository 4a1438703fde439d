/**
 * The live MapLibre map, registered once it loads (one line in AtlasMap), for what works on the
 * map from outside it: image export, the viewport in the link, and briefing slides that move the
 * camera. Kept apart from AtlasMap so that file stays about drawing.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { layerCanvasesOf } from './layerCanvas';

/** Camera as the link stores it (same shape as state/viewport's MapView). */
export interface MapView {
  zoom: number;
  latitude: number;
  longitude: number;
}

let current: MapLibreMap | null = null;
const listeners = new Set<(map: MapLibreMap) => void>();

export function registerMap(map: MapLibreMap): void {
  current = map;
  map.once('remove', () => {
    if (current === map) current = null;
  });
  for (const listener of listeners) listener(map);
}

export function currentMap(): MapLibreMap | null {
  return current;
}

/** Calls `listener` with the map now (if loaded) and whenever a map loads; returns an unsubscribe. */
export function onMapReady(listener: (map: MapLibreMap) => void): () => void {
  listeners.add(listener);
  if (current) listener(current);
  return () => listeners.delete(listener);
}

/** Calls `listener` once, with the map now if it is loaded or else when it loads. */
export function onceMapReady(listener: (map: MapLibreMap) => void): void {
  if (current) {
    listener(current);
    return;
  }
  const once = (map: MapLibreMap) => {
    listeners.delete(once);
    listener(map);
  };
  listeners.add(once);
}

export function viewportOf(map: MapLibreMap): MapView {
  const center = map.getCenter();
  return { zoom: map.getZoom(), latitude: center.lat, longitude: center.lng };
}

export function jumpTo(map: MapLibreMap, view: MapView): void {
  map.jumpTo({ zoom: view.zoom, center: [view.longitude, view.latitude] });
}

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
function deckDrawingBuffer(map: MapLibreMap): DrawingBuffer | null {
  type LumaContext = WebGL2RenderingContext & {
    luma?: { device?: { canvasContext?: DrawingBuffer } | null };
  };
  const gl = map.getCanvas().getContext('webgl2') as LumaContext | null;
  return gl?.luma?.device?.canvasContext ?? null;
}

/**
 * The map as one image: the 2D canvases (fills, lines and names, the highlight; redrawn in the
 * same 'render' event, before this listener: layerCanvas.ts) with MapLibre's canvas over them,
 * which holds the incident points when they are shown.
 */
export function composeMap(map: MapLibreMap): HTMLCanvasElement {
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
function copyNextFrame(map: MapLibreMap): Promise<HTMLCanvasElement> {
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

function idle(map: MapLibreMap): Promise<void> {
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
export async function captureMap(map: MapLibreMap, ratio: number): Promise<HTMLCanvasElement> {
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
