/**
 * The live map, registered once it loads (one line in AtlasMap, one in FlatMap), for what works on
 * the map from outside it: image export and print, the viewport in the link, the first fit around
 * the panels, briefing slides that move the camera, and the tools that work in screen space over
 * it (drawing an area and its overlay: screen ↔ longitude/latitude, and a signal when the view
 * moves). It is MapLibre's map, or without WebGL the flat map's host (flatHost.ts): `LiveMap` is
 * the part of MapLibre's API both give.
 */
import { metresPerPixel as metresPerPixelAt } from '../domain/scaleBar';
import type { CanvasHost } from './layerCanvas';

/** Map events the atlas listens to outside the map components. */
export type LiveMapEvent = 'move' | 'moveend' | 'render';

/** What the registry's users need of a map: MapLibre's Map has it, and so has FlatHost. */
export interface LiveMap extends CanvasHost {
  getCenter(): { lng: number; lat: number };
  jumpTo(options: { zoom: number; center: [number, number] }): unknown;
  fitBounds(
    bounds: [number, number, number, number],
    options: {
      padding: { top: number; right: number; bottom: number; left: number };
      animate: false;
    },
  ): unknown;
  unproject(point: [number, number]): { lng: number; lat: number };
  on(type: LiveMapEvent, listener: () => void): unknown;
  off(type: LiveMapEvent, listener: () => void): unknown;
  once(type: 'remove' | 'render' | 'idle', listener: () => void): unknown;
  /** Device pixels per CSS pixel to draw at (image export draws at 2×, then puts it back). */
  setPixelRatio(ratio: number): void;
  /** Draws the next frame soon (MapLibre: on the next animation frame). */
  triggerRepaint(): void;
  /** Draws a frame now, synchronously (before printing). */
  redraw(): void;
  /** True for the map without WebGL (FlatHost): districts only, no event points. */
  readonly simplified?: boolean;
}

/** Camera as the link stores it (same shape as state/viewport's MapView). */
export interface MapView {
  zoom: number;
  latitude: number;
  longitude: number;
}

let current: LiveMap | null = null;
const readyListeners = new Set<(map: LiveMap) => void>();
const viewListeners = new Set<() => void>();
const notifyView = () => viewListeners.forEach((l) => l());

export function registerMap(map: LiveMap): void {
  current?.off('move', notifyView);
  current = map;
  map.on('move', notifyView);
  map.once('remove', () => {
    if (current !== map) return;
    map.off('move', notifyView);
    current = null;
    notifyView();
  });
  for (const listener of readyListeners) listener(map);
  notifyView();
}

export function currentMap(): LiveMap | null {
  return current;
}

/** True while the map shown is the simplified one (no WebGL): the page says so. */
export function simplifiedMapShown(): boolean {
  return current?.simplified === true;
}

/** Calls `listener` with the map now (if loaded) and whenever a map loads; returns an unsubscribe. */
export function onMapReady(listener: (map: LiveMap) => void): () => void {
  readyListeners.add(listener);
  if (current) listener(current);
  return () => readyListeners.delete(listener);
}

/** Calls `listener` once, with the map now if it is loaded or else when it loads. */
export function onceMapReady(listener: (map: LiveMap) => void): void {
  if (current) {
    listener(current);
    return;
  }
  const once = (map: LiveMap) => {
    readyListeners.delete(once);
    listener(map);
  };
  readyListeners.add(once);
}

/** Calls back whenever the map moves or appears; returns the unsubscribe. */
export function onMapView(listener: () => void): () => void {
  viewListeners.add(listener);
  return () => viewListeners.delete(listener);
}

export function viewportOf(map: LiveMap): MapView {
  const center = map.getCenter();
  return { zoom: map.getZoom(), latitude: center.lat, longitude: center.lng };
}

export function jumpTo(map: LiveMap, view: MapView): void {
  map.jumpTo({ zoom: view.zoom, center: [view.longitude, view.latitude] });
}

/** Longitude/latitude under a point given relative to the map's container, or null. */
export function toLonLat(x: number, y: number): [number, number] | null {
  if (!current) return null;
  const { lng, lat } = current.unproject([x, y]);
  return [lng, lat];
}

/** Container-relative pixel of a longitude/latitude, or null when there is no map. */
export function toPixel(lonLat: readonly [number, number]): { x: number; y: number } | null {
  if (!current) return null;
  const p = current.project([lonLat[0], lonLat[1]]);
  return { x: p.x, y: p.y };
}

/** Metres per CSS pixel at the map's centre (for a circle's radius shown as a pixel radius). */
export function metresPerPixel(): number | null {
  if (!current) return null;
  return metresPerPixelAt(current.getZoom(), current.getCenter().lat);
}

let cameraHolds = 0;

/**
 * Marks camera work that is scheduled but not done (the first fit waits for the panels to stop
 * changing size): the map does not count as idle for the tests until the returned release runs.
 */
export function holdCamera(): () => void {
  cameraHolds += 1;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    cameraHolds -= 1;
  };
}

/** True when no scheduled camera work is pending (holdCamera). */
export function cameraSettled(): boolean {
  return cameraHolds === 0;
}
