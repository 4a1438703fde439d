/**
 * The camera of the map without WebGL (FlatMap.tsx): Web Mercator with MapLibre's 512 px world at
 * zoom 0, so that a zoom and a centre mean the same on both maps (the #map= hash, the label tiers).
 * North up, flat. Pure: positions in CSS pixels of a viewport `width` × `height`.
 */

export interface FlatView {
  zoom: number;
  /** [longitude, latitude] at the middle of the viewport. */
  center: readonly [number, number];
  width: number;
  height: number;
}

export interface Padding {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export const MIN_ZOOM = 3;
export const MAX_ZOOM = 14;
const TILE = 512;
// Mercator's limit, as MapLibre's.
const MAX_LAT = 85.051129;

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/** Longitude/latitude → world pixels at zoom 0 (0…512). */
export function mercator(lon: number, lat: number): [number, number] {
  const phi = (clamp(lat, -MAX_LAT, MAX_LAT) * Math.PI) / 180;
  const x = ((lon + 180) / 360) * TILE;
  const y = (0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI)) * TILE;
  return [x, y];
}

/** World pixels at zoom 0 → longitude/latitude. */
export function inverseMercator(x: number, y: number): [number, number] {
  const lon = (x / TILE) * 360 - 180;
  const lat = (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / TILE))) * 180) / Math.PI;
  return [lon, lat];
}

/** Where a longitude/latitude is in the viewport (CSS px). */
export function projectFlat(view: FlatView, lon: number, lat: number): { x: number; y: number } {
  const scale = 2 ** view.zoom;
  const [cx, cy] = mercator(view.center[0], view.center[1]);
  const [x, y] = mercator(lon, lat);
  return { x: (x - cx) * scale + view.width / 2, y: (y - cy) * scale + view.height / 2 };
}

/** The longitude/latitude under a viewport point (CSS px). */
export function unprojectFlat(view: FlatView, x: number, y: number): [number, number] {
  const scale = 2 ** view.zoom;
  const [cx, cy] = mercator(view.center[0], view.center[1]);
  return inverseMercator(cx + (x - view.width / 2) / scale, cy + (y - view.height / 2) / scale);
}

/** The view that shows `bbox` ([west, south, east, north]) inside the padded viewport. */
export function fitBounds(
  bbox: readonly [number, number, number, number],
  width: number,
  height: number,
  padding: Padding,
): FlatView {
  const [west, south, east, north] = bbox;
  const [x0, y0] = mercator(west, north);
  const [x1, y1] = mercator(east, south);
  const innerW = Math.max(1, width - padding.left - padding.right);
  const innerH = Math.max(1, height - padding.top - padding.bottom);
  const zoom = clamp(
    Math.log2(Math.min(innerW / Math.max(x1 - x0, 1e-9), innerH / Math.max(y1 - y0, 1e-9))),
    MIN_ZOOM,
    MAX_ZOOM,
  );
  const scale = 2 ** zoom;
  // The box's middle at the middle of the padded area.
  const mx = (x0 + x1) / 2 - (padding.left - padding.right) / 2 / scale;
  const my = (y0 + y1) / 2 - (padding.top - padding.bottom) / 2 / scale;
  return { zoom, center: inverseMercator(mx, my), width, height };
}

/** Zooms by `delta` levels keeping the place under (x, y) where it is. */
export function zoomAround(view: FlatView, delta: number, x: number, y: number): FlatView {
  const zoom = clamp(view.zoom + delta, MIN_ZOOM, MAX_ZOOM);
  const [lon, lat] = unprojectFlat(view, x, y);
  const [px, py] = mercator(lon, lat);
  const scale = 2 ** zoom;
  const center = inverseMercator(
    px - (x - view.width / 2) / scale,
    py - (y - view.height / 2) / scale,
  );
  return { ...view, zoom, center };
}

/** Moves the map content by (dx, dy) CSS px (a drag to the right shows what was to the west). */
export function panBy(view: FlatView, dx: number, dy: number): FlatView {
  return {
    ...view,
    center: unprojectFlat(view, view.width / 2 - dx, view.height / 2 - dy),
  };
}

/** The same centre and zoom in a viewport of another size. */
export function resized(view: FlatView, width: number, height: number): FlatView {
  return { ...view, width, height };
}
