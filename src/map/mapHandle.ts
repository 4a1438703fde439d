/**
 * The live map, for the few tools that work in screen space over it (drawing an area, the
 * overlay of the drawn area): screen ↔ longitude/latitude, and a signal when the view moves.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

let current: MapLibreMap | null = null;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((l) => l());

export function registerMap(map: MapLibreMap): void {
  current?.off('move', notify);
  current = map;
  map.on('move', notify);
  notify();
}

export function unregisterMap(map: MapLibreMap): void {
  if (current !== map) return;
  map.off('move', notify);
  current = null;
  notify();
}

/** Calls back whenever the map moves or appears; returns the unsubscribe. */
export function onMapView(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
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

/** Kilometres per pixel at the map's centre (for a circle's radius shown as a pixel radius). */
export function metresPerPixel(): number | null {
  if (!current) return null;
  const lat = current.getCenter().lat;
  return (40075016.686 * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** current.getZoom());
}
