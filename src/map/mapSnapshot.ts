/**
 * The live MapLibre map, registered once it loads (one line in AtlasMap), for what works on the
 * map from outside it: image export, the viewport in the link, and briefing slides that move the
 * camera. Kept apart from AtlasMap so that file stays about drawing.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

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

export function viewportOf(map: MapLibreMap): MapView {
  const center = map.getCenter();
  return { zoom: map.getZoom(), latitude: center.lat, longitude: center.lng };
}

export function jumpTo(map: MapLibreMap, view: MapView): void {
  map.jumpTo({ zoom: view.zoom, center: [view.longitude, view.latitude] });
}

/**
 * A copy of the map's pixels (MapLibre and the deck.gl layers drawn into it). The WebGL canvas
 * keeps no drawing buffer, so the copy is taken inside a 'render' event, right after the frame.
 *
 * Known limit: the map is copied at the screen's device pixel ratio. Raising MapLibre's ratio
 * for the copy (setPixelRatio) leaves the interleaved deck.gl layers sized for the old ratio —
 * they fill a corner of the frame, and deck's useDevicePixels did not follow (seen in Chromium
 * with deck 9.4) — so a 2× figure on a 1× screen scales the map up (the words drawn over it are
 * sharp at 2×); on a 2× (HiDPI) screen it is pixel for pixel.
 */
export async function captureMap(map: MapLibreMap): Promise<HTMLCanvasElement> {
  return new Promise<HTMLCanvasElement>((resolve, reject) => {
    map.once('render', () => {
      const source = map.getCanvas();
      const copy = document.createElement('canvas');
      copy.width = source.width;
      copy.height = source.height;
      const context = copy.getContext('2d');
      if (!context) {
        reject(new Error('no 2D canvas'));
        return;
      }
      context.drawImage(source, 0, 0);
      resolve(copy);
    });
    map.triggerRepaint();
  });
}
