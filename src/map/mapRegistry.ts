/**
 * The live MapLibre map, registered once it loads (one line in AtlasMap), for what works on the
 * map from outside it: image export, the viewport in the link, briefing slides that move the
 * camera, and the tools that work in screen space over it (drawing an area and its overlay:
 * screen ↔ longitude/latitude, and a signal when the view moves).
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { metresPerPixel as metresPerPixelAt } from '../domain/scaleBar';

/** Camera as the link stores it (same shape as state/viewport's MapView). */
export interface MapView {
  zoom: number;
  latitude: number;
  longitude: number;
}

let current: MapLibreMap | null = null;
const readyListeners = new Set<(map: MapLibreMap) => void>();
const viewListeners = new Set<() => void>();
const notifyView = () => viewListeners.forEach((l) => l());

export function registerMap(map: MapLibreMap): void {
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

export function currentMap(): MapLibreMap | null {
  return current;
}

/** Calls `listener` with the map now (if loaded) and whenever a map loads; returns an unsubscribe. */
export function onMapReady(listener: (map: MapLibreMap) => void): () => void {
  readyListeners.add(listener);
  if (current) listener(current);
  return () => readyListeners.delete(listener);
}

/** Calls `listener` once, with the map now if it is loaded or else when it loads. */
export function onceMapReady(listener: (map: MapLibreMap) => void): void {
  if (current) {
    listener(current);
    return;
  }
  const once = (map: MapLibreMap) => {
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

export function viewportOf(map: MapLibreMap): MapView {
  const center = map.getCenter();
  return { zoom: map.getZoom(), latitude: center.lat, longitude: center.lng };
}

export function jumpTo(map: MapLibreMap, view: MapView): void {
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
